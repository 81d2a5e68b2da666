import type { Db } from "../pool.ts";

/** What an avatar shows of its person's profile: refreshed on join and when the profile changes. */
export interface AvatarLooks {
  userId: string;
  displayName: string;
  colour: string;
  style: string;
  /** The company the person joined first, among those not suspended; empty when none. */
  company: string;
  verified: boolean;
  /** none, expert or authority: drawn as a badge. */
  expertLevel: string;
}

export async function findAvatarLooks(db: Db, userIds: readonly string[]): Promise<Map<string, AvatarLooks>> {
  if (userIds.length === 0) return new Map();
  const { rows } = await db.query<AvatarLooks>(
    `SELECT u.id AS "userId", u.display_name AS "displayName", u.colour, u.avatar_style AS style,
            coalesce(first.name, '') AS company, coalesce(first.verified, false) AS verified,
            u.expert_level AS "expertLevel"
       FROM users u
       LEFT JOIN LATERAL (
         SELECT c.name, c.verified FROM company_members m JOIN companies c ON c.id = m.company_id
          WHERE m.user_id = u.id AND NOT c.suspended
          ORDER BY m.joined_at, c.name LIMIT 1
       ) first ON true
      WHERE u.id = ANY($1::uuid[])`,
    [userIds],
  );
  return new Map(rows.map((r) => [r.userId, r]));
}

import type { PersonRef } from "../../../shared/protocol/meetings.ts";
import type { Db } from "../pool.ts";

const LIKE_SPECIALS = /[\\%_]/g;

/** People whose display name or username holds `query`, names starting with it first. Guests have
 * throwaway names and cannot be invited to anything, so they are never found. */
export async function searchPeople(db: Db, query: string, limit: number): Promise<PersonRef[]> {
  const like = `%${query.replace(LIKE_SPECIALS, (c) => `\\${c}`)}%`;
  const { rows } = await db.query<PersonRef>(
    `SELECT id, display_name AS "displayName", colour
       FROM users
      WHERE role <> 'guest' AND (display_name ILIKE $1 OR username ILIKE $1)
      ORDER BY (display_name ILIKE $2) DESC, display_name
      LIMIT $3`,
    [like, `${query.replace(LIKE_SPECIALS, (c) => `\\${c}`)}%`, limit],
  );
  return rows;
}

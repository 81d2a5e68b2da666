import type { AvatarStyle, Profile, UpdateProfileBody } from "../../../shared/protocol/companies.ts";
import type { Role } from "../../../shared/protocol/http.ts";
import type { ExpertLevel } from "../../../shared/protocol/tasks.ts";
import type { Db } from "../pool.ts";
import { listCompaniesOf } from "./companyMembers.ts";

interface ProfileUserRow { id: string; displayName: string; role: Role; colour: string; avatarStyle: AvatarStyle; bio: string; skills: string[] }
interface ReputationRow { expertLevel: ExpertLevel; expertFields: string[]; ratingSum: number; ratingCount: number; completedTasks: number; withdrawals: number }

/** The demand hall's view of someone: certification, stars received, tasks completed, taken tasks they withdrew from. */
async function findReputation(db: Db, userId: string): Promise<ReputationRow> {
  const { rows } = await db.query<ReputationRow>(
    `SELECT expert_level AS "expertLevel", expert_fields AS "expertFields",
            (SELECT coalesce(sum(stars), 0)::int FROM task_ratings WHERE to_user = u.id) AS "ratingSum",
            (SELECT count(*)::int FROM task_ratings WHERE to_user = u.id) AS "ratingCount",
            (SELECT count(*)::int FROM tasks WHERE taker_id = u.id AND status = 'accepted') AS "completedTasks",
            (SELECT count(*)::int FROM task_events WHERE actor_id = u.id AND action = 'withdraw') AS withdrawals
       FROM users u WHERE id = $1`,
    [userId],
  );
  return rows[0]!;
}

/**
 * What someone shows others about themselves. Companies under suspension are listed only when
 * `withSuspended` (the person themselves, or a manager, is reading).
 */
export async function findProfile(db: Db, userId: string, filter: { withSuspended: boolean }): Promise<Profile | null> {
  const { rows } = await db.query<ProfileUserRow>(
    `SELECT id, display_name AS "displayName", role, colour, avatar_style AS "avatarStyle", bio, skills FROM users WHERE id = $1`,
    [userId],
  );
  const user = rows[0];
  if (!user) return null;
  const [companies, r] = await Promise.all([listCompaniesOf(db, userId, filter), findReputation(db, userId)]);
  return {
    ...user, companies: companies.map((c) => ({ id: c.id, name: c.name, verified: c.verified, role: c.myRole })),
    expertLevel: r.expertLevel, expertFields: r.expertFields,
    rating: { stars: r.ratingCount === 0 ? null : Math.round((r.ratingSum / r.ratingCount) * 100) / 100, count: r.ratingCount },
    completedTasks: r.completedTasks, withdrawals: r.withdrawals,
  };
}

const COLUMNS = {
  displayName: "display_name",
  colour: "colour",
  avatarStyle: "avatar_style",
  bio: "bio",
  skills: "skills",
} as const satisfies Record<keyof UpdateProfileBody, string>;

/** Changes the fields given. Answers false when there is no such user. */
export async function updateProfile(db: Db, userId: string, patch: UpdateProfileBody): Promise<boolean> {
  const keys = (Object.keys(COLUMNS) as Array<keyof typeof COLUMNS>).filter((k) => patch[k] !== undefined);
  if (keys.length === 0) return true;
  const { rowCount } = await db.query(
    `UPDATE users SET ${keys.map((k, i) => `${COLUMNS[k]} = $${i + 2}`).join(", ")} WHERE id = $1`,
    [userId, ...keys.map((k) => patch[k])],
  );
  return rowCount === 1;
}

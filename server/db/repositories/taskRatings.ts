import type { Queryable } from "./booths.ts";

export interface RatingRow { fromUser: string; toUser: string | null; toCompany: string | null; stars: number; comment: string; createdAt: Date }

export class AlreadyRatedError extends Error {}

export async function insertRating(
  db: Queryable, r: { taskId: string; fromUser: string; toUser: string | null; toCompany: string | null; stars: number; comment: string },
): Promise<void> {
  try {
    await db.query(
      "INSERT INTO task_ratings (task_id, from_user, to_user, to_company, stars, comment) VALUES ($1, $2, $3, $4, $5, $6)",
      [r.taskId, r.fromUser, r.toUser, r.toCompany, r.stars, r.comment],
    );
  } catch (e) {
    if ((e as { code?: string }).code === "23505") throw new AlreadyRatedError();
    throw e;
  }
}

export async function listRatings(db: Queryable, taskId: string): Promise<RatingRow[]> {
  const { rows } = await db.query<RatingRow>(
    `SELECT from_user AS "fromUser", to_user AS "toUser", to_company AS "toCompany", stars, comment, created_at AS "createdAt"
     FROM task_ratings WHERE task_id = $1 ORDER BY created_at`, [taskId],
  );
  return rows;
}

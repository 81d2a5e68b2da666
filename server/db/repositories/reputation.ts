import type { Rating } from "../../../shared/protocol/companies.ts";
import type { Db } from "../pool.ts";

/** Stars a company's tasks received from their takers: the average (two decimals) and how many. */
export async function companyRating(db: Db, companyId: string): Promise<Rating> {
  const { rows } = await db.query<{ stars: string | null; count: number }>(
    "SELECT round(avg(stars), 2) AS stars, count(*)::int AS count FROM task_ratings WHERE to_company = $1", [companyId],
  );
  const r = rows[0]!;
  return { stars: r.stars === null ? null : Number(r.stars), count: r.count };
}

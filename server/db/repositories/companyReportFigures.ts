import type { Db } from "../pool.ts";
import { DAY_IN_YEAR, MOMENT_IN_YEAR } from "./reportYear.ts";

/** A company's year as the database holds it. */
export interface CompanyYearFigures {
  name: string;
  createdInYear: boolean;
  booth: { visits: number; visitors: number; totalDwellSeconds: number };
  busiestMonth: number | null;
  tasks: { posted: number; completed: number };
  ratings: { received: number; average: number | null };
  events: { held: number; attendees: number };
}

/**
 * Null when there is no such company. Booth figures are the visits to its booths while they were
 * its (place_visitors_daily keeps the company on the slot at the time); tasks are those posted for
 * it; ratings those given to it; events those it held, that is approved and begun, in the year.
 */
export async function companyYearFigures(db: Db, companyId: string, year: number, timeZone: string): Promise<CompanyYearFigures | null> {
  const args = [companyId, year, timeZone];
  const dayArgs = [companyId, year];
  const [company, booth, month, tasks, ratings, events] = await Promise.all([
    db.query<{ name: string; createdInYear: boolean }>(
      `SELECT name, (${MOMENT_IN_YEAR("created_at")}) AS "createdInYear" FROM companies WHERE id = $1`, args),
    db.query<{ visits: number; visitors: number; totalDwellSeconds: number }>(
      `SELECT coalesce(sum(visits), 0)::int AS visits, count(DISTINCT user_id)::int AS visitors, coalesce(sum(dwell_s), 0)::int AS "totalDwellSeconds"
         FROM place_visitors_daily WHERE company_id = $1 AND kind = 'booth' AND ${DAY_IN_YEAR("day")}`, dayArgs),
    // On a tie the earlier month wins.
    db.query<{ month: number }>(
      `SELECT extract(month FROM day)::int AS month FROM place_visitors_daily
        WHERE company_id = $1 AND kind = 'booth' AND ${DAY_IN_YEAR("day")}
        GROUP BY 1 HAVING sum(visits) > 0 ORDER BY sum(visits) DESC, 1 LIMIT 1`, dayArgs),
    db.query<{ posted: number; completed: number }>(
      `SELECT count(DISTINCT t.id) FILTER (WHERE e.action = 'publish')::int AS posted,
              count(DISTINCT t.id) FILTER (WHERE e.to_status = 'accepted')::int AS completed
         FROM tasks t JOIN task_events e ON e.task_id = t.id
        WHERE t.company_id = $1 AND ${MOMENT_IN_YEAR("e.created_at")}`, args),
    db.query<{ received: number; average: number | null }>(
      `SELECT count(*)::int AS received, round(avg(stars), 2)::float8 AS average
         FROM task_ratings WHERE to_company = $1 AND ${MOMENT_IN_YEAR("created_at")}`, args),
    db.query<{ held: number; attendees: number }>(
      `SELECT count(DISTINCT e.id)::int AS held, count(DISTINCT a.user_id)::int AS attendees
         FROM events e LEFT JOIN event_attendance a ON a.event_id = e.id
        WHERE e.company_id = $1 AND e.status = 'approved' AND e.starts_at <= now() AND ${MOMENT_IN_YEAR("e.starts_at")}`, args),
  ]);
  const c = company.rows[0];
  if (!c) return null;
  return {
    name: c.name,
    createdInYear: c.createdInYear,
    booth: booth.rows[0]!,
    busiestMonth: month.rows[0]?.month ?? null,
    tasks: tasks.rows[0]!,
    ratings: ratings.rows[0]!,
    events: events.rows[0]!,
  };
}

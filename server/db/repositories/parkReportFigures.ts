import type { Db } from "../pool.ts";
import { DAY_IN_YEAR, MOMENT_IN_YEAR } from "./reportYear.ts";

/** A park's year as the database holds it; zone names come from its layout afterwards. */
export interface ParkYearFigures {
  people: number;
  newPeople: number;
  secondsInPark: number;
  busiestDay: { day: string; people: number } | null;
  zones: Array<{ zoneId: string; seconds: number }>;
  tasks: { posted: number; completed: number };
  events: { held: number; attendees: number };
}

/**
 * Tasks and accounts belong to no park (the demand hall and sign-up are shared by every park), so
 * those two figures are the whole product's; the rest are this park's own.
 */
export async function parkYearFigures(db: Db, parkId: string, year: number, timeZone: string): Promise<ParkYearFigures> {
  const args = [parkId, year, timeZone];
  const dayArgs = [parkId, year];
  const yearArgs = [year, timeZone];
  const [time, busiest, zones, people, tasks, events] = await Promise.all([
    db.query<{ people: number; seconds: number }>(
      `SELECT count(DISTINCT user_id)::int AS people, coalesce(sum(seconds), 0)::float8 AS seconds
         FROM park_people_daily WHERE park_id = $1 AND ${DAY_IN_YEAR("day")}`, dayArgs),
    // One row per person and day: the count is the day's distinct people. On a tie the earlier day wins.
    db.query<{ day: string; people: number }>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, count(*)::int AS people
         FROM park_people_daily WHERE park_id = $1 AND ${DAY_IN_YEAR("day")}
        GROUP BY day ORDER BY people DESC, day LIMIT 1`, dayArgs),
    db.query<{ zoneId: string; seconds: number }>(
      `SELECT place_id AS "zoneId", sum(dwell_s)::int AS seconds
         FROM place_visitors_daily WHERE park_id = $1 AND kind = 'zone' AND ${DAY_IN_YEAR("day")}
        GROUP BY place_id HAVING sum(dwell_s) > 0 ORDER BY seconds DESC, place_id LIMIT 5`, dayArgs),
    db.query<{ newPeople: number }>(
      `SELECT count(*)::int AS "newPeople" FROM users WHERE role <> 'guest' AND ${MOMENT_IN_YEAR("created_at", "$1", "$2")}`, yearArgs),
    db.query<{ posted: number; completed: number }>(
      `SELECT count(DISTINCT task_id) FILTER (WHERE action = 'publish')::int AS posted,
              count(DISTINCT task_id) FILTER (WHERE to_status = 'accepted')::int AS completed
         FROM task_events WHERE ${MOMENT_IN_YEAR("created_at", "$1", "$2")}`, yearArgs),
    db.query<{ held: number; attendees: number }>(
      `SELECT count(DISTINCT e.id)::int AS held, count(DISTINCT a.user_id)::int AS attendees
         FROM events e LEFT JOIN event_attendance a ON a.event_id = e.id
        WHERE e.park_id = $1 AND e.status = 'approved' AND e.starts_at <= now() AND ${MOMENT_IN_YEAR("e.starts_at")}`, args),
  ]);
  const t = time.rows[0]!;
  return {
    people: t.people,
    newPeople: people.rows[0]!.newPeople,
    secondsInPark: t.seconds,
    busiestDay: busiest.rows[0] ?? null,
    zones: zones.rows,
    tasks: tasks.rows[0]!,
    events: events.rows[0]!,
  };
}

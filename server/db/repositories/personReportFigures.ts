import type { Db } from "../pool.ts";
import { DAY_IN_YEAR, MOMENT_IN_YEAR } from "./reportYear.ts";

/** A person's year as the database holds it; zone names come from the park layouts afterwards. */
export interface PersonYearFigures {
  displayName: string;
  joinedInYear: boolean;
  secondsInPark: number;
  daysInPark: number;
  lateEvenings: number;
  zones: Array<{ parkId: string; zoneId: string; seconds: number }>;
  booths: Array<{ parkId: string; slotId: string; companyId: string | null; companyName: string | null; visits: number }>;
  tasks: { posted: number; taken: number; completed: number };
  ratings: { received: number; average: number | null; given: number };
  eventsAttended: number;
  meetingsHeld: number;
}

/** Null when there is no such person. Every figure reads only rows of this person. */
export async function personYearFigures(db: Db, userId: string, year: number, timeZone: string): Promise<PersonYearFigures | null> {
  const args = [userId, year, timeZone];
  const dayArgs = [userId, year];
  const [user, time, zones, booths, tasks, ratings, events, meetings] = await Promise.all([
    db.query<{ displayName: string; joinedInYear: boolean }>(
      `SELECT display_name AS "displayName", (${MOMENT_IN_YEAR("created_at")}) AS "joinedInYear" FROM users WHERE id = $1`, args),
    // A day counts once however many parks it was spent in.
    db.query<{ seconds: number; days: number; late: number }>(
      `SELECT coalesce(sum(seconds), 0)::int AS seconds, count(DISTINCT day)::int AS days,
              count(DISTINCT day) FILTER (WHERE late_seconds > 0)::int AS late
         FROM park_people_daily WHERE user_id = $1 AND ${DAY_IN_YEAR("day")}`, dayArgs),
    db.query<{ parkId: string; zoneId: string; seconds: number }>(
      `SELECT park_id AS "parkId", place_id AS "zoneId", sum(dwell_s)::int AS seconds
         FROM place_visitors_daily WHERE user_id = $1 AND kind = 'zone' AND ${DAY_IN_YEAR("day")}
        GROUP BY park_id, place_id HAVING sum(dwell_s) > 0
        ORDER BY seconds DESC, park_id, place_id LIMIT 3`, dayArgs),
    // A booth is a company's stand on a slot: a slot that changed hands in the year is two booths.
    db.query<{ parkId: string; slotId: string; companyId: string | null; companyName: string | null; visits: number }>(
      `SELECT v.park_id AS "parkId", v.place_id AS "slotId", v.company_id AS "companyId", c.name AS "companyName", sum(v.visits)::int AS visits
         FROM place_visitors_daily v LEFT JOIN companies c ON c.id = v.company_id
        WHERE v.user_id = $1 AND v.kind = 'booth' AND ${DAY_IN_YEAR("v.day")}
        GROUP BY v.park_id, v.place_id, v.company_id, c.name HAVING sum(v.visits) > 0
        ORDER BY visits DESC, sum(v.dwell_s) DESC, v.park_id, v.place_id LIMIT 3`, dayArgs),
    // Posted: published in the year. Taken: picked in the year as the taker (still theirs, or
    // given back by them since). Completed: tasks of theirs accepted in the year (by the poster,
    // automatically, or by a manager's decision).
    db.query<{ posted: number; taken: number; completed: number }>(
      `SELECT
         (SELECT count(DISTINCT t.id) FROM tasks t JOIN task_events e ON e.task_id = t.id
           WHERE t.poster_id = $1 AND e.action = 'publish' AND ${MOMENT_IN_YEAR("e.created_at")})::int AS posted,
         (SELECT count(DISTINCT t.id) FROM tasks t JOIN task_events e ON e.task_id = t.id
           WHERE e.action = 'pick' AND ${MOMENT_IN_YEAR("e.created_at")}
             AND (t.taker_id = $1
               OR EXISTS (SELECT 1 FROM task_applications a WHERE a.task_id = t.id AND a.user_id = $1 AND a.status = 'picked')
               OR EXISTS (SELECT 1 FROM task_events w WHERE w.task_id = t.id AND w.action = 'withdraw' AND w.actor_id = $1 AND w.id > e.id)))::int AS taken,
         (SELECT count(DISTINCT t.id) FROM tasks t JOIN task_events e ON e.task_id = t.id
           WHERE t.taker_id = $1 AND e.to_status = 'accepted' AND ${MOMENT_IN_YEAR("e.created_at")})::int AS completed`, args),
    db.query<{ received: number; average: number | null; given: number }>(
      `SELECT count(*) FILTER (WHERE to_user = $1)::int AS received,
              round(avg(stars) FILTER (WHERE to_user = $1), 2)::float8 AS average,
              count(*) FILTER (WHERE from_user = $1)::int AS given
         FROM task_ratings WHERE (to_user = $1 OR from_user = $1) AND ${MOMENT_IN_YEAR("created_at")}`, args),
    db.query<{ events: number }>(
      `SELECT count(DISTINCT event_id)::int AS events FROM event_attendance WHERE user_id = $1 AND ${MOMENT_IN_YEAR("joined_at")}`, args),
    // Meetings held, two kinds, never counted twice:
    //  - a booking they made whose slot has passed and that was not cancelled (it starts in the year);
    //  - a meeting room they were in with someone else without a booking of theirs for that time:
    //    one meeting per room and park-local day, however often they came and went.
    db.query<{ booked: number; met: number }>(
      `SELECT
         (SELECT count(*) FROM meeting_bookings
           WHERE booker_id = $1 AND cancelled_at IS NULL AND ends_at <= now() AND ${MOMENT_IN_YEAR("starts_at")})::int AS booked,
         (SELECT count(DISTINCT (a.room_id, (a.joined_at AT TIME ZONE $3::text)::date)) FROM meeting_attendance a
           WHERE a.user_id = $1 AND ${MOMENT_IN_YEAR("a.joined_at")}
             AND EXISTS (SELECT 1 FROM meeting_attendance o
                          WHERE o.room_id = a.room_id AND o.user_id <> $1 AND o.joined_at < a.left_at AND o.left_at > a.joined_at)
             AND NOT EXISTS (SELECT 1 FROM meeting_bookings b
                              WHERE b.booker_id = $1 AND b.room_id = a.room_id AND b.cancelled_at IS NULL
                                AND b.starts_at < a.left_at AND b.ends_at > a.joined_at))::int AS met`, args),
  ]);
  const u = user.rows[0];
  if (!u) return null;
  const t = time.rows[0]!;
  const m = meetings.rows[0]!;
  return {
    displayName: u.displayName,
    joinedInYear: u.joinedInYear,
    secondsInPark: t.seconds,
    daysInPark: t.days,
    lateEvenings: t.late,
    zones: zones.rows,
    booths: booths.rows,
    tasks: tasks.rows[0]!,
    ratings: ratings.rows[0]!,
    eventsAttended: events.rows[0]!.events,
    meetingsHeld: m.booked + m.met,
  };
}

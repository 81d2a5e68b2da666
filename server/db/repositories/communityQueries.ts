import type { CommunityReport } from "../../../shared/protocol/dashboard.ts";
import type { Db } from "../pool.ts";

/**
 * Every park-local day of `from`…`to`: the distinct people seen in any park that day and the
 * accounts registered that day (guests are not registrations).
 */
export async function dailyActivity(db: Db, from: string, to: string, timeZone: string): Promise<CommunityReport["days"]> {
  const { rows } = await db.query<CommunityReport["days"][number]>(
    `WITH days AS (SELECT d::date AS day FROM generate_series($1::date, $2::date, interval '1 day') AS d),
     active AS (
       -- naming the parks lets their primary key (park, day, person) find the days; people are made
       -- distinct per day first (a hash), then counted, rather than sorted within each day
       SELECT day, count(*)::int AS people
         FROM (SELECT DISTINCT day, user_id FROM park_people_daily
                WHERE park_id IN (SELECT id FROM parks) AND day BETWEEN $1::date AND $2::date) seen
        GROUP BY day
     ),
     joined AS (
       SELECT (created_at AT TIME ZONE $3)::date AS day, count(*)::int AS people FROM users
        WHERE role <> 'guest' AND created_at >= ($1::date)::timestamp AT TIME ZONE $3 AND created_at < ($2::date + 1)::timestamp AT TIME ZONE $3
        GROUP BY 1
     )
     SELECT to_char(d.day, 'YYYY-MM-DD') AS day, coalesce(a.people, 0) AS "activePeople", coalesce(j.people, 0) AS "newPeople"
       FROM days d LEFT JOIN active a ON a.day = d.day LEFT JOIN joined j ON j.day = d.day
      ORDER BY d.day`,
    [from, to, timeZone],
  );
  return rows;
}

/** Every ISO week touching `from`…`to` (its Monday), with the distinct people seen in any park during the whole week. */
export async function weeklyActivity(db: Db, from: string, to: string): Promise<CommunityReport["weeks"]> {
  const { rows } = await db.query<CommunityReport["weeks"][number]>(
    `WITH weeks AS (
       SELECT w::date AS week FROM generate_series(date_trunc('week', $1::date), $2::date, interval '1 week') AS w
     ), active AS (
       SELECT week, count(*)::int AS people
         FROM (SELECT DISTINCT date_trunc('week', day)::date AS week, user_id FROM park_people_daily
                WHERE park_id IN (SELECT id FROM parks) AND day BETWEEN date_trunc('week', $1::date)::date AND date_trunc('week', $2::date)::date + 6) seen
        GROUP BY week
     )
     SELECT to_char(w.week, 'YYYY-MM-DD') AS "weekStart", coalesce(a.people, 0) AS "activePeople"
       FROM weeks w LEFT JOIN active a ON a.week = w.week
      ORDER BY w.week`,
    [from, to],
  );
  return rows;
}

import type { BoothVisitDay, BoothVisitReport } from "../../../shared/protocol/companies.ts";
import type { BoothVisit } from "../../park/boothVisits.ts";
import type { Db } from "../pool.ts";

/**
 * Stores the visits a park room's tracker counted, in one statement. Each visit goes to the
 * company on the slot at this moment (none for an empty slot). The company's own people, standing
 * at their booth all day, are not its visitors: their visits are left out.
 */
export async function recordBoothVisits(db: Db, parkId: string, visits: readonly BoothVisit[]): Promise<void> {
  if (visits.length === 0) return;
  await db.query(
    `INSERT INTO booth_visits (park_id, slot_id, company_id, user_id, visited_at)
     SELECT $1, v.slot_id, b.company_id, u.id, to_timestamp(v.at / 1000.0)
       FROM unnest($2::text[], $3::uuid[], $4::float8[]) AS v (slot_id, user_id, at)
       LEFT JOIN booths b ON b.park_id = $1 AND b.slot_id = v.slot_id
       -- a guest's account may be gone by the time the batch is written: keep the visit, not the person
       LEFT JOIN users u ON u.id = v.user_id
      WHERE NOT EXISTS (SELECT 1 FROM company_members m WHERE m.company_id = b.company_id AND m.user_id = v.user_id)`,
    [parkId, visits.map((v) => v.slotId), visits.map((v) => v.userId), visits.map((v) => v.at)],
  );
}

/** The server's own time zone, so that "a day" in a report is the day the people running it live in. */
const serverTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Visits and distinct visitors per park, slot, company and day over the last `days` days (today
 * included), for one company's booths or for every booth of one park, with the totals of the period.
 */
export async function boothVisitReport(
  db: Db, of: { companyId: string } | { parkId: string }, days: number, timeZone: string = serverTimeZone(),
): Promise<BoothVisitReport> {
  const [column, value] = "companyId" in of ? ["company_id", of.companyId] : ["park_id", of.parkId];
  const { rows } = await db.query<BoothVisitDay & { total: boolean }>(
    `WITH v AS (
       SELECT park_id, slot_id, company_id, user_id, (visited_at AT TIME ZONE $3)::date AS day
         FROM booth_visits
        WHERE ${column} = $1 AND visited_at >= ((now() AT TIME ZONE $3)::date - ($2::int - 1)) AT TIME ZONE $3
     )
     SELECT park_id AS "parkId", slot_id AS "slotId", company_id AS "companyId", to_char(day, 'YYYY-MM-DD') AS day,
            count(*)::int AS visits, count(DISTINCT user_id)::int AS visitors, GROUPING(day) = 1 AS total
       FROM v
      GROUP BY GROUPING SETS ((day, park_id, slot_id, company_id), ())
      ORDER BY total, day, park_id, slot_id, company_id`,
    [value, days, timeZone],
  );
  const total = rows.find((r) => r.total);
  return {
    days: rows.filter((r) => !r.total).map(({ total: _, ...day }) => day),
    totalVisits: total?.visits ?? 0,
    totalVisitors: total?.visitors ?? 0,
  };
}

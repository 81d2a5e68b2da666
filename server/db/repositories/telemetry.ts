import type pg from "pg";
import { PARK_TIME_ZONE } from "../../../shared/constants.ts";
import type { HeatFold, TelemetryBatch } from "../../telemetry/telemetryBatch.ts";
import { inTransaction } from "../inTransaction.ts";
import type { Db } from "../pool.ts";

/**
 * Writes what a park room folded since its last write, in one transaction: either all of a batch is
 * stored or none of it. One statement per table family, each taking its rows as arrays (unnest), so a
 * busy park's minute costs a handful of round trips however many cells and people it holds. Figures
 * add up across writes (dwell, visitors, samples); peaks keep the greatest. Days are park-local.
 */
export async function writeTelemetry(db: Db, parkId: string, batch: TelemetryBatch, timeZone: string = PARK_TIME_ZONE): Promise<void> {
  const empty = batch.heat.length + batch.heatHourly.length + batch.occupancy.length + batch.stays.length + batch.people.length === 0;
  if (empty) return;
  await inTransaction(db, async (c) => {
    await upsertHeat(c, "heat_cells", "bucket", parkId, batch.heat);
    await upsertHeat(c, "heat_cells_hourly", "hour", parkId, batch.heatHourly);
    await upsertOccupancy(c, parkId, batch);
    await insertStays(c, parkId, batch, timeZone);
    await upsertPeople(c, parkId, batch);
  });
}

// The rows of one batch are grouped before the upsert: a batch merged from two folds may name one
// key twice, which ON CONFLICT cannot update twice in one statement.
async function upsertHeat(c: pg.PoolClient, table: "heat_cells" | "heat_cells_hourly", column: "bucket" | "hour", parkId: string, heat: readonly HeatFold[]): Promise<void> {
  if (heat.length === 0) return;
  await c.query(
    `INSERT INTO ${table} (park_id, ${column}, cx, cz, dwell_s, visitors)
     SELECT $1, to_timestamp(h.at / 1000.0), h.cx, h.cz, sum(h.dwell), sum(h.visitors)
       FROM unnest($2::float8[], $3::int[], $4::int[], $5::int[], $6::int[]) AS h (at, cx, cz, dwell, visitors)
      GROUP BY h.at, h.cx, h.cz
     ON CONFLICT (park_id, ${column}, cx, cz) DO UPDATE
        SET dwell_s = ${table}.dwell_s + EXCLUDED.dwell_s, visitors = ${table}.visitors + EXCLUDED.visitors`,
    [parkId, heat.map((h) => h.bucket), heat.map((h) => h.cx), heat.map((h) => h.cz), heat.map((h) => h.dwellSeconds), heat.map((h) => h.newVisitors)],
  );
}

async function upsertOccupancy(c: pg.PoolClient, parkId: string, { occupancy }: TelemetryBatch): Promise<void> {
  if (occupancy.length === 0) return;
  await c.query(
    `INSERT INTO park_occupancy (park_id, zone_id, bucket, samples, people_sum, peak)
     SELECT $1, o.zone_id, to_timestamp(o.at / 1000.0), sum(o.samples), sum(o.people_sum), max(o.peak)
       FROM unnest($2::text[], $3::float8[], $4::int[], $5::int[], $6::int[]) AS o (zone_id, at, samples, people_sum, peak)
      GROUP BY o.zone_id, o.at
     ON CONFLICT (park_id, zone_id, bucket) DO UPDATE
        SET samples = park_occupancy.samples + EXCLUDED.samples,
            people_sum = park_occupancy.people_sum + EXCLUDED.people_sum,
            peak = greatest(park_occupancy.peak, EXCLUDED.peak)`,
    [parkId, occupancy.map((o) => o.zoneId), occupancy.map((o) => o.bucket), occupancy.map((o) => o.samples), occupancy.map((o) => o.peopleSum), occupancy.map((o) => o.peak)],
  );
}

/**
 * The stays, then what rankings read of them: per day, place and person (visits, dwell) and moves
 * between zones, in one statement. A booth stay goes to the company on the slot now; the company's
 * own people at their booth are not its visitors and are left out, as booth_visits does. A stay of
 * someone whose account is gone is kept without them, and counts in the moves but not per person.
 */
async function insertStays(c: pg.PoolClient, parkId: string, { stays }: TelemetryBatch, timeZone: string): Promise<void> {
  if (stays.length === 0) return;
  await c.query(
    `WITH s AS (
       INSERT INTO place_stays (park_id, kind, place_id, company_id, user_id, from_place_id, entered_at, left_at, dwell_s)
       SELECT $1, v.kind, v.place_id, b.company_id, u.id, v.from_place_id, to_timestamp(v.entered / 1000.0), to_timestamp(v.left_at / 1000.0),
              greatest(0, round((v.left_at - v.entered) / 1000.0))::int
         FROM unnest($2::text[], $3::text[], $4::uuid[], $5::text[], $6::float8[], $7::float8[])
                AS v (kind, place_id, user_id, from_place_id, entered, left_at)
         LEFT JOIN booths b ON v.kind = 'booth' AND b.park_id = $1 AND b.slot_id = v.place_id
         LEFT JOIN users u ON u.id = v.user_id
        WHERE NOT EXISTS (SELECT 1 FROM company_members m WHERE m.company_id = b.company_id AND m.user_id = v.user_id)
       RETURNING kind, place_id, company_id, user_id, from_place_id, (left_at AT TIME ZONE $8)::date AS day, dwell_s
     ), daily AS (
       INSERT INTO place_visitors_daily (park_id, kind, place_id, user_id, day, company_id, visits, dwell_s)
       SELECT $1, kind, place_id, user_id, day, (array_agg(company_id))[1], count(*), sum(dwell_s)
         FROM s WHERE user_id IS NOT NULL
        GROUP BY kind, place_id, user_id, day
       ON CONFLICT (park_id, kind, place_id, user_id, day) DO UPDATE
          SET visits = place_visitors_daily.visits + EXCLUDED.visits,
              dwell_s = place_visitors_daily.dwell_s + EXCLUDED.dwell_s,
              company_id = coalesce(EXCLUDED.company_id, place_visitors_daily.company_id)
     )
     INSERT INTO zone_flows_daily (park_id, day, from_zone_id, to_zone_id, moves)
     SELECT $1, day, from_place_id, place_id, count(*)
       FROM s WHERE kind = 'zone' AND from_place_id IS NOT NULL
      GROUP BY day, from_place_id, place_id
     ON CONFLICT (park_id, day, from_zone_id, to_zone_id) DO UPDATE SET moves = zone_flows_daily.moves + EXCLUDED.moves`,
    [
      parkId, stays.map((s) => s.kind), stays.map((s) => s.placeId), stays.map((s) => s.userId), stays.map((s) => s.fromPlaceId),
      stays.map((s) => s.enteredAt), stays.map((s) => s.leftAt), timeZone,
    ],
  );
}

/** Seconds per person and park-local day; someone whose account is gone is skipped. */
async function upsertPeople(c: pg.PoolClient, parkId: string, { people }: TelemetryBatch): Promise<void> {
  if (people.length === 0) return;
  await c.query(
    `INSERT INTO park_people_daily (park_id, user_id, day, seconds, late_seconds)
     SELECT $1, u.id, p.day::date, sum(p.seconds), sum(p.late)
       FROM unnest($2::text[], $3::uuid[], $4::int[], $5::int[]) AS p (day, user_id, seconds, late)
       JOIN users u ON u.id = p.user_id
      GROUP BY u.id, p.day
     ON CONFLICT (park_id, day, user_id) DO UPDATE
        SET seconds = park_people_daily.seconds + EXCLUDED.seconds, late_seconds = park_people_daily.late_seconds + EXCLUDED.late_seconds`,
    [parkId, people.map((p) => p.day), people.map((p) => p.userId), people.map((p) => p.seconds), people.map((p) => p.lateSeconds)],
  );
}

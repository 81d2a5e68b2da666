import type { PeakCell } from "../../../shared/protocol/dashboard.ts";
import type { Db } from "../pool.ts";
import { matchingHoursParams, matchingHoursSql, type HourFilter } from "./heatmapQueries.ts";

/**
 * People present in the whole park (zone '') per park-local weekday and hour over the filter's
 * hours: the average is every sample's count over all the matching buckets (people_sum / samples),
 * the peak the most seen at one sample. Weekday-hours with nobody present are left out.
 */
export async function peakHourCells(db: Db, parkId: string, filter: HourFilter, timeZone: string): Promise<PeakCell[]> {
  const { rows } = await db.query<PeakCell>(
    `WITH hours AS MATERIALIZED (${matchingHoursSql(2)})
     SELECT extract(isodow FROM h AT TIME ZONE $4)::int AS weekday, extract(hour FROM h AT TIME ZONE $4)::int AS hour,
            sum(people_sum)::float8 / greatest(sum(samples), 1) AS "averagePeople", max(peak)::int AS "peakPeople"
       FROM hours JOIN park_occupancy o ON o.park_id = $1 AND o.zone_id = '' AND o.bucket >= hours.h AND o.bucket < hours.h + interval '1 hour'
      GROUP BY 1, 2
     HAVING max(peak) > 0
      ORDER BY 1, 2`,
    [parkId, ...matchingHoursParams(filter, timeZone)],
  );
  return rows;
}

export interface OccupancyRow {
  parkId: string;
  /** '' for the whole park. */
  zoneId: string;
  at: Date;
  average: number;
  peak: number;
}

/**
 * A park's buckets since `since` for the whole park ('') and the named zones, oldest first: the
 * live page's recent history. Naming the zones lets the primary key (park, zone, bucket) find each
 * one's recent rows instead of reading the park's whole retention.
 */
export async function occupancySince(db: Db, parkId: string, zoneIds: readonly string[], since: Date): Promise<OccupancyRow[]> {
  const { rows } = await db.query<OccupancyRow>(
    `SELECT park_id AS "parkId", zone_id AS "zoneId", bucket AS at,
            people_sum::float8 / greatest(samples, 1) AS average, peak
       FROM park_occupancy
      WHERE park_id = $1 AND zone_id = ANY ($2::text[]) AND bucket >= $3
      ORDER BY bucket, zone_id`,
    [parkId, ["", ...zoneIds], since],
  );
  return rows;
}

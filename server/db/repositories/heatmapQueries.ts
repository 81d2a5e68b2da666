import type { HeatCell } from "../../../shared/protocol/dashboard.ts";
import type { Db } from "../pool.ts";

/** Park-local days (both ends included), and optionally the ISO weekdays and hours (both ends included) to keep. */
export interface HourFilter {
  from: string;
  to: string;
  weekdays?: readonly number[] | undefined;
  hours?: { from: number; to: number } | undefined;
}

/**
 * The SQL that keeps rows whose timestamptz `column` lies in the filter's park-local days,
 * weekdays and hours; its parameters start at `$first`: from, to, time zone, weekdays, first hour,
 * last hour. The day bounds are computed once, so the primary key's range scan does the work; the
 * weekday and hour tests run only on the rows inside it.
 */
export function hourFilterSql(column: string, first: number): string {
  const [from, to, tz, weekdays, h0, h1] = [0, 1, 2, 3, 4, 5].map((i) => `$${first + i}`);
  return `${column} >= (${from}::date)::timestamp AT TIME ZONE ${tz}
      AND ${column} < (${to}::date + 1)::timestamp AT TIME ZONE ${tz}
      AND (${weekdays}::int[] IS NULL OR extract(isodow FROM ${column} AT TIME ZONE ${tz})::int = ANY (${weekdays}::int[]))
      AND (${h0}::int IS NULL OR extract(hour FROM ${column} AT TIME ZONE ${tz})::int BETWEEN ${h0}::int AND ${h1}::int)`;
}

/** The parameters of `hourFilterSql`, in its order. */
export const hourFilterParams = (f: HourFilter, timeZone: string): unknown[] =>
  [f.from, f.to, timeZone, f.weekdays ? [...f.weekdays] : null, f.hours?.from ?? null, f.hours?.to ?? null];

/**
 * Dwell and visitors per cell of a park over the filter's hours, summed from the hourly cells:
 * a month of a busy park is a few hundred thousand rows there against millions of five-minute ones.
 */
export async function heatmapCells(db: Db, parkId: string, filter: HourFilter, timeZone: string): Promise<HeatCell[]> {
  const { rows } = await db.query<HeatCell>(
    `SELECT cx, cz, sum(dwell_s)::int AS "dwellSeconds", sum(visitors)::int AS visitors
       FROM heat_cells_hourly
      WHERE park_id = $1 AND ${hourFilterSql("hour", 2)}
      GROUP BY cx, cz
     HAVING sum(dwell_s) > 0`,
    [parkId, ...hourFilterParams(filter, timeZone)],
  );
  return rows;
}

import { PARK_TIME_ZONE } from "../../shared/constants.ts";
import type { Db } from "../db/pool.ts";
import type { Logger } from "../logger.ts";

/** Each telemetry table and the column that dates its rows; `day` columns hold park-local days. */
const TABLES = [
  { table: "heat_cells", column: "bucket", day: false },
  { table: "heat_cells_hourly", column: "hour", day: false },
  { table: "park_occupancy", column: "bucket", day: false },
  { table: "place_stays", column: "left_at", day: false },
  { table: "place_visitors_daily", column: "day", day: true },
  { table: "zone_flows_daily", column: "day", day: true },
  { table: "park_people_daily", column: "day", day: true },
  { table: "meeting_attendance", column: "left_at", day: false },
] as const;

export type TelemetryTable = (typeof TABLES)[number]["table"];

/**
 * Deletes the telemetry older than `retentionDays` (TELEMETRY_RETENTION_DAYS): rows dated before
 * that many days ago, days before the park-local day it falls on. Returns how many rows went per table.
 */
export async function pruneTelemetry(db: Db, retentionDays: number, now: Date = new Date()): Promise<Record<TelemetryTable, number>> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const deleted = {} as Record<TelemetryTable, number>;
  for (const { table, column, day } of TABLES) {
    const older = day ? `${column} < ($1::timestamptz AT TIME ZONE $2)::date` : `${column} < $1::timestamptz`;
    const result = await db.query(`DELETE FROM ${table} WHERE ${older}`, day ? [cutoff, PARK_TIME_ZONE] : [cutoff]);
    deleted[table] = result.rowCount ?? 0;
  }
  return deleted;
}

/** Prunes now and then once a day; the answer stops it. */
export function startTelemetryRetention(db: Db, log: Logger, retentionDays: number, everyMs = 86_400_000): () => void {
  const prune = () => {
    pruneTelemetry(db, retentionDays)
      .then((deleted) => {
        if (Object.values(deleted).some((n) => n > 0)) log.info({ deleted, retentionDays }, "old telemetry deleted");
      })
      .catch((err: unknown) => log.warn({ err }, "telemetry retention failed"));
  };
  prune();
  const timer = setInterval(prune, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

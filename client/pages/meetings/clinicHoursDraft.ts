import { ClinicHoursBody, type ClinicHours } from "../../../shared/protocol/meetings.ts";
import { clockToMinute, minuteToClock } from "./parkTime.ts";

/** One span as the clinic-hours form holds it: a weekday and two clock times. */
export interface HoursRow { weekday: number; start: string; end: string }
/** Keys of meetings:hours.problems.*. */
export type HoursProblem = "badTime" | "endBeforeStart" | "overlap" | "tooMany";

export const hoursRows = (hours: readonly ClinicHours[]): HoursRow[] =>
  [...hours].sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute)
    .map((h) => ({ weekday: h.weekday, start: minuteToClock(h.startMinute), end: minuteToClock(h.endMinute) }));

/** A new row after the last: the next weekday at the same times, or Monday 14:00–17:00. */
export function nextRow(rows: readonly HoursRow[]): HoursRow {
  const last = rows.at(-1);
  return last ? { weekday: (last.weekday % 7) + 1, start: last.start, end: last.end } : { weekday: 1, start: "14:00", end: "17:00" };
}

/**
 * The spans to send, or what is wrong with the first row that is wrong (its index). Mirrors
 * ClinicHoursBody, and also refuses two spans of one day that overlap, which would read twice.
 */
export function readHours(rows: readonly HoursRow[]): { ok: true; hours: ClinicHours[] } | { ok: false; row: number; problem: HoursProblem } {
  const hours: ClinicHours[] = [];
  for (const [i, r] of rows.entries()) {
    const startMinute = clockToMinute(r.start);
    const endMinute = clockToMinute(r.end);
    if (startMinute === null || endMinute === null || startMinute >= 1440) return { ok: false, row: i, problem: "badTime" };
    if (endMinute <= startMinute) return { ok: false, row: i, problem: "endBeforeStart" };
    const clash = hours.some((h) => h.weekday === r.weekday && h.startMinute < endMinute && startMinute < h.endMinute);
    if (clash) return { ok: false, row: i, problem: "overlap" };
    hours.push({ weekday: r.weekday, startMinute, endMinute });
  }
  if (!ClinicHoursBody.safeParse({ hours }).success) return { ok: false, row: rows.length - 1, problem: "tooMany" };
  return { ok: true, hours };
}

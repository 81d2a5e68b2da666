import { DASHBOARD_MAX_DAYS, PARK_TIME_ZONE } from "../../../shared/constants.ts";
import type { DayRange } from "../../../shared/protocol/dashboard.ts";
import { addDays, isDayKey, zonedParts } from "../meetings/parkTime.ts";

/**
 * The dashboard's time ranges: presets read on the park's clock (a manager in another zone sees
 * the same "today" as the park), the period a range is compared with, and the check of a custom one.
 */

export const RANGE_PRESETS = ["today", "yesterday", "last7", "last30", "custom"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const COMPARE_MODES = ["off", "previous", "custom"] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

/** Today on the park's clock, as "YYYY-MM-DD". */
export const parkToday = (now: Date): string => zonedParts(now, PARK_TIME_ZONE).day;

const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** Days in a range, both ends included. */
export const rangeDays = (range: DayRange): number => dayNumber(range.to) - dayNumber(range.from) + 1;

/** The days of a preset ending today (custom has none of its own: it keeps what was chosen). */
export function presetRange(preset: Exclude<RangePreset, "custom">, today: string): DayRange {
  switch (preset) {
    case "today": return { from: today, to: today };
    case "yesterday": return { from: addDays(today, -1), to: addDays(today, -1) };
    case "last7": return { from: addDays(today, -6), to: today };
    case "last30": return { from: addDays(today, -29), to: today };
  }
}

/** The period of the same length just before `range`: yesterday for today, the 7 days before a week. */
export function previousPeriod(range: DayRange): DayRange {
  const days = rangeDays(range);
  return { from: addDays(range.from, -days), to: addDays(range.from, -1) };
}

export type RangeProblem = "invalidDay" | "backwards" | "tooLong";

/** What is wrong with a range typed by hand, or null; the server checks the same and answers 400. */
export function rangeProblem(range: DayRange): RangeProblem | null {
  if (!isDayKey(range.from) || !isDayKey(range.to)) return "invalidDay";
  if (range.from > range.to) return "backwards";
  if (rangeDays(range) > DASHBOARD_MAX_DAYS) return "tooLong";
  return null;
}

/** Every day of a range, oldest first. */
export function daysOf(range: DayRange): string[] {
  const out: string[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) out.push(day);
  return out;
}

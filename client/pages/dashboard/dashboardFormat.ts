import type { TFunction } from "i18next";
import type { LocalizedText } from "../../../shared/protocol/parkLayout.ts";
import type { Language } from "../../i18n/language.ts";

/** How the dashboard writes its figures: durations, changes against the compared period, days and weekdays. */

/** Seconds as minutes with one decimal (what tables and CSV files carry). */
export const toMinutes = (seconds: number): number => Math.round(seconds / 6) / 10;

/** Seconds as whole hours and minutes (rounded to the minute). */
export function durationParts(seconds: number): { hours: number; minutes: number } {
  const total = Math.round(Math.max(0, seconds) / 60);
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

/** "2 h 05 min", "12 min", "40 s" in the person's language. */
export function formatDuration(t: TFunction<"dashboard">, seconds: number): string {
  if (seconds < 60) return t("units.seconds", { count: Math.round(Math.max(0, seconds)) });
  const { hours, minutes } = durationParts(seconds);
  return hours > 0 ? t("units.hoursMinutes", { hours, minutes: String(minutes).padStart(2, "0") }) : t("units.minutes", { count: minutes });
}

/** The change from `before` to `now` in percent, or null when there was nothing before to compare with. */
export function percentChange(now: number, before: number): number | null {
  if (!(before > 0)) return null;
  return Math.round(((now - before) / before) * 100);
}

export const formatNumber = (lng: Language, n: number, digits = 0): string =>
  n.toLocaleString(lng, { maximumFractionDigits: digits, minimumFractionDigits: 0 });

/** "Mon" / "周一" for ISO weekday 1 … 7. */
export function weekdayName(lng: Language, weekday: number, style: "short" | "long" = "short"): string {
  // 2024-01-01 was a Monday.
  return new Date(Date.UTC(2024, 0, weekday, 12)).toLocaleDateString(lng, { weekday: style, timeZone: "UTC" });
}

/** "Nov 23" / "11月23日" for a day key, read as the calendar day it names. */
export function shortDay(lng: Language, day: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString(lng, { month: "short", day: "numeric", timeZone: "UTC" });
}

export const hourLabel = (hour: number): string => `${String(hour).padStart(2, "0")}:00`;

export const localName = (name: LocalizedText, lng: Language): string => name[lng];

/** "Nov 17 – Nov 23", or one day alone. */
export function periodLabel(lng: Language, range: { from: string; to: string }): string {
  return range.from === range.to ? shortDay(lng, range.from) : `${shortDay(lng, range.from)} – ${shortDay(lng, range.to)}`;
}

import { PARK_TIME_ZONE } from "../../../shared/constants.ts";
import { FIRST_REPORT_YEAR } from "../../../shared/protocol/reports.ts";

/** The park's year now: reports run on the park's calendar, wherever the reader is. */
export const parkYearAt = (at: Date): number =>
  Number(new Intl.DateTimeFormat("en-CA", { timeZone: PARK_TIME_ZONE, year: "numeric" }).format(at));

/** The years a report can be read for, newest first. */
export function reportYears(current: number): number[] {
  const years: number[] = [];
  for (let y = current; y >= FIRST_REPORT_YEAR; y -= 1) years.push(y);
  return years;
}

/** The year named by ?year= when it is one with a report, else the current one. */
export function yearFromQuery(search: string, current: number): number {
  const raw = new URLSearchParams(search).get("year");
  const year = raw !== null && /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  return year >= FIRST_REPORT_YEAR && year <= current ? year : current;
}

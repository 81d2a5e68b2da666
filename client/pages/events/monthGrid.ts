import { addDays, mondayOf, zonedParts } from "../meetings/parkTime.ts";

/**
 * The events calendar's month on the park's clock: whole weeks from Monday, each day marked in or
 * out of the month, and the events placed on every day they cover. A month is named "YYYY-MM".
 */

export interface MonthDay { day: string; inMonth: boolean }

const MONTH = /^(\d{4})-(\d{2})$/;

export const isMonthKey = (s: string): boolean => {
  const m = MONTH.exec(s);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
};

/** The month that holds a day key ("2026-11-23" → "2026-11"). */
export const monthOf = (day: string): string => day.slice(0, 7);

/** The month `n` months after `month` (n may be negative). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number);
  const index = (y ?? 1970) * 12 + ((m ?? 1) - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The weeks (Monday first) that show `month`: 4 to 6 rows of 7 days. */
export function monthWeeks(month: string): MonthDay[][] {
  const first = `${month}-01`;
  const next = `${addMonths(month, 1)}-01`;
  const weeks: MonthDay[][] = [];
  for (let monday = mondayOf(first); monday < next; monday = addDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => {
      const day = addDays(monday, i);
      return { day, inMonth: monthOf(day) === month };
    }));
  }
  return weeks;
}

/** The first and the day after the last day the grid shows, for asking the server about that window. */
export function gridSpan(month: string): { first: string; days: number } {
  const weeks = monthWeeks(month);
  return { first: weeks[0]?.[0]?.day ?? `${month}-01`, days: weeks.length * 7 };
}

/**
 * Events by the day keys they touch in `timeZone`: an event from 22:00 to 01:00 sits on both
 * days; one that ends exactly at midnight does not spill into the next. Each day's list keeps the
 * order of starting times.
 */
export function eventsByDay<E extends { startsAt: string; endsAt: string }>(events: readonly E[], timeZone: string): Map<string, E[]> {
  const out = new Map<string, E[]>();
  const sorted = [...events].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  for (const e of sorted) {
    const first = zonedParts(new Date(e.startsAt), timeZone).day;
    // The last instant inside the event decides its last day.
    const last = zonedParts(new Date(Math.max(Date.parse(e.startsAt), Date.parse(e.endsAt) - 1)), timeZone).day;
    for (let day = first, n = 0; day <= last && n < 62; day = addDays(day, 1), n++) {
      const list = out.get(day);
      if (list) list.push(e);
      else out.set(day, [e]);
    }
  }
  return out;
}

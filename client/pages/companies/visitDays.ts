import type { BoothVisitDay } from "../../../shared/protocol/companies.ts";

export interface DayFigure {
  /** YYYY-MM-DD */
  day: string;
  visits: number;
  visitors: number;
}

const iso = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

/**
 * One figure per day for the last `days` days, oldest first, with every booth of the company
 * added up and quiet days as zeros, so bars line up with the calendar. The range ends today, or
 * on the server's latest day when its clock is already past midnight.
 */
export function dailyVisits(rows: readonly BoothVisitDay[], days: number, today: Date): DayFigure[] {
  const byDay = new Map<string, DayFigure>();
  for (const r of rows) {
    const f = byDay.get(r.day) ?? { day: r.day, visits: 0, visitors: 0 };
    f.visits += r.visits;
    f.visitors += r.visitors;
    byDay.set(r.day, f);
  }
  let end = iso(today);
  for (const day of byDay.keys()) if (day > end) end = day;
  const [y, m, d] = end.split("-").map(Number) as [number, number, number];
  const out: DayFigure[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = iso(new Date(y, m - 1, d - i));
    out.push(byDay.get(day) ?? { day, visits: 0, visitors: 0 });
  }
  return out;
}

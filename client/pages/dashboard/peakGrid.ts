import type { PeakCell } from "../../../shared/protocol/dashboard.ts";

/**
 * The peak-hours grid, every weekday-hour present (the API lists only those with anyone there):
 * `[hour, row, average, peak]` with Monday on the top row, as the ECharts heatmap takes it.
 */
export interface PeakGrid {
  data: Array<[hour: number, row: number, average: number, peak: number]>;
  maxAverage: number;
  /** The busiest weekday-hour by average people, or null when the park was empty. */
  busiest: PeakCell | null;
}

/** Row of a weekday when Monday is drawn at the top (ECharts counts rows from the bottom). */
export const weekdayRow = (weekday: number): number => 7 - weekday;

export function peakGrid(cells: readonly PeakCell[]): PeakGrid {
  const at = new Map(cells.map((c) => [`${c.weekday}:${c.hour}`, c]));
  const data: PeakGrid["data"] = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    for (let hour = 0; hour < 24; hour++) {
      const c = at.get(`${weekday}:${hour}`);
      data.push([hour, weekdayRow(weekday), Math.round((c?.averagePeople ?? 0) * 10) / 10, c?.peakPeople ?? 0]);
    }
  }
  let busiest: PeakCell | null = null;
  for (const c of cells) if (c.averagePeople > 0 && (!busiest || c.averagePeople > busiest.averagePeople)) busiest = c;
  return { data, maxAverage: busiest?.averagePeople ?? 0, busiest };
}

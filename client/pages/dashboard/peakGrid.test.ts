import { describe, expect, it } from "vitest";
import { peakGrid, weekdayRow } from "./peakGrid.ts";

describe("peak-hours grid", () => {
  it("fills all 7 × 24 weekday-hours, the missing ones with nobody", () => {
    const grid = peakGrid([{ weekday: 1, hour: 9, averagePeople: 3.26, peakPeople: 5 }]);
    expect(grid.data).toHaveLength(168);
    expect(grid.data.filter((d) => d[2] > 0)).toEqual([[9, 6, 3.3, 5]]);
    expect(grid.data.find((d) => d[0] === 23 && d[1] === weekdayRow(7))).toEqual([23, 0, 0, 0]);
  });

  it("puts Monday on the top row and Sunday at the bottom", () => {
    expect(weekdayRow(1)).toBe(6);
    expect(weekdayRow(7)).toBe(0);
  });

  it("names the busiest weekday-hour by average people", () => {
    const grid = peakGrid([
      { weekday: 2, hour: 14, averagePeople: 4, peakPeople: 9 },
      { weekday: 5, hour: 10, averagePeople: 6.5, peakPeople: 7 },
    ]);
    expect(grid.busiest).toEqual({ weekday: 5, hour: 10, averagePeople: 6.5, peakPeople: 7 });
    expect(grid.maxAverage).toBe(6.5);
    expect(peakGrid([]).busiest).toBeNull();
  });
});

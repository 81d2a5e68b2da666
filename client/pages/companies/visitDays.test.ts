import { describe, expect, it } from "vitest";
import type { BoothVisitDay } from "../../../shared/protocol/companies.ts";
import { dailyVisits } from "./visitDays.ts";

const row = (day: string, slotId: string, visits: number, visitors: number): BoothVisitDay =>
  ({ parkId: "home", slotId, companyId: null, day, visits, visitors });

describe("booth visits per day", () => {
  it("adds up the company's booths and fills quiet days with zeros", () => {
    const figures = dailyVisits([row("2026-03-09", "booth-1", 4, 3), row("2026-03-09", "booth-2", 2, 2), row("2026-03-07", "booth-1", 1, 1)], 4, new Date(2026, 2, 9, 15));
    expect(figures).toEqual([
      { day: "2026-03-06", visits: 0, visitors: 0 },
      { day: "2026-03-07", visits: 1, visitors: 1 },
      { day: "2026-03-08", visits: 0, visitors: 0 },
      { day: "2026-03-09", visits: 6, visitors: 5 },
    ]);
  });

  it("crosses month ends and follows a server already in tomorrow", () => {
    const figures = dailyVisits([row("2026-03-01", "booth-1", 2, 1)], 3, new Date(2026, 1, 28, 23, 50));
    expect(figures.map((f) => f.day)).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"]);
    expect(figures[2]).toEqual({ day: "2026-03-01", visits: 2, visitors: 1 });
  });

  it("gives a row of zeros when nobody came", () => {
    expect(dailyVisits([], 2, new Date(2026, 0, 1))).toEqual([
      { day: "2025-12-31", visits: 0, visitors: 0 },
      { day: "2026-01-01", visits: 0, visitors: 0 },
    ]);
  });
});

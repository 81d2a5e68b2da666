import { describe, expect, it } from "vitest";
import { DASHBOARD_MAX_DAYS } from "../../../shared/constants.ts";
import { daysOf, parkToday, presetRange, previousPeriod, rangeDays, rangeProblem } from "./dashboardRange.ts";

describe("dashboard ranges", () => {
  it("reads today on the park's clock, not the viewer's", () => {
    // 18:30 UTC on the 23rd is 02:30 on the 24th in Shanghai.
    expect(parkToday(new Date("2026-11-23T18:30:00Z"))).toBe("2026-11-24");
    expect(parkToday(new Date("2026-11-23T15:59:00Z"))).toBe("2026-11-23");
  });

  it("turns presets into days ending today, both ends included", () => {
    expect(presetRange("today", "2026-03-01")).toEqual({ from: "2026-03-01", to: "2026-03-01" });
    expect(presetRange("yesterday", "2026-03-01")).toEqual({ from: "2026-02-28", to: "2026-02-28" });
    expect(presetRange("last7", "2026-03-01")).toEqual({ from: "2026-02-23", to: "2026-03-01" });
    expect(rangeDays(presetRange("last30", "2026-03-01"))).toBe(30);
    expect(presetRange("last30", "2026-03-01").from).toBe("2026-01-31");
  });

  it("compares a range with the period of the same length just before it", () => {
    expect(previousPeriod({ from: "2026-11-23", to: "2026-11-23" })).toEqual({ from: "2026-11-22", to: "2026-11-22" });
    expect(previousPeriod({ from: "2026-11-17", to: "2026-11-23" })).toEqual({ from: "2026-11-10", to: "2026-11-16" });
    expect(previousPeriod({ from: "2026-03-01", to: "2026-03-31" })).toEqual({ from: "2026-01-29", to: "2026-02-28" });
  });

  it("says what is wrong with a custom range", () => {
    expect(rangeProblem({ from: "2026-11-01", to: "2026-11-23" })).toBeNull();
    expect(rangeProblem({ from: "2026-02-30", to: "2026-03-02" })).toBe("invalidDay");
    expect(rangeProblem({ from: "", to: "2026-03-02" })).toBe("invalidDay");
    expect(rangeProblem({ from: "2026-03-02", to: "2026-03-01" })).toBe("backwards");
    const from = "2025-01-01";
    const last = daysOf({ from, to: "2026-12-31" })[DASHBOARD_MAX_DAYS - 1]!;
    expect(rangeProblem({ from, to: last })).toBeNull();
    expect(rangeProblem({ from, to: daysOf({ from, to: "2026-12-31" })[DASHBOARD_MAX_DAYS]! })).toBe("tooLong");
  });

  it("lists every day of a range across a month's end", () => {
    expect(daysOf({ from: "2026-02-27", to: "2026-03-02" })).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
  });
});

import { describe, expect, it } from "vitest";
import { parkYearAt, reportYears, yearFromQuery } from "./reportYear.ts";

describe("the report's year", () => {
  it("turns on the park's clock (Asia/Shanghai), not the reader's", () => {
    expect(parkYearAt(new Date("2026-12-31T15:59:00Z"))).toBe(2026);
    expect(parkYearAt(new Date("2026-12-31T16:00:00Z"))).toBe(2027);
  });

  it("offers every year from the first report to now, newest first", () => {
    expect(reportYears(2028)).toEqual([2028, 2027, 2026]);
    expect(reportYears(2026)).toEqual([2026]);
  });

  it("reads ?year= when it names a year with a report, else the current year", () => {
    expect(yearFromQuery("?year=2026", 2027)).toBe(2026);
    expect(yearFromQuery("", 2027)).toBe(2027);
    expect(yearFromQuery("?year=2025", 2027)).toBe(2027);
    expect(yearFromQuery("?year=2030", 2027)).toBe(2027);
    expect(yearFromQuery("?year=20x6", 2027)).toBe(2027);
  });
});

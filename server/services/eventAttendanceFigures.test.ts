import { describe, expect, it } from "vitest";
import { attendanceFigures } from "./eventAttendanceFigures.ts";

const t = (min: number) => new Date(Date.UTC(2026, 10, 23, 1, 0) + min * 60_000);

describe("attendanceFigures", () => {
  it("has nothing for no rows", () => {
    expect(attendanceFigures([], t(0))).toEqual({ peak: 0, total: 0, averageMinutes: 0 });
  });

  it("counts the peak at once, distinct people and their mean minutes", () => {
    const figures = attendanceFigures([
      { userId: "a", joinedAt: t(0), leftAt: t(60) },
      { userId: "b", joinedAt: t(10), leftAt: t(40) },
      { userId: "c", joinedAt: t(20), leftAt: t(30) },
      // a leaves and comes back: one person, 60 + 10 minutes
      { userId: "a", joinedAt: t(70), leftAt: t(80) },
      // b in a second tab at the same time: not counted twice
      { userId: "b", joinedAt: t(15), leftAt: t(35) },
    ], t(100));
    expect(figures.total).toBe(3);
    // at minute 20..30: a, b, b's second tab, c
    expect(figures.peak).toBe(4);
    expect(figures.averageMinutes).toBeCloseTo((70 + 30 + 10) / 3, 1);
  });

  it("does not count a leaving and a joining at the same instant as two at once", () => {
    expect(attendanceFigures([
      { userId: "a", joinedAt: t(0), leftAt: t(10) },
      { userId: "b", joinedAt: t(10), leftAt: t(20) },
    ], t(30)).peak).toBe(1);
  });

  it("counts people still watching up to now", () => {
    expect(attendanceFigures([{ userId: "a", joinedAt: t(0), leftAt: null }], t(15))).toEqual({ peak: 1, total: 1, averageMinutes: 15 });
  });
});

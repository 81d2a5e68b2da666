import { describe, expect, it } from "vitest";
import { durationParts, percentChange, shortDay, toMinutes, weekdayName } from "./dashboardFormat.ts";

describe("dashboard figures in words", () => {
  it("turns seconds into minutes with one decimal", () => {
    expect(toMinutes(0)).toBe(0);
    expect(toMinutes(90)).toBe(1.5);
    expect(toMinutes(125)).toBe(2.1);
    expect(toMinutes(7200)).toBe(120);
  });

  it("splits durations into hours and minutes, rounded to the minute", () => {
    expect(durationParts(3_900)).toEqual({ hours: 1, minutes: 5 });
    expect(durationParts(3_569)).toEqual({ hours: 0, minutes: 59 });
    expect(durationParts(3_570)).toEqual({ hours: 1, minutes: 0 });
    expect(durationParts(-4)).toEqual({ hours: 0, minutes: 0 });
  });

  it("gives the change against the compared period, or none when that period was empty", () => {
    expect(percentChange(150, 100)).toBe(50);
    expect(percentChange(50, 100)).toBe(-50);
    expect(percentChange(1, 3)).toBe(-67);
    expect(percentChange(10, 0)).toBeNull();
  });

  it("names weekdays and days in both languages", () => {
    expect(weekdayName("en", 1)).toBe("Mon");
    expect(weekdayName("en", 7)).toBe("Sun");
    expect(weekdayName("zh-CN", 1)).toBe("周一");
    expect(weekdayName("zh-CN", 7)).toBe("周日");
    expect(shortDay("zh-CN", "2026-11-23")).toBe("11月23日");
    expect(shortDay("en", "2026-11-03")).toBe("Nov 3");
  });
});

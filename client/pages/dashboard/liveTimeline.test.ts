import { describe, expect, it } from "vitest";
import { liveTimeline, onTimeline } from "./liveTimeline.ts";

describe("live timeline", () => {
  it("has every five-minute bucket of the last hours, ending with the current one", () => {
    const t = liveTimeline("2026-11-23T05:07:30.000Z", 6, 5);
    expect(t).toHaveLength(72);
    expect(new Date(t[71]!).toISOString()).toBe("2026-11-23T05:05:00.000Z");
    expect(new Date(t[0]!).toISOString()).toBe("2026-11-22T23:10:00.000Z");
    expect(t[1]! - t[0]!).toBe(300_000);
  });

  it("puts each point in its bucket and zeros where nobody was counted", () => {
    const t = liveTimeline("2026-11-23T05:07:30.000Z", 0.25, 5);
    expect(onTimeline(t, [{ at: "2026-11-23T04:55:00.000Z", average: 2.5 }, { at: "2026-11-23T05:05:00+00:00", average: 1 }])).toEqual([2.5, 0, 1]);
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { recordStagePatch, resetStagePatchStats, stagePatchStats } from "./stagePatchStats.ts";

describe("stagePatchStats", () => {
  afterEach(() => { resetStagePatchStats(); });
  it("reports nothing before any patch, then percentiles of what was recorded", () => {
    expect(stagePatchStats()).toEqual({ count: 0, p50: 0, p99: 0, max: 0 });
    for (let ms = 1; ms <= 100; ms++) recordStagePatch(ms);
    expect(stagePatchStats()).toEqual({ count: 100, p50: 51, p99: 100, max: 100 });
    resetStagePatchStats();
    expect(stagePatchStats().count).toBe(0);
  });
});

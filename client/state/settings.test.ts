import { describe, expect, it } from "vitest";
import { defaultQuality, QUALITY_PRESETS } from "./settings.ts";

describe("defaultQuality", () => {
  it("starts weak devices lower", () => {
    expect(defaultQuality({ cores: 2, pixelRatio: 1 })).toBe("low");
    expect(defaultQuality({ cores: 4, pixelRatio: 2 })).toBe("balanced");
    expect(defaultQuality({ cores: 8, pixelRatio: 1 })).toBe("high");
  });

  it("is careful with dense screens and unknown core counts", () => {
    expect(defaultQuality({ cores: 8, pixelRatio: 3 })).toBe("balanced");
    expect(defaultQuality({ cores: 12, pixelRatio: 3 })).toBe("high");
    expect(defaultQuality({ cores: undefined, pixelRatio: 1 })).toBe("balanced");
  });
});

describe("QUALITY_PRESETS", () => {
  it("turns shadows off only on Low and lowers the pixel ratio step by step", () => {
    expect(QUALITY_PRESETS.high).toEqual({ shadows: true, dpr: [1, 2] });
    expect(QUALITY_PRESETS.balanced).toEqual({ shadows: true, dpr: 1 });
    expect(QUALITY_PRESETS.low).toEqual({ shadows: false, dpr: 0.75 });
  });
});

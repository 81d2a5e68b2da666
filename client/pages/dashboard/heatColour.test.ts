import { describe, expect, it } from "vitest";
import { heatColour, heatPalette, heatScale } from "./heatColour.ts";

describe("heat scale", () => {
  it("is 0 without dwell, 1 at the busiest cell, and a square root between", () => {
    expect(heatScale(0, 600)).toBe(0);
    expect(heatScale(600, 600)).toBe(1);
    expect(heatScale(150, 600)).toBeCloseTo(0.5);
    expect(heatScale(6, 600)).toBeCloseTo(0.1);
  });

  it("never leaves [0, 1], even for a cell above the maximum or an empty map", () => {
    expect(heatScale(900, 600)).toBe(1);
    expect(heatScale(10, 0)).toBe(0);
    expect(heatScale(-5, 600)).toBe(0);
  });
});

describe("heat colour", () => {
  it("is see-through at nothing and a deep, nearly opaque red at the top", () => {
    expect(heatColour(0)[3]).toBe(0);
    expect(heatColour(1)).toEqual([140, 16, 40, 0.95]);
  });

  it("grows more opaque and warmer (less blue) as dwell grows", () => {
    const strengths = [0.05, 0.2, 0.4, 0.6, 0.8, 1];
    const colours = strengths.map(heatColour);
    for (let i = 1; i < colours.length; i++) {
      expect(colours[i]![3]).toBeGreaterThanOrEqual(colours[i - 1]![3]);
      expect(colours[i]![2]).toBeLessThanOrEqual(colours[i - 1]![2]);
    }
  });

  it("goes through gold in the middle of the scale", () => {
    expect(heatColour(0.35)).toEqual([242, 196, 68, 0.7]);
  });

  it("clamps strengths outside the scale", () => {
    expect(heatColour(-1)).toEqual(heatColour(0));
    expect(heatColour(3)).toEqual(heatColour(1));
    expect(heatColour(Number.NaN)).toEqual(heatColour(0));
  });

  it("has a 256-colour palette that matches the function", () => {
    const p = heatPalette();
    expect(p.length).toBe(1024);
    expect([...p.slice(255 * 4, 256 * 4)]).toEqual([140, 16, 40, 242]);
    expect(p[3]).toBe(0);
  });
});

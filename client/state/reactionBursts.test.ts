import { describe, expect, it } from "vitest";
import { BURST_MAX_ALIVE, BURST_MAX_PER_WINDOW, burstSizes, iconsThatFit, reactionTotal } from "./reactionBursts.ts";

describe("reaction bursts", () => {
  it("gives one icon per reaction while few react", () => {
    expect(burstSizes({ applause: 1, heart: 0, fire: 3 })).toEqual({ applause: 1, heart: 0, fire: 3 });
  });

  it("grows more slowly for a large hall and stays within the cap, every kind keeping an icon", () => {
    const sizes = burstSizes({ applause: 900, heart: 2, fire: 40 });
    const sum = sizes.applause + sizes.heart + sizes.fire;
    expect(sum).toBeLessThanOrEqual(BURST_MAX_PER_WINDOW);
    expect(sizes.applause).toBeGreaterThan(sizes.fire);
    expect(sizes.heart).toBeGreaterThanOrEqual(1);
    expect(burstSizes({ applause: 100, heart: 0, fire: 0 }).applause).toBeGreaterThan(burstSizes({ applause: 20, heart: 0, fire: 0 }).applause);
  });

  it("ignores nonsense counts", () => {
    expect(burstSizes({ applause: -3, heart: 0.5, fire: 0 })).toEqual({ applause: 0, heart: 0, fire: 0 });
  });

  it("caps the icons alive at once", () => {
    expect(iconsThatFit(10, 0)).toBe(10);
    expect(iconsThatFit(10, BURST_MAX_ALIVE - 4)).toBe(4);
    expect(iconsThatFit(10, BURST_MAX_ALIVE + 3)).toBe(0);
    expect(reactionTotal({ applause: 2, heart: 3, fire: 1 })).toBe(6);
  });
});

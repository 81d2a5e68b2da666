import { describe, expect, it } from "vitest";
import { clearDistance, WALL_MARGIN, type Box } from "./cameraClearance.ts";

const hall: Box = { x: 0, z: 20, width: 40, depth: 20, height: 12 };
const avatar = { x: 20, y: 1.2, z: 10 };
/** Straight back towards +z (into the hall) and a little up. */
const back = (() => { const l = Math.hypot(0.4, 1); return { x: 0, y: 0.4 / l, z: 1 / l }; })();

describe("the camera's clear distance", () => {
  it("stops in front of a wall that stands between it and the avatar", () => {
    const d = clearDistance(avatar, back, 15, [hall]);
    // The wall is 10 m away along z, so about 10.8 m along the slanted ray, less the margin.
    expect(d).toBeCloseTo(10 * Math.hypot(0.4, 1) - WALL_MARGIN, 5);
  });

  it("keeps the chosen distance when nothing is in the way", () => {
    expect(clearDistance(avatar, { x: 0, y: 0.4 / Math.hypot(0.4, 1), z: -1 / Math.hypot(0.4, 1) }, 15, [hall])).toBe(15);
  });

  it("looks over a building lower than the ray", () => {
    const kiosk: Box = { x: 18, z: 14, width: 4, depth: 2, height: 2 };
    expect(clearDistance(avatar, back, 15, [kiosk])).toBe(15);
  });

  it("takes the nearest of several walls", () => {
    const near: Box = { x: 15, z: 15, width: 10, depth: 2, height: 8 };
    expect(clearDistance(avatar, back, 15, [hall, near])).toBeCloseTo(5 * Math.hypot(0.4, 1) - WALL_MARGIN, 5);
  });

  it("does not pin the camera when the avatar stands inside a box", () => {
    expect(clearDistance({ x: 20, y: 1.2, z: 30 }, back, 15, [hall])).toBe(15);
  });
});

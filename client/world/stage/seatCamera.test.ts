import { describe, expect, it } from "vitest";
import { seatSpot } from "../../../shared/rules/hallSeats.ts";
import { SCREEN } from "./hallLayout.ts";
import { seatCamera } from "./seatCamera.ts";

describe("seat camera", () => {
  it("sits just behind one's own seat and looks at the screen", () => {
    const spot = seatSpot(75);
    const cam = seatCamera(75, "seat", 600);
    expect(cam.position[2]).toBeGreaterThan(spot.z);
    expect(cam.position[2] - spot.z).toBeLessThan(4);
    expect(Math.abs(cam.position[0] - spot.x)).toBeLessThan(1.5);
    expect(cam.target[2]).toBe(SCREEN.z);
    expect(cam.position[1]).toBeGreaterThan(2);
  });

  it("a far seat looks from further back than a near one", () => {
    expect(seatCamera(590, "seat", 600).position[2]).toBeGreaterThan(seatCamera(10, "seat", 600).position[2]);
  });

  it("the wide view (and anyone on stage) looks over the crowd from higher up, closer in a small hall", () => {
    const wide = seatCamera(10, "wide", 600);
    expect(wide.position[2]).toBeGreaterThan(seatSpot(300).z);
    expect(seatCamera(10, "wide", 60).position[2]).toBeLessThan(wide.position[2]);
    expect(wide.position[1]).toBeGreaterThan(seatCamera(10, "seat", 600).position[1]);
    expect(seatCamera(-1, "seat", 600)).toEqual(wide);
  });
});

import { describe, expect, it } from "vitest";
import { stickDirection } from "../net/intentSampler.ts";
import { dragToStick } from "./touchStick.ts";

describe("dragToStick", () => {
  it("does nothing inside the dead zone, though the knob follows the thumb", () => {
    expect(dragToStick(0, 0, 50)).toEqual({ knobX: 0, knobY: 0, stick: null });
    expect(dragToStick(6, -6, 50)).toEqual({ knobX: 6, knobY: -6, stick: null });
  });

  it("reads up the screen as ahead and right as to the right", () => {
    expect(dragToStick(0, -30, 50).stick).toEqual({ ahead: 1, side: 0 });
    expect(dragToStick(30, 0, 50).stick).toEqual({ ahead: 0, side: 1 });
    expect(dragToStick(-20, 20, 50).stick).toEqual({ ahead: -0.71, side: -0.71 });
  });

  it("clamps the knob to the stick's radius and keeps only the direction", () => {
    const reading = dragToStick(0, 200, 50);
    expect(reading.knobX).toBe(0);
    expect(reading.knobY).toBe(50);
    expect(reading.stick).toEqual({ ahead: -1, side: 0 });
  });
});

describe("stickDirection", () => {
  it("turns the push into a world direction the way the keys do (x east, z south)", () => {
    // Camera south of its target (yaw 0): ahead is north, right is east.
    expect(stickDirection({ ahead: 1, side: 0 }, 0)).toEqual([0, -1]);
    expect(stickDirection({ ahead: 0, side: 1 }, 0)).toEqual([1, 0]);
    // Camera east of its target (yaw π/2): ahead is west.
    expect(stickDirection({ ahead: 1, side: 0 }, Math.PI / 2)).toEqual([-1, 0]);
    expect(stickDirection(null, 0)).toBeNull();
  });
});

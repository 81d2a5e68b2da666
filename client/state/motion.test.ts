import { describe, expect, it } from "vitest";
import { advance, angleDelta, emptyTrack, retarget, SEGMENT_MS, snap, SNAP_DISTANCE } from "./motion.ts";

describe("interpolation of remote positions", () => {
  it("moves in a straight line from where it is drawn to the new sample over one segment", () => {
    const t = emptyTrack();
    snap(t, 10, 10, 0, 0);
    retarget(t, 11, 12, 0, 100);
    advance(t, 100);
    expect([t.x, t.z]).toEqual([10, 10]);
    advance(t, 100 + SEGMENT_MS / 4);
    expect(t.x).toBeCloseTo(10.25);
    expect(t.z).toBeCloseTo(10.5);
    advance(t, 100 + SEGMENT_MS * 3);
    expect([t.x, t.z]).toEqual([11, 12]);
  });

  it("starts the next segment from the drawn point when a sample arrives early", () => {
    const t = emptyTrack();
    snap(t, 0, 0, 0, 0);
    retarget(t, 1, 0, 0, 0);
    retarget(t, 2, 0, 0, SEGMENT_MS / 2);
    expect(t.fromX).toBeCloseTo(0.5);
    advance(t, SEGMENT_MS);
    expect(t.x).toBeCloseTo(1.25);
  });

  it("keeps a constant speed for a walker sampled every tick", () => {
    const t = emptyTrack();
    snap(t, 0, 0, 0, 0);
    const speeds: number[] = [];
    let prev = 0;
    for (let tick = 1; tick <= 30; tick++) {
      retarget(t, tick * 0.35, 0, 0, tick * 100);
      advance(t, tick * 100 + 50);
      if (tick > 10) speeds.push((t.x - prev) / 0.1);
      prev = t.x;
    }
    for (const v of speeds) expect(v).toBeCloseTo(3.5, 1);
  });

  it("snaps across long jumps (portals, spawns) instead of sliding", () => {
    const t = emptyTrack();
    snap(t, 0, 0, 0, 0);
    retarget(t, SNAP_DISTANCE + 1, 0, 1, 50);
    advance(t, 50);
    expect(t.x).toBe(SNAP_DISTANCE + 1);
    expect(t.heading).toBe(1);
  });

  it("turns the short way round", () => {
    expect(angleDelta(0.1, Math.PI * 2 - 0.1)).toBeCloseTo(-0.2);
    expect(angleDelta(Math.PI * 2 - 0.1, 0.1)).toBeCloseTo(0.2);
    const t = emptyTrack();
    snap(t, 0, 0, Math.PI * 2 - 0.2, 0);
    retarget(t, 0, 0, 0.2, 0);
    advance(t, SEGMENT_MS / 2);
    expect(Math.cos(t.heading)).toBeCloseTo(1);
    expect(Math.sin(t.heading)).toBeCloseTo(0);
  });
});

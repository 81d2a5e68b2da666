import { describe, expect, it } from "vitest";
import { decodeFrame, dequantizePosition } from "../../shared/protocol/movementFrame.ts";
import type { ParkLayout } from "../../shared/protocol/parkLayout.ts";
import { cellCoord, cellKeyAt } from "../../shared/rules/interestGrid.ts";
import { MovementFrames } from "./movementFrames.ts";
import { ParkSimulation } from "./ParkSimulation.ts";

const layout: ParkLayout = {
  id: "test", name: { "zh-CN": "测试", en: "Test" }, city: { "zh-CN": "北京", en: "Beijing" },
  description: { "zh-CN": "测试", en: "Test" }, size: { width: 200, depth: 200 },
  zones: [{ id: "plaza", kind: "plaza", name: { "zh-CN": "广场", en: "Plaza" }, polygon: [[0, 0], [200, 0], [200, 200]] }],
  buildings: [], boothSlots: [], doors: [], boards: [], decorations: [], portals: [], spawnPoints: [{ id: "main", x: 100, z: 100, rotation: 0 }],
};

/** Decodes a wire message as the SDK would: skip the protocol byte and the one-byte message type. */
const payload = (wire: Uint8Array | null) => (wire ? decodeFrame(wire.subarray(2)) : null);

function world() {
  const sim = new ParkSimulation(layout);
  const frames = new MovementFrames();
  let tick = 0;
  const step = () => {
    sim.tick(0.1, tick * 100);
    frames.prepare(sim.avatars.values(), tick++);
  };
  return { sim, frames, step, settle: () => sim.settle() };
}

describe("movement frames", () => {
  it("gives a newcomer everyone in its cells, then only what changed", () => {
    const w = world();
    const me = w.sim.add("me", 1, { x: 100, z: 100, heading: 0 }, 0);
    w.sim.add("near", 2, { x: 110, z: 100, heading: 0 }, 0);
    w.sim.add("far", 3, { x: 10, z: 10, heading: 0 }, 0);
    w.step();
    const first = payload(w.frames.frameFor(me.cell, undefined))!;
    expect(first.records.map((r) => r.idx).sort()).toEqual([1, 2]);
    expect(first.centreX).toBe(cellCoord(100));
    w.settle();

    w.sim.intent("near", { dir: [1, 0] }, 1000);
    w.step();
    const second = payload(w.frames.frameFor(me.cell, me.cell))!;
    expect(second.records.map((r) => r.idx)).toEqual([2]);
    expect(dequantizePosition(second.records[0]!.x)).toBeCloseTo(110.35, 2);
    w.settle();

    w.sim.intent("near", { stop: true }, 2000);
    w.step();
    w.settle();
    w.step();
    expect(w.frames.frameFor(me.cell, me.cell)).toBeNull(); // nobody moved: nothing to send
  });

  it("shares one frame among clients of the same cell", () => {
    const w = world();
    const a = w.sim.add("a", 1, { x: 100, z: 100, heading: 0 }, 0);
    w.step();
    const one = w.frames.frameFor(a.cell, a.cell);
    expect(w.frames.frameFor(a.cell, a.cell)).toBe(one);
  });

  it("tells viewers where someone went when they walk out of view", () => {
    const w = world();
    const viewer = w.sim.add("viewer", 1, { x: 100, z: 100, heading: 0 }, 0);
    const walker = w.sim.add("walker", 2, { x: 100, z: 128 - 0.1, heading: 0 }, 0); // last row of the viewer's cells
    w.step();
    payload(w.frames.frameFor(viewer.cell, undefined));
    w.settle();
    w.sim.intent("walker", { dir: [0, 1] }, 1000);
    w.step();
    expect(walker.leftCell).not.toBe(-1);
    const frame = payload(w.frames.frameFor(viewer.cell, viewer.cell))!;
    const news = frame.records.find((r) => r.idx === 2)!;
    expect(cellCoord(dequantizePosition(news.z))).toBe(cellCoord(viewer.pose.z) + 2); // now out of view
    w.settle();
    w.step();
    expect(payload(w.frames.frameFor(viewer.cell, viewer.cell))).toBeNull();
  });

  it("sends the cells that come into view whole when the client moves", () => {
    const w = world();
    const mover = w.sim.add("mover", 1, { x: 100, z: 100, heading: 0 }, 0);
    w.sim.add("ahead", 2, { x: 100 + 16 * 2, z: 100, heading: 0 }, 0); // two cells east: not yet in view
    w.step();
    const before = payload(w.frames.frameFor(mover.cell, undefined))!;
    expect(before.records.map((r) => r.idx)).toEqual([1]);
    const previous = mover.cell;
    w.settle();
    mover.pose = { x: 100 + 16, z: 100, heading: 0 }; // one cell east
    w.step();
    expect(mover.cell).toBe(cellKeyAt(116, 100));
    const after = payload(w.frames.frameFor(mover.cell, previous))!;
    expect(after.records.map((r) => r.idx).sort()).toEqual([1, 2]);
  });
});

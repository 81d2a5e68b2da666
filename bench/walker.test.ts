import { describe, expect, it } from "vitest";
import type { ParkLayout } from "../shared/protocol/parkLayout.ts";
import { isWalkable, type WalkArea } from "../shared/rules/movement.ts";
import { pointInPolygon } from "../shared/rules/pointInPolygon.ts";
import { seededRandom } from "../server/services/demoDataRandom.ts";
import { Walker } from "./walker.ts";
import { clearPath } from "../server/park/zoneRoutes.ts";

const layout: ParkLayout = {
  id: "walk", name: { "zh-CN": "走", en: "Walk" }, city: { "zh-CN": "北京", en: "Beijing" },
  description: { "zh-CN": "走", en: "Walk" }, size: { width: 300, depth: 300 },
  zones: [{ id: "plaza", kind: "plaza", name: { "zh-CN": "广场", en: "Plaza" }, polygon: [[0, 0], [300, 0], [300, 300]] }],
  // A building cutting into the wander circle, so picks must step around it.
  buildings: [{ id: "b", x: 155, z: 140, width: 20, depth: 20, height: 5 }],
  boothSlots: [], doors: [], boards: [], portals: [], decorations: [],
  spawnPoints: [{ id: "main", x: 150, z: 150, rotation: 0 }, { id: "far", x: 40, z: 40, rotation: 0 }],
};
const area: WalkArea = { width: 300, depth: 300, obstacles: layout.buildings };

/** Every point the walker heads for over ten simulated minutes, with where it stood when it picked it. */
function targets(walker: Walker): Array<{ to: readonly [number, number]; from: readonly [number, number] }> {
  const out: Array<{ to: readonly [number, number]; from: readonly [number, number] }> = [];
  let last: readonly [number, number] = [150, 150]; // the spawn point
  for (let now = 1_000; now < 601_000; now += 100) {
    const intent = walker.next(now);
    if (!intent || !("to" in intent)) continue;
    if (intent.to[0] !== last[0] || intent.to[1] !== last[1]) {
      out.push({ to: intent.to, from: last });
      last = intent.to;
    }
  }
  return out;
}

describe("bench walker", () => {
  it("keeps every target inside the wander circle, on walkable ground", () => {
    const circle = { x: 150, z: 150, radius: 14 };
    const picked = targets(new Walker(layout, "main", circle));
    expect(picked.length).toBeGreaterThan(20);
    for (const { to: [x, z] } of picked) {
      expect(Math.hypot(x - circle.x, z - circle.z)).toBeLessThanOrEqual(circle.radius);
      expect(isWalkable(area, x, z)).toBe(true);
    }
  });

  it("with a wander circle away from its spawn, heads for the circle at once", () => {
    const circle = { x: 150, z: 150, radius: 14 };
    const walker = new Walker(layout, "far", circle);
    const first = walker.next(1_000);
    expect(first).not.toBeNull();
    expect(first && "to" in first).toBe(true);
    if (first && "to" in first) expect(Math.hypot(first.to[0] - 150, first.to[1] - 150)).toBeLessThanOrEqual(14);
  });

  it("without a wander circle, picks places 10 to 60 m from where it stands", () => {
    const picked = targets(new Walker(layout, "main"));
    expect(picked.length).toBeGreaterThan(5);
    for (const { to, from } of picked) {
      expect(Math.hypot(to[0] - from[0], to[1] - from[1])).toBeLessThanOrEqual(60);
      expect(isWalkable(area, to[0], to[1])).toBe(true);
    }
  });
});

describe("bench walker by zones", () => {
  /** Where the walker stands still over an hour of simulated time, and for how long. */
  function stays(walker: Walker): Array<{ x: number; z: number; ms: number }> {
    const out: Array<{ x: number; z: number; ms: number }> = [];
    let target: readonly [number, number] = [150, 150];
    let stoppedAt: number | null = null;
    for (let now = 1_000; now < 3_601_000; now += 100) {
      const intent = walker.next(now);
      if (!intent) continue;
      if ("stop" in intent) stoppedAt = now;
      else if ("to" in intent) {
        if (stoppedAt !== null) out.push({ x: target[0], z: target[1], ms: now - stoppedAt });
        stoppedAt = null;
        target = intent.to;
      }
    }
    return out;
  }

  it("stops only inside zones, on walkable ground, and stays a while at each", () => {
    const walker = new Walker(layout, "main", undefined, { route: "zones", random: seededRandom("zones") });
    const found = stays(walker);
    expect(found.length).toBeGreaterThan(20);
    for (const s of found) {
      expect(pointInPolygon(s.x, s.z, layout.zones[0]!.polygon)).toBe(true);
      expect(isWalkable(area, s.x, s.z)).toBe(true);
      expect(s.ms).toBeGreaterThanOrEqual(5_000);
    }
  });

  it("walks round a building between stops instead of into it", () => {
    const walled: ParkLayout = {
      ...layout,
      zones: [
        { id: "west", kind: "cafe", name: { "zh-CN": "西", en: "West" }, polygon: [[10, 100], [60, 100], [60, 200], [10, 200]] },
        { id: "east", kind: "plaza", name: { "zh-CN": "东", en: "East" }, polygon: [[240, 100], [290, 100], [290, 200], [240, 200]] },
      ],
      buildings: [{ id: "wall", x: 140, z: 60, width: 20, depth: 180, height: 5 }],
    };
    const walledArea: WalkArea = { width: 300, depth: 300, obstacles: walled.buildings };
    const walker = new Walker(walled, "far", undefined, { route: "zones", random: seededRandom("walled") });
    let from: readonly [number, number] = [40, 40];
    let legs = 0;
    for (let now = 1_000; now < 3_601_000; now += 100) {
      const intent = walker.next(now);
      if (!intent || !("to" in intent) || (intent.to[0] === from[0] && intent.to[1] === from[1])) continue;
      expect(clearPath(walledArea, from, intent.to)).toBe(true);
      from = intent.to;
      legs++;
    }
    expect(legs).toBeGreaterThan(10);
  });
});

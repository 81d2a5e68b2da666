import { describe, expect, it } from "vitest";
import type { ParkLayout, Zone } from "../../shared/protocol/parkLayout.ts";
import { inBoothArea } from "../../shared/rules/boothRules.ts";
import { isWalkable, type WalkArea } from "../../shared/rules/movement.ts";
import { pointInPolygon } from "../../shared/rules/pointInPolygon.ts";
import { seededRandom } from "../services/demoDataRandom.ts";
import {
  BOOTH_LINGER_SECONDS, boothStandPoint, clearPath, pickZone, planVisit, randomPointInZone, routeTo, ZONE_DRAW, ZONE_LINGER_SECONDS, zoneAttractors,
} from "./zoneRoutes.ts";

const zone = (id: string, kind: Zone["kind"], polygon: Array<[number, number]>): Zone => ({ id, kind, name: { "zh-CN": id, en: id }, polygon });

/** A plaza, an L-shaped café with a building in its corner, and an exhibition street with two booths. */
const layout: ParkLayout = {
  id: "routes", name: { "zh-CN": "路", en: "Routes" }, city: { "zh-CN": "北京", en: "Beijing" },
  description: { "zh-CN": "路", en: "Routes" }, size: { width: 200, depth: 200 },
  zones: [
    zone("plaza", "plaza", [[80, 80], [120, 80], [120, 120], [80, 120]]),
    zone("cafe", "cafe", [[10, 10], [60, 10], [60, 30], [30, 30], [30, 60], [10, 60]]),
    zone("street", "exhibition", [[150, 10], [190, 10], [190, 190], [150, 190]]),
  ],
  buildings: [{ id: "kiosk", x: 12, z: 12, width: 10, depth: 10, height: 4 }, { id: "wall", x: 60, z: 90, width: 10, depth: 60, height: 5 }],
  boothSlots: [{ id: "b1", zoneId: "street", x: 160, z: 40, rotation: Math.PI / 2 }, { id: "b2", zoneId: "street", x: 180, z: 120, rotation: -Math.PI / 2 }],
  doors: [], boards: [], portals: [], decorations: [],
  spawnPoints: [{ id: "main", x: 100, z: 100, rotation: 0 }],
};
const area: WalkArea = { width: 200, depth: 200, obstacles: layout.buildings };

describe("zone routes for the demo bots", () => {
  it("pick zones in proportion to their draw", () => {
    const random = seededRandom("pick");
    const counts = new Map<string, number>();
    for (let i = 0; i < 13_000; i++) {
      const z = pickZone(layout.zones, random)!;
      counts.set(z.id, (counts.get(z.id) ?? 0) + 1);
    }
    const total = ZONE_DRAW.plaza + ZONE_DRAW.cafe + ZONE_DRAW.exhibition;
    for (const z of layout.zones) expect(counts.get(z.id)! / 13_000).toBeCloseTo(ZONE_DRAW[z.kind] / total, 1);
    expect(pickZone([], random)).toBeNull();
  });

  it("put random points inside the zone's polygon, never in a building, spread over all of it", () => {
    const random = seededRandom("points");
    const cafe = layout.zones[1]!;
    const points = Array.from({ length: 500 }, () => randomPointInZone(cafe, area, random)!);
    for (const [x, z] of points) {
      expect(pointInPolygon(x, z, cafe.polygon)).toBe(true);
      expect(isWalkable(area, x, z)).toBe(true);
    }
    // Both arms of the L get some.
    expect(points.some(([x, z]) => x > 35 && z < 30)).toBe(true);
    expect(points.some(([x, z]) => x < 30 && z > 35)).toBe(true);
    // A zone that is all building has no point to give.
    const covered = zone("covered", "other", [[13, 13], [20, 13], [20, 20], [13, 20]]);
    expect(randomPointInZone(covered, area, random)).toBeNull();
  });

  it("stand visitors at a booth's counter, inside the booth's area", () => {
    const random = seededRandom("booth");
    for (const slot of layout.boothSlots) {
      for (let i = 0; i < 100; i++) {
        const [x, z] = boothStandPoint(slot, area, random)!;
        expect(inBoothArea(slot, x, z)).toBe(true);
        // In front of the stand: the counter faces along its rotation.
        expect((x - slot.x) * Math.sin(slot.rotation) + (z - slot.z) * Math.cos(slot.rotation)).toBeGreaterThan(1);
      }
    }
  });

  it("walk round a building by a corner point from which both legs are clear", () => {
    const random = seededRandom("route");
    const from: [number, number] = [40, 120];
    const to: [number, number] = [90, 120];
    expect(clearPath(area, from, to)).toBe(false);
    const route = routeTo(area, from, to, random);
    expect(route).toHaveLength(2);
    expect(clearPath(area, from, route[0]!)).toBe(true);
    expect(clearPath(area, route[0]!, to)).toBe(true);
    expect(route[1]).toEqual(to);
    // Round the 60 m wall's end, not by the far side of the park: well under twice the straight way.
    const length = Math.hypot(route[0]![0] - from[0], route[0]![1] - from[1]) + Math.hypot(to[0] - route[0]![0], to[1] - route[0]![1]);
    expect(length).toBeLessThan(100);
    expect(routeTo(area, [100, 100], [110, 110], random)).toEqual([[110, 110]]);
  });

  it("gather most of a zone's stops at its benches, boards, fountain and arrival point", () => {
    const gathering: ParkLayout = {
      ...layout,
      boards: [{ id: "notice", kind: "notice", title: { "zh-CN": "告示", en: "Notices" }, x: 90, z: 90, rotation: 0 }],
      decorations: [{ id: "fountain", kind: "fountain", x: 110, z: 110, rotation: 0 }],
    };
    const plaza = gathering.zones[0]!;
    const attractors = zoneAttractors(gathering, plaza);
    // The board (2.5 m in front of it), the fountain, the arrival point, and benches along the edges.
    expect(attractors.some((a) => a.x === 90 && Math.abs(a.z - 92.5) < 1e-9)).toBe(true);
    expect(attractors.some((a) => a.x === 110 && a.z === 110)).toBe(true);
    expect(attractors.some((a) => a.x === 100 && a.z === 100)).toBe(true);
    expect(attractors.length).toBeGreaterThan(4);
    for (const a of attractors) expect(pointInPolygon(a.x, a.z, plaza.polygon)).toBe(true);
    // Nothing of the plaza's lies in the café.
    expect(zoneAttractors(gathering, gathering.zones[1]!).every((a) => pointInPolygon(a.x, a.z, gathering.zones[1]!.polygon))).toBe(true);

    const random = seededRandom("gather");
    let near = 0;
    let all = 0;
    for (let i = 0; i < 400; i++) {
      for (const s of planVisit({ ...gathering, zones: [plaza] }, area, random)!) {
        all++;
        if (attractors.some((a) => Math.hypot(s.x - a.x, s.z - a.z) <= a.spread + 1e-9)) near++;
      }
    }
    // Six in ten by choice, a few more by chance: the attractors cover a small part of the plaza.
    expect(near / all).toBeGreaterThan(0.55);
  });

  it("plan visits of stops inside one zone, lingering longest at booths and in the café", () => {
    const random = seededRandom("visits");
    let boothStops = 0;
    for (let i = 0; i < 300; i++) {
      const stops = planVisit(layout, area, random)!;
      expect(stops.length).toBeGreaterThan(0);
      const zones = new Set(stops.map((s) => layout.zones.find((z) => pointInPolygon(s.x, s.z, z.polygon))?.id));
      expect(zones.size).toBe(1);
      const [id] = [...zones];
      const kind = layout.zones.find((z) => z.id === id)!.kind;
      for (const s of stops) {
        expect(isWalkable(area, s.x, s.z)).toBe(true);
        // A stop in a booth's area is at its counter, or a street stop that happened to fall there.
        const atBooth = layout.boothSlots.some((b) => inBoothArea(b, s.x, s.z));
        const spans = atBooth ? [BOOTH_LINGER_SECONDS, ZONE_LINGER_SECONDS[kind]] : [ZONE_LINGER_SECONDS[kind]];
        expect(spans.some(([lo, hi]) => s.lingerMs >= lo * 1000 && s.lingerMs <= hi * 1000)).toBe(true);
        if (atBooth) boothStops++;
      }
    }
    expect(boothStops).toBeGreaterThan(50);
    expect(planVisit({ ...layout, zones: [] }, area, random)).toBeNull();
  });
});

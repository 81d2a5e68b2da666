import type { BoothSlot, ParkLayout, Zone, ZoneKind } from "../../shared/protocol/parkLayout.ts";
import { boothSpot, inBoothArea } from "../../shared/rules/boothRules.ts";
import { isWalkable, type WalkArea } from "../../shared/rules/movement.ts";
import { pointInPolygon } from "../../shared/rules/pointInPolygon.ts";
import { furnitureSpots } from "../../shared/rules/furnitureSpots.ts";

/** A source of numbers in [0, 1): Math.random, or a seeded one in tests. */
export type Random = () => number;

/** A place a bot walks to, and how long it stays there (0: it walks straight on). */
export interface Stop { x: number; z: number; lingerMs: number }

/**
 * How strongly each kind of zone draws people, relative to each other. The plaza, the demand hall,
 * the exhibition street and the café are where a park's people spend their day; the meeting wing
 * and the launch hall's forecourt see people pass on their way in; lawns, a stroll.
 */
export const ZONE_DRAW: Record<ZoneKind, number> = {
  plaza: 5, "demand-hall": 4, exhibition: 4, cafe: 4, "launch-hall": 2, "meeting-wing": 1.5, green: 1.5, other: 1,
};

/** How long a stop in each kind of zone lasts, in seconds (from, to): longest over a coffee. */
export const ZONE_LINGER_SECONDS: Record<ZoneKind, readonly [number, number]> = {
  plaza: [5, 40], "demand-hall": [10, 60], exhibition: [3, 15], cafe: [40, 180], "launch-hall": [5, 30],
  "meeting-wing": [5, 20], green: [5, 30], other: [3, 15],
};

/** At a booth's counter people read, talk and take a card: longer than anywhere but the café. */
export const BOOTH_LINGER_SECONDS: readonly [number, number] = [20, 90];

/** In a zone with booths, this share of stops is at a booth's counter. */
const BOOTH_SHARE = 0.7;
/** Elsewhere, this share of stops is at something that holds people (a bench, a board, a fountain). */
const ATTRACTOR_SHARE = 0.6;

/** A place in a zone where people gather, and how far around it they stand. */
export interface Attractor { x: number; z: number; spread: number }

/** Stops per visit to a zone (from, to): a few booths in a row along the exhibition street. */
const STOPS_PER_VISIT: readonly [number, number] = [1, 3];
const BOOTH_STOPS_PER_VISIT: readonly [number, number] = [2, 5];

const between = (random: Random, [from, to]: readonly [number, number]): number => from + (to - from) * random();

/** One zone, each with the chance of its kind's draw; null for a park without zones. */
export function pickZone(zones: readonly Zone[], random: Random): Zone | null {
  const total = zones.reduce((sum, z) => sum + ZONE_DRAW[z.kind], 0);
  if (total <= 0) return null;
  let r = random() * total;
  for (const zone of zones) {
    r -= ZONE_DRAW[zone.kind];
    if (r < 0) return zone;
  }
  return zones[zones.length - 1] ?? null;
}

/** A point inside the zone's polygon where an avatar can stand, uniform over its walkable part; null if none turns up. */
export function randomPointInZone(zone: Zone, area: WalkArea, random: Random, tries = 60): [number, number] | null {
  const xs = zone.polygon.map((p) => p[0]);
  const zs = zone.polygon.map((p) => p[1]);
  const [minX, maxX, minZ, maxZ] = [Math.min(...xs), Math.max(...xs), Math.min(...zs), Math.max(...zs)];
  for (let i = 0; i < tries; i++) {
    const x = minX + (maxX - minX) * random();
    const z = minZ + (maxZ - minZ) * random();
    if (pointInPolygon(x, z, zone.polygon) && isWalkable(area, x, z)) return [x, z];
  }
  return null;
}

/** A place at a booth's counter, a step either way along it, inside the booth's area; null if it is walled in. */
export function boothStandPoint(slot: BoothSlot, area: WalkArea, random: Random): [number, number] | null {
  const front = boothSpot(slot);
  for (let i = 0; i < 10; i++) {
    const side = (random() - 0.5) * 3;
    const back = (random() - 0.5) * 1.2;
    const x = front.x + Math.cos(slot.rotation) * side + Math.sin(slot.rotation) * back;
    const z = front.z - Math.sin(slot.rotation) * side + Math.cos(slot.rotation) * back;
    if (inBoothArea(slot, x, z) && isWalkable(area, x, z)) return [x, z];
  }
  return null;
}

const attractorCache = new WeakMap<ParkLayout, Map<string, Attractor[]>>();

/**
 * Where people gather in a zone: on its benches (as the world places them), in front of its boards,
 * round its decorations (a fountain, a sculpture) and at its arrival points. People do not spread
 * evenly over a plaza; they sit and stand at these, which is what makes a heatmap's hot spots.
 */
export function zoneAttractors(layout: ParkLayout, zone: Zone): Attractor[] {
  let byZone = attractorCache.get(layout);
  if (!byZone) attractorCache.set(layout, (byZone = new Map()));
  const cached = byZone.get(zone.id);
  if (cached) return cached;
  const ahead = (p: { x: number; z: number; rotation: number }, d: number, spread: number): Attractor =>
    ({ x: p.x + Math.sin(p.rotation) * d, z: p.z + Math.cos(p.rotation) * d, spread });
  const all: Attractor[] = [
    ...furnitureSpots(layout).benches.map((b) => ahead(b, 0.4, 0.6)),
    ...layout.boards.map((b) => ahead(b, 2.5, 1.8)),
    ...layout.decorations.map((d) => ({ x: d.x, z: d.z, spread: 3 })),
    ...layout.spawnPoints.map((s) => ({ x: s.x, z: s.z, spread: 3 })),
  ];
  const found = all.filter((a) => pointInPolygon(a.x, a.z, zone.polygon));
  byZone.set(zone.id, found);
  return found;
}

/** A walkable point within an attractor's spread, inside the zone; null if none turns up. */
export function pointNear(a: Attractor, zone: Zone, area: WalkArea, random: Random): [number, number] | null {
  for (let i = 0; i < 10; i++) {
    const angle = random() * Math.PI * 2;
    const r = a.spread * Math.sqrt(random());
    const x = a.x + Math.cos(angle) * r;
    const z = a.z + Math.sin(angle) * r;
    if (pointInPolygon(x, z, zone.polygon) && isWalkable(area, x, z)) return [x, z];
  }
  return null;
}

/** Whether a straight walk from `a` to `b` stays on walkable ground (checked every half metre). */
export function clearPath(area: WalkArea, a: readonly [number, number], b: readonly [number, number]): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 0.5));
  for (let i = 1; i <= steps; i++) {
    if (!isWalkable(area, a[0] + ((b[0] - a[0]) * i) / steps, a[1] + ((b[1] - a[1]) * i) / steps)) return false;
  }
  return true;
}

/**
 * The points to walk through from `from` to `to`: straight there when nothing stands between, else
 * by the nearest-to-the-way corner point from which both legs are clear (around a building, as a
 * person walks), else straight anyway (the server slides the avatar along the wall).
 */
export function routeTo(area: WalkArea, from: readonly [number, number], to: readonly [number, number], random: Random): Array<[number, number]> {
  if (clearPath(area, from, to)) return [[to[0], to[1]]];
  // Of the corner points tried, the one with the shortest walk: round the building, not round the park.
  let best: [number, number] | null = null;
  let bestLength = Infinity;
  for (let i = 0; i < 120; i++) {
    const via: [number, number] = [area.width * random(), area.depth * random()];
    const length = Math.hypot(via[0] - from[0], via[1] - from[1]) + Math.hypot(to[0] - via[0], to[1] - via[1]);
    if (length >= bestLength || !isWalkable(area, via[0], via[1]) || !clearPath(area, from, via) || !clearPath(area, via, to)) continue;
    best = via;
    bestLength = length;
  }
  return best ? [best, [to[0], to[1]]] : [[to[0], to[1]]];
}

/**
 * A visit to one zone, chosen by its draw: one to a few stops inside it, each with a linger; in a
 * zone with booths most stops are at a booth's counter, elsewhere most are where people gather
 * (zoneAttractors). Null for a park without zones (or none with room to stand).
 */
export function planVisit(layout: ParkLayout, area: WalkArea, random: Random): Stop[] | null {
  for (let attempt = 0; attempt < 5; attempt++) {
    const zone = pickZone(layout.zones, random);
    if (!zone) return null;
    const slots = layout.boothSlots.filter((s) => s.zoneId === zone.id);
    const attractors = zoneAttractors(layout, zone);
    const count = Math.round(between(random, slots.length > 0 ? BOOTH_STOPS_PER_VISIT : STOPS_PER_VISIT));
    const stops: Stop[] = [];
    for (let i = 0; i < count; i++) {
      const slot = slots.length > 0 && random() < BOOTH_SHARE ? slots[Math.floor(random() * slots.length)]! : null;
      const attractor = !slot && attractors.length > 0 && random() < ATTRACTOR_SHARE ? attractors[Math.floor(random() * attractors.length)]! : null;
      const at = slot ? boothStandPoint(slot, area, random)
        : (attractor && pointNear(attractor, zone, area, random)) ?? randomPointInZone(zone, area, random);
      if (!at) continue;
      const linger = slot ? BOOTH_LINGER_SECONDS : ZONE_LINGER_SECONDS[zone.kind];
      stops.push({ x: at[0], z: at[1], lingerMs: Math.round(between(random, linger) * 1000) });
    }
    if (stops.length > 0) return stops;
  }
  return null;
}

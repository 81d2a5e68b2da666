import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import { pointInPolygon } from "../../../shared/rules/pointInPolygon.ts";

export interface TreeSpot { x: number; z: number; scale: number }

/** Room left around what people use, so trees never stand in a doorway, a booth or a gate. */
const CLEARANCE = 4;
const SPACING = 11;

/** A small seeded generator: the same park always grows the same trees, on every client. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hash = (s: string): number => [...s].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261);


/**
 * Where decorative trees stand: on the lawn between zones and in green zones, never on paving,
 * in or against a building, or near a booth, door, portal or spawn point. Decoration only: the
 * server knows nothing of them, so they are kept off the places people walk to.
 */
export function treeSpots(layout: ParkLayout): TreeSpot[] {
  const random = mulberry32(hash(layout.id));
  const { width, depth } = layout.size;
  const points = [...layout.boothSlots, ...layout.doors, ...layout.spawnPoints, ...layout.boards, ...layout.decorations];
  const spots: TreeSpot[] = [];
  for (let gz = SPACING / 2; gz < depth; gz += SPACING) {
    for (let gx = SPACING / 2; gx < width; gx += SPACING) {
      const x = gx + (random() - 0.5) * SPACING * 0.7;
      const z = gz + (random() - 0.5) * SPACING * 0.7;
      const scale = 0.8 + random() * 0.5;
      const keep = random();
      if (x < 3 || z < 3 || x > width - 3 || z > depth - 3) continue;
      const zone = layout.zones.find((zn) => pointInPolygon(x, z, zn.polygon));
      // Lawn gets a tree at most grid points; green zones get fewer, so they stay open to walk in.
      if (zone && zone.kind !== "green") continue;
      if (keep > (zone ? 0.35 : 0.6)) continue;
      if (layout.buildings.some((b) => x > b.x - CLEARANCE && x < b.x + b.width + CLEARANCE && z > b.z - CLEARANCE && z < b.z + b.depth + CLEARANCE)) continue;
      if (points.some((p) => Math.hypot(p.x - x, p.z - z) < CLEARANCE * 1.5)) continue;
      if (layout.portals.some((p) => Math.hypot(p.x - x, p.z - z) < p.radius + CLEARANCE * 2)) continue;
      spots.push({ x, z, scale });
    }
  }
  return spots;
}

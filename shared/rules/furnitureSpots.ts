import type { ParkLayout } from "../protocol/parkLayout.ts";

export interface FurnitureSpot { x: number; z: number; rotation: number }
export interface Furniture { benches: FurnitureSpot[]; lamps: FurnitureSpot[] }

/** Benches face into the zones people gather in; lamps light the edges of every zone. */
const SEATING = new Set(["plaza", "cafe", "green", "exhibition"]);
const INSET = 2.5;
const BENCH_EVERY = 14;
const LAMP_EVERY = 18;
const CLEARANCE = 3.5;

/**
 * Where benches and street lamps stand: along the inside of each zone's bounding box, clear of
 * buildings, booths, doors, portals and spawn points. Decoration only, like the trees: the server
 * does not know them, so they never stand where people must walk through.
 */
export function furnitureSpots(layout: ParkLayout): Furniture {
  const points = [...layout.boothSlots, ...layout.doors, ...layout.spawnPoints, ...layout.boards, ...layout.decorations];
  const clear = (x: number, z: number) =>
    !layout.buildings.some((b) => x > b.x - CLEARANCE && x < b.x + b.width + CLEARANCE && z > b.z - CLEARANCE && z < b.z + b.depth + CLEARANCE) &&
    !points.some((p) => Math.hypot(p.x - x, p.z - z) < CLEARANCE) &&
    !layout.portals.some((p) => Math.hypot(p.x - x, p.z - z) < p.radius + CLEARANCE);
  const benches: FurnitureSpot[] = [];
  const lamps: FurnitureSpot[] = [];
  for (const zone of layout.zones) {
    const xs = zone.polygon.map(([x]) => x);
    const zs = zone.polygon.map(([, z]) => z);
    const [x0, x1, z0, z1] = [Math.min(...xs) + INSET, Math.max(...xs) - INSET, Math.min(...zs) + INSET, Math.max(...zs) - INSET];
    if (x1 - x0 < 8 || z1 - z0 < 8) continue;
    // The four edges, each with the rotation that turns a bench towards the zone's middle.
    const edges: Array<[number, number, number, number, number]> = [
      [x0, z0, x1, z0, 0], [x1, z0, x1, z1, -Math.PI / 2], [x1, z1, x0, z1, Math.PI], [x0, z1, x0, z0, Math.PI / 2],
    ];
    for (const [ax, az, bx, bz, rotation] of edges) {
      const length = Math.hypot(bx - ax, bz - az);
      for (let d = LAMP_EVERY / 2; d < length; d += LAMP_EVERY) {
        const x = ax + ((bx - ax) * d) / length;
        const z = az + ((bz - az) * d) / length;
        if (clear(x, z)) lamps.push({ x, z, rotation });
      }
      if (!SEATING.has(zone.kind)) continue;
      for (let d = BENCH_EVERY; d < length - 4; d += BENCH_EVERY) {
        const x = ax + ((bx - ax) * d) / length;
        const z = az + ((bz - az) * d) / length;
        if (clear(x, z) && !lamps.some((l) => Math.hypot(l.x - x, l.z - z) < 2)) benches.push({ x, z, rotation });
      }
    }
  }
  return { benches, lamps };
}

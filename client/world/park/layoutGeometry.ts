import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";

type Point = readonly [number, number];

/** The area-weighted centre of a simple polygon (where its label goes). */
export function polygonCentroid(points: readonly Point[]): [number, number] {
  let area = 0;
  let cx = 0;
  let cz = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, z0] = points[i]!;
    const [x1, z1] = points[(i + 1) % points.length]!;
    const cross = x0 * z1 - x1 * z0;
    area += cross;
    cx += (x0 + x1) * cross;
    cz += (z0 + z1) * cross;
  }
  if (Math.abs(area) < 1e-9) {
    const n = points.length || 1;
    return [points.reduce((s, p) => s + p[0], 0) / n, points.reduce((s, p) => s + p[1], 0) / n];
  }
  return [cx / (3 * area), cz / (3 * area)];
}

/** The height of the roof at a point, or 0 on open ground, so labels float above what stands there. */
export function roofHeightAt(layout: ParkLayout, x: number, z: number): number {
  let h = 0;
  for (const b of layout.buildings) {
    if (x >= b.x && x <= b.x + b.width && z >= b.z && z <= b.z + b.depth) h = Math.max(h, b.height);
  }
  return h;
}

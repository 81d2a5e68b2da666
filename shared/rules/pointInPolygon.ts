/** A corner of a polygon on the ground: [x, z] in metres. */
export type GroundPoint = readonly [number, number];

/** Whether (x, z) lies inside a simple polygon (even-odd rule; a point on an edge may fall either way). */
export function pointInPolygon(x: number, z: number, polygon: readonly GroundPoint[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, zi] = polygon[i]!;
    const [xj, zj] = polygon[j]!;
    if (zi > z !== zj > z && x < ((xj - xi) * (z - zi)) / (zj - zi) + xi) inside = !inside;
  }
  return inside;
}

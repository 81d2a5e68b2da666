/** A building as the camera sees it: a box standing on the ground. */
export interface Box { x: number; z: number; width: number; depth: number; height: number }

/** How far short of a wall the camera stops, so the near plane does not cut into it. */
export const WALL_MARGIN = 0.6;

/**
 * How far the camera may sit from `from` along the unit direction `dir` before a building gets in
 * the way, up to `max`: the distance to the first box the ray enters, less a margin. A camera
 * behind a wall would show the wall, not the avatar; this pulls it in front of the wall instead.
 */
export function clearDistance(
  from: { x: number; y: number; z: number },
  dir: { x: number; y: number; z: number },
  max: number,
  boxes: readonly Box[],
): number {
  let nearest = max;
  for (const b of boxes) {
    const hit = rayEntersBox(from, dir, b);
    if (hit !== null && hit < nearest) nearest = hit;
  }
  return nearest === max ? max : Math.max(0, nearest - WALL_MARGIN);
}

/** Slab test: the distance at which the ray enters the box, or null when it misses it (or starts inside). */
function rayEntersBox(o: { x: number; y: number; z: number }, d: { x: number; y: number; z: number }, b: Box): number | null {
  let near = 0;
  let far = Infinity;
  const slabs: Array<[number, number, number, number]> = [
    [o.x, d.x, b.x, b.x + b.width],
    [o.y, d.y, 0, b.height],
    [o.z, d.z, b.z, b.z + b.depth],
  ];
  for (const [origin, step, lo, hi] of slabs) {
    if (Math.abs(step) < 1e-9) {
      if (origin < lo || origin > hi) return null;
      continue;
    }
    let t1 = (lo - origin) / step;
    let t2 = (hi - origin) / step;
    if (t1 > t2) [t1, t2] = [t2, t1];
    near = Math.max(near, t1);
    far = Math.min(far, t2);
    if (near > far) return null;
  }
  // Starting inside a box (the avatar in a doorway) would pin the camera to its target.
  return near > 0 ? near : null;
}

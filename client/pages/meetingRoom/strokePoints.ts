import { BOARD_UNITS, STROKE_POINTS_MAX } from "../../../shared/protocol/meetingMessages.ts";

/** A pointer position on the board, as a fraction of its width and height (0..1). */
export interface BoardPoint { x: number; y: number }

/** Points closer than this (in board units) to the last one kept add nothing a viewer could see. */
const MIN_STEP = 12;

const toUnits = (f: number): number => Math.round(Math.min(1, Math.max(0, Number.isFinite(f) ? f : 0)) * BOARD_UNITS);

/**
 * A drawn line as the wire wants it: x0, y0, x1, y1, … in whole board units (0..BOARD_UNITS),
 * with points that barely moved dropped, and thinned evenly to at most STROKE_POINTS_MAX points
 * (its first and last always kept). Empty when nothing was drawn.
 */
export function strokeToWire(points: readonly BoardPoint[], max = STROKE_POINTS_MAX): number[] {
  const kept: Array<[number, number]> = [];
  for (const p of points) {
    const q: [number, number] = [toUnits(p.x), toUnits(p.y)];
    const last = kept[kept.length - 1];
    if (last && Math.hypot(q[0] - last[0], q[1] - last[1]) < MIN_STEP) continue;
    kept.push(q);
  }
  // The pointer came up away from the last kept point: end the line where it ended.
  const end = points[points.length - 1];
  if (end && kept.length > 0) {
    const q: [number, number] = [toUnits(end.x), toUnits(end.y)];
    const last = kept[kept.length - 1]!;
    if (q[0] !== last[0] || q[1] !== last[1]) kept.push(q);
  }
  const limit = Math.max(2, max);
  let chosen = kept;
  if (kept.length > limit) {
    chosen = [];
    for (let i = 0; i < limit; i++) chosen.push(kept[Math.round((i * (kept.length - 1)) / (limit - 1))]!);
  }
  return chosen.flat();
}

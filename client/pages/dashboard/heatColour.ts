/**
 * The heatmap's colours: dwell becomes a strength from 0 to 1, and a strength a colour that runs
 * from a faint cool teal through gold and orange to a deep red. The floor plan, its legend and the
 * 3D overlay's key all read these, so the same dwell has the same colour everywhere.
 */

export type Rgba = readonly [r: number, g: number, b: number, a: number];

/** Stops of the scale: strength, colour, opacity (low dwell stays see-through so the plan shows). */
const STOPS: ReadonlyArray<readonly [number, Rgba]> = [
  [0, [56, 168, 170, 0]],
  [0.12, [56, 168, 170, 0.45]],
  [0.35, [242, 196, 68, 0.7]],
  [0.6, [240, 128, 48, 0.82]],
  [0.85, [214, 50, 42, 0.9]],
  [1, [140, 16, 40, 0.95]],
];

/**
 * How strongly dwell shows against the busiest cell: a square root, because dwell is skewed (a
 * bench where people sit for an hour would otherwise leave every path it is compared with blank).
 */
export function heatScale(dwellSeconds: number, maxDwellSeconds: number): number {
  if (!(maxDwellSeconds > 0) || !(dwellSeconds > 0)) return 0;
  return Math.min(1, Math.sqrt(dwellSeconds / maxDwellSeconds));
}

/** The colour of a strength; outside [0, 1] it is clamped. */
export function heatColour(strength: number): Rgba {
  const s = Number.isFinite(strength) ? Math.min(1, Math.max(0, strength)) : 0;
  for (let i = 1; i < STOPS.length; i++) {
    const [to, high] = STOPS[i]!;
    if (s > to && i < STOPS.length - 1) continue;
    const [from, low] = STOPS[i - 1]!;
    const f = to === from ? 1 : (s - from) / (to - from);
    const mix = (k: 0 | 1 | 2 | 3) => low[k] + (high[k] - low[k]) * f;
    return [Math.round(mix(0)), Math.round(mix(1)), Math.round(mix(2)), Math.round(mix(3) * 1000) / 1000];
  }
  return STOPS[STOPS.length - 1]![1];
}

export const rgbaCss = ([r, g, b, a]: Rgba): string => `rgba(${r}, ${g}, ${b}, ${a})`;

/** 256 colours, one per byte of strength, for colouring a canvas's pixels quickly. */
export function heatPalette(): Uint8ClampedArray {
  const out = new Uint8ClampedArray(256 * 4);
  for (let i = 0; i < 256; i++) {
    const [r, g, b, a] = heatColour(i / 255);
    out.set([r, g, b, Math.round(a * 255)], i * 4);
  }
  return out;
}

/** The same colour without see-through (for cells on a white chart, not over a plan). */
export const opaque = ([r, g, b]: Rgba): Rgba => [r, g, b, 1];

import { describe, expect, it } from "vitest";
import type { Heatmap, HeatCell } from "../../../shared/protocol/dashboard.ts";
import { heatColour } from "../../pages/dashboard/heatColour.ts";
import { heatTexels } from "./heatTexels.ts";

const heatmap = (cells: HeatCell[], size = { width: 10, depth: 6 }): Heatmap => ({
  parkId: "home", cellSize: 2, ...size, cells,
  totalDwellSeconds: cells.reduce((n, c) => n + c.dwellSeconds, 0),
  maxDwellSeconds: cells.reduce((n, c) => Math.max(n, c.dwellSeconds), 0),
});
const cell = (cx: number, cz: number, dwellSeconds: number): HeatCell => ({ cx, cz, dwellSeconds, visitors: 1 });
const texel = (t: { columns: number; data: Uint8Array }, cx: number, cz: number) =>
  Array.from(t.data.subarray((cz * t.columns + cx) * 4, (cz * t.columns + cx) * 4 + 4));
const bytes = (strength: number) => {
  const [r, g, b, a] = heatColour(strength);
  return [r, g, b, Math.round(a * 255)];
};

describe("heatmap texels", () => {
  it("lay one texel per cell: columns run along x, rows along z", () => {
    // A 10 × 6 m park in 2 m cells: 5 across, 3 down.
    const t = heatTexels(heatmap([cell(4, 0, 100), cell(0, 2, 100)]));
    expect(t.columns).toBe(5);
    expect(t.rows).toBe(3);
    expect(t.data).toHaveLength(5 * 3 * 4);
    // Cell (4, 0): the far end in x, the near end in z; cell (0, 2) the other way round.
    expect(texel(t, 4, 0)).toEqual(bytes(1));
    expect(texel(t, 0, 2)).toEqual(bytes(1));
    expect(texel(t, 0, 0)).toEqual([0, 0, 0, 0]);
    expect(texel(t, 2, 1)).toEqual([0, 0, 0, 0]);
    expect(texel(t, 4, 2)).toEqual([0, 0, 0, 0]);
  });

  it("count a park whose size is not a whole number of cells up to its last part-cell", () => {
    const t = heatTexels(heatmap([cell(5, 3, 10)], { width: 11, depth: 7 }));
    expect([t.columns, t.rows]).toEqual([6, 4]);
    expect(texel(t, 5, 3)).toEqual(bytes(1));
  });

  it("scale to the busiest cell, on the dashboard's colour scale", () => {
    const t = heatTexels(heatmap([cell(0, 0, 400), cell(1, 0, 100), cell(2, 0, 4)]));
    const [busiest, quarter, least] = [texel(t, 0, 0), texel(t, 1, 0), texel(t, 2, 0)];
    expect(busiest).toEqual(bytes(1));
    // A quarter of the max sits half-way up the (square-root) scale, a hundredth a tenth of the way.
    expect(quarter).toEqual(bytes(0.5));
    expect(least).toEqual(bytes(0.1));
    expect(busiest[3]!).toBeGreaterThan(quarter[3]!);
    expect(quarter[3]!).toBeGreaterThan(least[3]!);
    expect(least[3]!).toBeGreaterThan(0);
  });

  it("stay transparent where there is no dwell, and for an empty heatmap", () => {
    const empty = heatTexels(heatmap([]));
    expect(empty.data.every((b) => b === 0)).toBe(true);
    const zero = heatTexels(heatmap([cell(1, 1, 0), cell(2, 2, 5)]));
    expect(texel(zero, 1, 1)).toEqual([0, 0, 0, 0]);
  });

  it("leave out cells beyond the park's edge instead of wrapping them onto the next row", () => {
    const t = heatTexels(heatmap([cell(5, 0, 50), cell(0, 3, 50)]));
    expect(t.data.every((b) => b === 0)).toBe(true);
  });
});

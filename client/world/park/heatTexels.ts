import type { Heatmap } from "../../../shared/protocol/dashboard.ts";
import { heatColour, heatScale } from "../../pages/dashboard/heatColour.ts";

/** RGBA texels of the heatmap overlay: one texel per cell, row `cz`, column `cx`. */
export interface HeatTexels {
  /** Texels across (world x) and down (world z). */
  columns: number;
  rows: number;
  /** columns × rows × 4 bytes; texel (cx, cz) starts at (cz × columns + cx) × 4. */
  data: Uint8Array;
}

/**
 * A heatmap as the overlay's texture: each cell coloured by the dashboard's scale (heatColour.ts,
 * so a dwell reads the same on the floor plan and on the ground), scaled against the busiest cell,
 * transparent where nobody spent any time. Cells outside the park (a layout made smaller since) are left out.
 */
export function heatTexels(heatmap: Heatmap): HeatTexels {
  const columns = Math.max(1, Math.ceil(heatmap.width / heatmap.cellSize));
  const rows = Math.max(1, Math.ceil(heatmap.depth / heatmap.cellSize));
  const data = new Uint8Array(columns * rows * 4);
  // The answer's max, or the cells' own should it ever be lower.
  const max = heatmap.cells.reduce((m, c) => Math.max(m, c.dwellSeconds), heatmap.maxDwellSeconds);
  for (const cell of heatmap.cells) {
    if (cell.cx >= columns || cell.cz >= rows || cell.dwellSeconds <= 0) continue;
    const [r, g, b, a] = heatColour(heatScale(cell.dwellSeconds, max));
    data.set([r, g, b, Math.round(a * 255)], (cell.cz * columns + cell.cx) * 4);
  }
  return { columns, rows, data };
}

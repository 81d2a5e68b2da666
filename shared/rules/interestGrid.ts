import { INTEREST_CELL_SIZE, MAX_PARK_SIZE } from "../constants.ts";

/** Cells along one side of the largest park: cell coordinates fit a byte. */
export const GRID_SIDE = Math.ceil(MAX_PARK_SIZE / INTEREST_CELL_SIZE);

export const cellCoord = (metres: number): number =>
  Math.min(GRID_SIDE - 1, Math.max(0, Math.floor(metres / INTEREST_CELL_SIZE)));

export const cellKey = (cx: number, cz: number): number => cz * GRID_SIDE + cx;

export const cellKeyAt = (x: number, z: number): number => cellKey(cellCoord(x), cellCoord(z));

/** Whether cell (cx, cz) is among the cells a client centred on (centreX, centreZ) receives. */
export const isCellVisible = (centreX: number, centreZ: number, cx: number, cz: number): boolean =>
  Math.abs(cx - centreX) <= 1 && Math.abs(cz - centreZ) <= 1;

/** Keys of the centre cell and its neighbours that lie on the grid. */
export function visibleCells(centreX: number, centreZ: number): number[] {
  const keys: number[] = [];
  for (let dz = -1; dz <= 1; dz++) {
    for (let dx = -1; dx <= 1; dx++) {
      const cx = centreX + dx;
      const cz = centreZ + dz;
      if (cx >= 0 && cz >= 0 && cx < GRID_SIDE && cz < GRID_SIDE) keys.push(cellKey(cx, cz));
    }
  }
  return keys;
}

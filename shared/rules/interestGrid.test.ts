import { describe, expect, it } from "vitest";
import { INTEREST_CELL_SIZE } from "../constants.ts";
import { cellCoord, cellKey, GRID_SIDE, isCellVisible, visibleCells } from "./interestGrid.ts";

describe("interest grid", () => {
  it("puts positions into cells and clamps the edge", () => {
    expect(cellCoord(0)).toBe(0);
    expect(cellCoord(INTEREST_CELL_SIZE - 0.01)).toBe(0);
    expect(cellCoord(INTEREST_CELL_SIZE)).toBe(1);
    expect(cellCoord(-5)).toBe(0);
    expect(cellCoord(1e6)).toBe(GRID_SIDE - 1);
  });

  it("gives the centre and its eight neighbours, fewer at a corner", () => {
    expect(visibleCells(5, 5)).toHaveLength(9);
    expect(visibleCells(0, 0).sort((a, b) => a - b)).toEqual([cellKey(0, 0), cellKey(1, 0), cellKey(0, 1), cellKey(1, 1)].sort((a, b) => a - b));
  });

  it("sees a neighbour but not two cells away", () => {
    expect(isCellVisible(5, 5, 6, 4)).toBe(true);
    expect(isCellVisible(5, 5, 7, 5)).toBe(false);
  });

  it("always sees everyone within one cell's width", () => {
    for (const [x, z] of [[0.1, 0.1], [31.9, 16.2], [100, 250]] as const) {
      const cx = cellCoord(x), cz = cellCoord(z);
      for (const [ox, oz] of [[INTEREST_CELL_SIZE, 0], [-INTEREST_CELL_SIZE, 0], [0, INTEREST_CELL_SIZE * 0.99]] as const) {
        if (x + ox < 0 || z + oz < 0) continue;
        expect(isCellVisible(cx, cz, cellCoord(x + ox), cellCoord(z + oz))).toBe(true);
      }
    }
  });
});

import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import { layoutProblems } from "../../../shared/rules/layoutValidation.ts";
import { TASK_BOARD_ROWS } from "../../state/taskBoard.ts";
import { rowAtUv, rowCentreUv, TASK_BOARD_BAR, TASK_BOARD_CANVAS, taskBoardRows } from "./taskBoardLayout.ts";

describe("task board rows", () => {
  it("stack under the title bar, inside the face, without overlapping", () => {
    const rows = taskBoardRows(10);
    expect(rows).toHaveLength(TASK_BOARD_ROWS);
    expect(rows[0]!.top).toBeGreaterThan(TASK_BOARD_BAR);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.top).toBeGreaterThan(rows[i - 1]!.top + rows[i - 1]!.height);
    const last = rows[rows.length - 1]!;
    expect(last.top + last.height).toBeLessThan(TASK_BOARD_CANVAS.height);
    // Big enough for a title and a line of details on a 660-pixel face.
    expect(last.height).toBeGreaterThan(70);
  });

  it("keep their size when there are few tasks", () => {
    expect(taskBoardRows(2)).toEqual(taskBoardRows(6).slice(0, 2));
    expect(taskBoardRows(0)).toEqual([]);
  });
});

describe("a click on the board", () => {
  const rows = taskBoardRows(4);

  it("finds the row under it (v grows upwards)", () => {
    rows.forEach((row) => {
      const { u, v } = rowCentreUv(row);
      expect(rowAtUv(u, v, rows)).toBe(row.index);
    });
    // The top of the face is the title bar; the bottom, below the fourth row, is empty.
    expect(rowAtUv(0.5, 0.99, rows)).toBeNull();
    expect(rowAtUv(0.5, 0.02, rows)).toBeNull();
    // Off the rows' sides.
    expect(rowAtUv(0.005, rowCentreUv(rows[0]!).v, rows)).toBeNull();
  });

  it("on the first row's top edge is the first row, just above it the bar", () => {
    const first = rows[0]!;
    const vTop = 1 - first.top / TASK_BOARD_CANVAS.height;
    expect(rowAtUv(0.5, vTop - 1e-6, rows)).toBe(0);
    expect(rowAtUv(0.5, vTop + 0.01, rows)).toBeNull();
  });
});

describe("the shipped parks", () => {
  it.each(["01-home.json", "02-changshu-enclave.json"])("%s has a task board, placed within the rules", (file) => {
    const layout = ParkLayout.parse(JSON.parse(fs.readFileSync(new URL(`../../../assets/parks/${file}`, import.meta.url), "utf8")));
    expect(layoutProblems(layout)).toEqual([]);
    expect(layout.boards.filter((b) => b.kind === "task-board")).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { canRedo, canUndo, HISTORY_LIMIT, preview, record, redo, startHistory, undo } from "./editorHistory.ts";

describe("editor history", () => {
  it("undoes and redoes changes in order; a new change forgets what was undone", () => {
    let h = startHistory("a");
    h = record(h, "b");
    h = record(h, "c");
    expect(canUndo(h)).toBe(true);
    expect(canRedo(h)).toBe(false);
    h = undo(h);
    expect(h.present).toBe("b");
    h = undo(h);
    expect(h.present).toBe("a");
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe("b");
    h = record(h, "d");
    expect(canRedo(h)).toBe(false);
    expect(h.past).toEqual(["a", "b"]);
    expect(redo(h)).toBe(h);
  });

  it("makes a drag one step: previews in between, then one record from where it began", () => {
    let h = record(startHistory(0), 1);
    const from = h.present;
    for (const x of [2, 3, 4]) h = preview(h, x);
    expect(h.past).toEqual([0]);
    h = record(h, h.present, from);
    expect(h.past).toEqual([0, 1]);
    expect(undo(h).present).toBe(1);
  });

  it("ignores a change to the same state, and keeps only the last changes", () => {
    const h = startHistory("x");
    expect(record(h, "x")).toBe(h);
    let long = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 20; i++) long = record(long, i);
    expect(long.past).toHaveLength(HISTORY_LIMIT);
    expect(long.past[0]).toBe(20);
  });
});

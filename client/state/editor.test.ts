import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ParkLayout } from "../../shared/protocol/parkLayout.ts";
import {
  beginDrag, closeEditor, createEditorStore, draftOf, dragTo, edit, endDrag, loadSaved, markConflict, markSaved, markSaving,
  openEditor, rebaseOnto, redoEdit, removeSelected, select, undoEdit,
} from "./editor.ts";
import { changeCount, draftChanges, findItem, moveItem, rotateItem } from "./editorDraft.ts";

const home = ParkLayout.parse(JSON.parse(fs.readFileSync(new URL("../../assets/parks/01-home.json", import.meta.url), "utf8")));
const booth = (id: string) => ({ kind: "boothSlot" as const, id });

function editing() {
  const store = createEditorStore();
  openEditor(store, "home", home, 3);
  return store;
}

describe("the editor store", () => {
  it("makes a whole drag one undoable step, and edits nothing while dragging", () => {
    const store = editing();
    beginDrag(store, booth("booth-1"));
    expect(store.getState().selected).toEqual(booth("booth-1"));
    for (const x of [211, 213, 215]) dragTo(store, x, 42);
    edit(store, (d) => rotateItem(d, booth("booth-1"), 1));
    endDrag(store);
    const s = store.getState();
    expect(findItem(draftOf(s)!, booth("booth-1"))).toMatchObject({ x: 215, z: 42, rotation: 1.5708 });
    expect(s.history!.past).toHaveLength(1);
    undoEdit(store);
    expect(draftOf(store.getState())).toBe(home);
    redoEdit(store);
    expect(findItem(draftOf(store.getState())!, booth("booth-1"))!.x).toBe(215);
  });

  it("removes the selected item, undoably, and forgets a selection that is gone", () => {
    const store = editing();
    select(store, booth("booth-4"));
    removeSelected(store);
    expect(store.getState().selected).toBeNull();
    expect(findItem(draftOf(store.getState())!, booth("booth-4"))).toBeUndefined();
    undoEdit(store);
    expect(findItem(draftOf(store.getState())!, booth("booth-4"))).toBeDefined();
    select(store, booth("nothing-here"));
    expect(store.getState().selected).toBeNull();
  });

  it("starts the history again from what was saved, at the new version", () => {
    const store = editing();
    edit(store, (d) => moveItem(d, booth("booth-1"), 212, 40));
    const sent = draftOf(store.getState())!;
    markSaving(store);
    markSaved(store, sent, 4, [], 1000);
    const s = store.getState();
    expect(s).toMatchObject({ saving: false, baseVersion: 4, base: sent, savedAt: 1000 });
    expect(s.history!.past).toEqual([]);
    expect(changeCount(draftChanges(s.base!, draftOf(s)!))).toBe(0);
  });

  it("keeps the draft on a conflict until the manager chooses: their version, or mine made again on theirs", () => {
    const store = editing();
    edit(store, (d) => moveItem(d, booth("booth-2"), 248, 40));
    markSaving(store);
    markConflict(store, "someone else saved this park since version 3");
    expect(store.getState().conflict).toMatch(/since version 3/);
    expect(findItem(draftOf(store.getState())!, booth("booth-2"))!.x).toBe(248);

    const theirs = moveItem(home, booth("booth-1"), 212, 40);
    rebaseOnto(store, theirs, 4);
    let s = store.getState();
    expect(s.conflict).toBeNull();
    expect(s.baseVersion).toBe(4);
    expect(findItem(draftOf(s)!, booth("booth-1"))!.x).toBe(212);
    expect(findItem(draftOf(s)!, booth("booth-2"))!.x).toBe(248);
    undoEdit(store);
    expect(draftOf(store.getState())).toBe(theirs);

    loadSaved(store, theirs, 4);
    s = store.getState();
    expect(draftOf(s)).toBe(theirs);
    expect(s.history!.past).toEqual([]);
    closeEditor(store);
    expect(store.getState().parkId).toBeNull();
  });
});

import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ParkLayout } from "../../shared/protocol/parkLayout.ts";
import { footprints, footprintsOverlap, layoutProblems } from "../../shared/rules/layoutValidation.ts";
import {
  addItem, canRemove, changeCount, draftChanges, findItem, moveItem, nextId, normaliseAngle, rebaseDraft, removeItem, rotateItem,
  sameJson, updateItem, updatePark, zoneAt,
} from "./editorDraft.ts";

const home = ParkLayout.parse(JSON.parse(fs.readFileSync(new URL("../../assets/parks/01-home.json", import.meta.url), "utf8")));
const booth = (id: string) => ({ kind: "boothSlot" as const, id });

describe("editing a draft", () => {
  it("moves an item to the centimetre, sharing everything else", () => {
    const moved = moveItem(home, booth("booth-3"), 212.3456, 81.001);
    expect(findItem(moved, booth("booth-3"))).toMatchObject({ x: 212.35, z: 81 });
    expect(moved.boothSlots[0]).toBe(home.boothSlots[0]);
    expect(moved.buildings).toBe(home.buildings);
    expect(home.boothSlots[2]!.x).toBe(210);
    expect(moveItem(moved, booth("booth-3"), 212.35, 81)).toBe(moved);
    expect(moveItem(home, booth("nope"), 1, 1)).toBe(home);
  });

  it("moves a zone as a whole by its centre", () => {
    const moved = moveItem(home, { kind: "zone", id: "plaza" }, 160, 150);
    expect(findItem(moved, { kind: "zone", id: "plaza" })!.polygon).toEqual([[120, 110], [200, 110], [200, 190], [120, 190]]);
  });

  it("rotates in steps, keeping angles in (-π, π]", () => {
    let d = rotateItem(home, booth("booth-1"), Math.PI / 2);
    expect(Math.abs(findItem(d, booth("booth-1"))!.rotation)).toBeCloseTo(Math.PI, 3);
    d = rotateItem(d, booth("booth-1"), Math.PI / 2);
    expect(findItem(d, booth("booth-1"))!.rotation).toBeCloseTo(-Math.PI / 2, 3);
    expect(normaliseAngle(-Math.PI)).toBeCloseTo(Math.PI, 3);
    expect(rotateItem(home, { kind: "zone", id: "plaza" }, 1)).toBe(home);
  });

  it("removes items, but never the last zone or the last place to arrive", () => {
    const d = removeItem(home, booth("booth-12"));
    expect(d.boothSlots.map((s) => s.id)).not.toContain("booth-12");
    const oneSpawn = removeItem(home, { kind: "spawnPoint", id: "main" });
    expect(oneSpawn.spawnPoints.map((s) => s.id)).toEqual(["from-changshu"]);
    expect(canRemove(oneSpawn, { kind: "spawnPoint", id: "from-changshu" })).toBe(false);
    expect(removeItem(oneSpawn, { kind: "spawnPoint", id: "from-changshu" })).toBe(oneSpawn);
  });

  it("edits fields of items and the park's own names", () => {
    const d = updateItem(home, { kind: "door", id: "door-clinic" }, { label: { "zh-CN": "专家门诊", en: "Expert clinic" } });
    expect(findItem(d, { kind: "door", id: "door-clinic" })!.label!.en).toBe("Expert clinic");
    expect(updatePark(home, { name: { "zh-CN": "新名", en: "New name" } }).name.en).toBe("New name");
  });

  it("adds new things where the camera looks, with fresh ids, in the zone they stand in, on clear ground", () => {
    const { layout: d, ref } = addItem(home, "boothSlot", 230, 260);
    expect(ref).toEqual(booth("booth-13"));
    expect(findItem(d, ref)).toEqual({ id: "booth-13", zoneId: "exhibition", x: 230, z: 260, rotation: 0 });
    expect(layoutProblems(d)).toEqual([]);

    // In the middle of the Demand Hall: it is put beside the hall instead.
    const inHall = addItem(home, "decoration", 60, 48, { decorationKind: "fountain" });
    expect(inHall.ref).toEqual({ kind: "decoration", id: "fountain-1" });
    expect(layoutProblems(inHall.layout)).toEqual([]);
    const f = findItem(inHall.layout, { kind: "decoration", id: inHall.ref.id })!;
    expect(f.kind).toBe("fountain");
    expect(Math.hypot(f.x - 60, f.z - 48)).toBeLessThanOrEqual(40);

    // Not on top of something already there, though the rules would allow it.
    const second = addItem(inHall.layout, "board", f.x, f.z);
    const b = findItem(second.layout, { kind: "board", id: second.ref.id })!;
    expect(footprintsOverlap(footprints.board(b), footprints.decoration(f))).toBe(false);

    const board = addItem(home, "board", 150, 120, { boardKind: "events" });
    expect(findItem(board.layout, board.ref)).toMatchObject({ kind: "events", zoneId: "plaza", title: { en: "Coming up" } });
    const portal = addItem(home, "portal", 150, 120, { portalTarget: { parkId: "changshu-enclave", spawnId: "main", label: { "zh-CN": "去常熟", en: "To Changshu" } } });
    expect(findItem(portal.layout, portal.ref)).toMatchObject({ id: "portal-1", targetParkId: "changshu-enclave", targetSpawnId: "main", radius: 2.5 });
    // A new zone by the corner is moved in until all of it is inside the park.
    const zone = addItem(home, "zone", 5, 5);
    expect(findItem(zone.layout, zone.ref)).toMatchObject({ id: "zone-1", kind: "other", name: { en: "New area" } });
    expect(layoutProblems(zone.layout)).toEqual([]);
    expect(nextId(home, "booth")).toBe("booth-13");
    expect(zoneAt(home, 150, 150)).toBe("plaza");
    expect(zoneAt(home, 5, 5)).toBeUndefined();
  });
});

describe("what a draft changed", () => {
  it("counts items added, removed and edited, and the park's texts, not reordered keys", () => {
    let d = moveItem(home, booth("booth-1"), 211, 40);
    d = removeItem(d, booth("booth-2"));
    d = addItem(d, "spawnPoint", 150, 120).layout;
    d = updatePark(d, { city: { "zh-CN": "北京丰台", en: "Fengtai, Beijing" } });
    const c = draftChanges(home, d);
    expect(c).toEqual({ added: [{ kind: "spawnPoint", id: "spawn-1" }], removed: [booth("booth-2")], edited: [booth("booth-1")], park: true });
    expect(changeCount(c)).toBe(4);
    // Moved away and back is no change.
    expect(changeCount(draftChanges(home, moveItem(moveItem(home, booth("booth-1"), 1, 1), booth("booth-1"), 210, 40)))).toBe(0);
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });

  it("makes the manager's changes again on a layout someone else saved meanwhile, keeping theirs", () => {
    // Theirs: booth-1 moved, booth-5 removed, a board added as board-1.
    let theirs = moveItem(home, booth("booth-1"), 212, 40);
    theirs = removeItem(theirs, booth("booth-5"));
    theirs = addItem(theirs, "board", 150, 120).layout;
    // Mine: booth-2 moved, booth-3 removed, booth-5 edited, my own board-1 added, park renamed.
    let mine = moveItem(home, booth("booth-2"), 248, 40);
    mine = removeItem(mine, booth("booth-3"));
    mine = moveItem(mine, booth("booth-5"), 211, 120);
    mine = addItem(mine, "board", 120, 150, { boardKind: "events" }).layout;
    mine = updatePark(mine, { name: { "zh-CN": "丰台园", en: "Fengtai" } });

    const merged = rebaseDraft(home, mine, theirs);
    expect(findItem(merged, booth("booth-1"))).toMatchObject({ x: 212 });
    expect(findItem(merged, booth("booth-2"))).toMatchObject({ x: 248 });
    expect(findItem(merged, booth("booth-3"))).toBeUndefined();
    expect(findItem(merged, booth("booth-5"))).toMatchObject({ x: 211 });
    expect(merged.boards.map((b) => [b.id, b.kind])).toEqual([["task-board-hall", "task-board"], ["events-launch-hall", "events"], ["board-1", "notice"], ["board-2", "events"]]);
    expect(merged.name.en).toBe("Fengtai");
    expect(merged.city).toEqual(theirs.city);
    expect(rebaseDraft(home, home, theirs)).toEqual(theirs);
  });
});

import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ParkLayout } from "../protocol/parkLayout.ts";
import { footprintCorners, footprints, footprintsOverlap, layoutProblems, type Footprint } from "./layoutValidation.ts";

const read = (file: string): ParkLayout => ParkLayout.parse(JSON.parse(fs.readFileSync(new URL(`../../assets/parks/${file}`, import.meta.url), "utf8")));
const home = read("01-home.json");

/** A small park: one zone, one building at (40..60, 40..60), one booth slot, one spawn point. */
const park = (): ParkLayout => ({
  id: "test", name: { "zh-CN": "测试", en: "Test" }, city: { "zh-CN": "北京", en: "Beijing" },
  description: { "zh-CN": "测试", en: "Test" }, size: { width: 100, depth: 80 },
  zones: [{ id: "plaza", kind: "plaza", name: { "zh-CN": "广场", en: "Plaza" }, polygon: [[0, 0], [100, 0], [100, 80], [0, 80]] }],
  buildings: [{ id: "hall", name: { "zh-CN": "大厅", en: "Hall" }, x: 40, z: 40, width: 20, depth: 20, height: 8 }],
  boothSlots: [{ id: "booth-1", zoneId: "plaza", x: 10, z: 10, rotation: 0 }],
  doors: [], boards: [], portals: [],
  spawnPoints: [{ id: "main", x: 20, z: 70, rotation: 0 }],
  decorations: [],
});

const box = (cx: number, cz: number, hw: number, hd: number, rotation = 0): Footprint => ({ cx, cz, hw, hd, rotation });

describe("footprints", () => {
  it("turn as the scene turns things: a quarter turn swaps width and depth", () => {
    const turned = footprints.boothSlot({ id: "s", x: 10, z: 10, rotation: Math.PI / 2 });
    const xs = footprintCorners(turned).map(([x]) => x);
    const zs = footprintCorners(turned).map(([, z]) => z);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(3, 6);
    expect(Math.max(...zs) - Math.min(...zs)).toBeCloseTo(4, 6);
  });

  it("overlap when they share ground, not when they only touch or stand apart", () => {
    expect(footprintsOverlap(box(0, 0, 2, 1.5), box(3, 0, 2, 1.5))).toBe(true);
    expect(footprintsOverlap(box(0, 0, 2, 1.5), box(4, 0, 2, 1.5))).toBe(false);
    expect(footprintsOverlap(box(0, 0, 2, 1.5), box(10, 10, 2, 1.5))).toBe(false);
    // Diagonal neighbours whose bounding boxes overlap but whose turned rectangles do not.
    expect(footprintsOverlap(box(0, 0, 2, 0.2, Math.PI / 4), box(1.5, 1.5, 2, 0.2, Math.PI / 4))).toBe(false);
    expect(footprintsOverlap(box(0, 0, 2, 0.2, Math.PI / 4), box(0.5, 0.5, 2, 0.2, -Math.PI / 4))).toBe(true);
  });
});

describe("layout problems", () => {
  it("finds none in the parks we ship", () => {
    expect(layoutProblems(home)).toEqual([]);
    expect(layoutProblems(read("02-changshu-enclave.json"))).toEqual([]);
    expect(layoutProblems(park())).toEqual([]);
  });

  it("names a booth slot that stands on a building, and the building it hits", () => {
    const layout = park();
    layout.boothSlots.push({ id: "booth-2", zoneId: "plaza", x: 38.5, z: 50, rotation: 0 });
    const problems = layoutProblems(layout);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: "overlap", item: { kind: "boothSlot", id: "booth-2", index: 1 }, other: { kind: "building", id: "hall" }, path: ["boothSlots", 1],
    });
    expect(problems[0]!.message).toBe("booth slot booth-2 at (38.5, 50) overlaps building hall (Hall)");
    // Turned a quarter, its 3 m depth now runs along x and it clears the wall.
    layout.boothSlots[1]!.rotation = Math.PI / 2;
    expect(layoutProblems(layout)).toEqual([]);
  });

  it("keeps every kind of placed thing off buildings, by its own footprint", () => {
    const layout = park();
    layout.doors.push({ id: "door-1", zoneId: "plaza", x: 50, z: 39, rotation: 0 });
    layout.boards.push({ id: "board-1", kind: "task-board", zoneId: "plaza", title: { "zh-CN": "任务", en: "Tasks" }, x: 37.7, z: 30, rotation: Math.PI / 2 });
    layout.portals.push({ id: "gate", x: 50, z: 62.5, rotation: 0, radius: 3, targetParkId: "home", targetSpawnId: "main", label: { "zh-CN": "门", en: "Gate" } });
    layout.decorations.push({ id: "fountain-1", kind: "fountain", x: 62, z: 50, rotation: 0 });
    layout.spawnPoints.push({ id: "inside", x: 50, z: 50, rotation: 0 });
    // A door 1 m in front of the wall and a board turned along x stand clear; the rest do not.
    expect(layoutProblems(layout).map((p) => `${p.code} ${p.item.kind} ${p.item.id}`)).toEqual([
      "overlap portal gate", "overlap spawnPoint inside", "overlap decoration fountain-1",
    ]);
    layout.doors[0]!.z = 40.1;
    expect(layoutProblems(layout).map((p) => p.item.id)).toContain("door-1");
  });

  it("keeps booth slots apart from each other", () => {
    const layout = park();
    layout.boothSlots.push({ id: "booth-2", zoneId: "plaza", x: 13, z: 10, rotation: 0 });
    layout.boothSlots.push({ id: "booth-3", zoneId: "plaza", x: 18, z: 10, rotation: 0 });
    const problems = layoutProblems(layout);
    expect(problems.map((p) => p.message)).toEqual(["booth slot booth-2 overlaps booth slot booth-1"]);
    expect(problems[0]).toMatchObject({ path: ["boothSlots", 1], other: { kind: "boothSlot", id: "booth-1" } });
  });

  it("finds whatever lies outside the park, whole or in part", () => {
    const layout = park();
    layout.boothSlots[0]!.x = 1;
    layout.decorations.push({ id: "tree-1", kind: "tree", x: 120, z: 10, rotation: 0 });
    layout.zones[0]!.polygon = [[0, 0], [100, 0], [100, 90]];
    layout.buildings.push({ id: "shed", x: 95, z: 10, width: 10, depth: 5, height: 3 });
    const problems = layoutProblems(layout);
    expect(problems.map((p) => `${p.code} ${p.item.id}`)).toEqual(["outside plaza", "outside shed", "outside booth-1", "outside tree-1"]);
    expect(problems.find((p) => p.item.id === "booth-1")!.message).toBe("booth slot booth-1 at (1, 10) lies outside the park (100 × 80 m)");
    expect(problems[0]!.message).toMatch(/zone plaza has a corner at \(100, 90\), outside the park/);
  });

  it("finds references to zones the park does not have", () => {
    const layout = park();
    layout.boothSlots[0]!.zoneId = "nowhere";
    layout.boards.push({ id: "board-1", kind: "notice", zoneId: "gone", title: { "zh-CN": "公告", en: "Notices" }, x: 30, z: 20, rotation: 0 });
    layout.boards.push({ id: "board-2", kind: "notice", title: { "zh-CN": "公告", en: "Notices" }, x: 30, z: 25, rotation: 0 });
    const problems = layoutProblems(layout);
    expect(problems.map((p) => p.message)).toEqual([
      "booth slot booth-1 names zone nowhere, which this park does not have",
      "board board-1 names zone gone, which this park does not have",
    ]);
    expect(problems[0]!.path).toEqual(["boothSlots", 0, "zoneId"]);
  });

  it("finds an id used twice, across kinds", () => {
    const layout = park();
    layout.decorations.push({ id: "booth-1", kind: "lamp", x: 30, z: 30, rotation: 0 });
    layout.decorations.push({ id: "lamp-1", kind: "lamp", x: 32, z: 30, rotation: 0 });
    layout.decorations.push({ id: "lamp-1", kind: "lamp", x: 34, z: 30, rotation: 0 });
    const problems = layoutProblems(layout);
    expect(problems.map((p) => p.message)).toEqual([
      "decoration booth-1: the id booth-1 is already used by booth slot booth-1",
      "decoration lamp-1: the id lamp-1 is already used by decoration lamp-1",
    ]);
    expect(problems[1]!.path).toEqual(["decorations", 2, "id"]);
  });

  it("checks where portals lead when it knows the other parks, this park as edited included", () => {
    const layout = park();
    layout.portals.push({ id: "to-home", x: 80, z: 20, rotation: 0, radius: 2, targetParkId: "home", targetSpawnId: "from-test", label: { "zh-CN": "回家", en: "Home" } });
    layout.portals.push({ id: "to-mars", x: 80, z: 30, rotation: 0, radius: 2, targetParkId: "mars", targetSpawnId: "main", label: { "zh-CN": "火星", en: "Mars" } });
    layout.portals.push({ id: "loop", x: 80, z: 10, rotation: 0, radius: 2, targetParkId: "test", targetSpawnId: "main", label: { "zh-CN": "回", en: "Back" } });
    expect(layoutProblems(layout)).toEqual([]);
    const parks = new Map([["home", ["main"]], ["test", ["old-spawn"]]]);
    expect(layoutProblems(layout, { parks }).map((p) => p.message)).toEqual([
      "portal to-home leads to spawn point from-test, which park home does not have",
      "portal to-mars leads to park mars, which does not exist",
    ]);
  });

  it("runs inside the schema, so an invalid layout never parses", () => {
    const layout = park();
    layout.boothSlots.push({ id: "booth-2", zoneId: "plaza", x: 50, z: 50, rotation: 0 });
    const result = ParkLayout.safeParse(layout);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["boothSlots.1", "booth slot booth-2 at (50, 50) overlaps building hall (Hall)"],
    ]);
  });

  it("lets older layouts without boards or decorations parse as empty lists", () => {
    const { boards: _b, decorations: _d, ...old } = park();
    const parsed = ParkLayout.parse(old);
    expect(parsed.boards).toEqual([]);
    expect(parsed.decorations).toEqual([]);
  });
});

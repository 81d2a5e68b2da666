import { describe, expect, it } from "vitest";
import { MAX_MOVE_INTENTS_PER_SECOND } from "../../shared/constants.ts";
import { ANIM_IDLE, ANIM_WALK, animForEmote } from "../../shared/protocol/parkMessages.ts";
import type { ParkLayout } from "../../shared/protocol/parkLayout.ts";
import { isWalkable } from "../../shared/rules/movement.ts";
import { ParkSimulation } from "./ParkSimulation.ts";

const layout: ParkLayout = {
  id: "sim", name: { "zh-CN": "模拟", en: "Sim" }, city: { "zh-CN": "北京", en: "Beijing" },
  description: { "zh-CN": "模拟", en: "Sim" }, size: { width: 100, depth: 100 },
  zones: [{ id: "plaza", kind: "plaza", name: { "zh-CN": "广场", en: "Plaza" }, polygon: [[0, 0], [100, 0], [100, 100]] }],
  buildings: [{ id: "b", x: 45, z: 45, width: 10, depth: 10, height: 5 }],
  boothSlots: [], doors: [], boards: [], decorations: [],
  portals: [{ id: "gate", x: 50, z: 90, rotation: 0, radius: 2, targetParkId: "other", targetSpawnId: "arrive", label: { "zh-CN": "门", en: "Gate" } }],
  spawnPoints: [{ id: "main", x: 50, z: 30, rotation: 0 }, { id: "south", x: 50, z: 80, rotation: 0 }],
};

describe("park simulation", () => {
  it("spawns people near the asked spawn point, on walkable ground", () => {
    const sim = new ParkSimulation(layout);
    for (let i = 0; i < 30; i++) {
      const pose = sim.spawnPose("south");
      expect(Math.hypot(pose.x - 50, pose.z - 80)).toBeLessThanOrEqual(3);
      expect(isWalkable(sim.area, pose.x, pose.z)).toBe(true);
    }
    expect(Math.hypot(sim.spawnPose("nowhere").x - 50, sim.spawnPose("nowhere").z - 30)).toBeLessThanOrEqual(3);
  });

  it("counts and ignores intents beyond ten a second", () => {
    const sim = new ParkSimulation(layout);
    sim.add("a", 1, { x: 10, z: 10, heading: 0 }, 0);
    let accepted = 0;
    for (let i = 0; i < 25; i++) if (sim.intent("a", { dir: [1, 0] }, 0)) accepted++;
    expect(accepted).toBe(MAX_MOVE_INTENTS_PER_SECOND);
    expect(sim.rejected.tooFast).toBe(25 - MAX_MOVE_INTENTS_PER_SECOND);
    expect(sim.intent("a", { dir: [1, 0] }, 1000)).toBe(true);
  });

  it("plays an emote, then returns to idle; walking shows as walking", () => {
    const sim = new ParkSimulation(layout);
    const a = sim.add("a", 1, { x: 10, z: 10, heading: 0 }, 0);
    sim.emote("a", { emote: "clap" }, 0);
    sim.tick(0.1, 100);
    expect(a.anim).toBe(animForEmote("clap"));
    sim.tick(0.1, 3100);
    expect(a.anim).toBe(ANIM_IDLE);
    sim.intent("a", { dir: [0, 1] }, 3200);
    sim.tick(0.1, 3300);
    expect(a.anim).toBe(ANIM_WALK);
  });

  it("reports walking into a portal once", () => {
    const sim = new ParkSimulation(layout);
    sim.add("a", 1, { x: 50, z: 86, heading: 0 }, 0);
    sim.intent("a", { dir: [0, 1] }, 0);
    const entered: string[] = [];
    for (let t = 1; t <= 20; t++) for (const e of sim.tick(0.1, t * 100)) if ("portal" in e) entered.push(e.portal.targetParkId);
    expect(entered).toEqual(["other"]);
  });

  const ROOM = "5f0c3c1e-7f55-4a4c-9a36-0c9d7b3b2f10";
  const withDoors: ParkLayout = {
    ...layout,
    // A room's door on the building's north face, facing north (rotation π); a plain door beside it.
    doors: [
      { id: "door-room", zoneId: "plaza", x: 48, z: 44, rotation: Math.PI, meetingRoomId: ROOM },
      { id: "door-plain", zoneId: "plaza", x: 53, z: 44, rotation: Math.PI },
    ],
  };

  it("reports walking through a meeting room's door once, and not through a door that leads nowhere", () => {
    const sim = new ParkSimulation(withDoors);
    sim.add("a", 1, { x: 48, z: 38, heading: 0 }, 0);
    sim.add("b", 2, { x: 53, z: 38, heading: 0 }, 0);
    sim.intent("a", { to: [48, 44] }, 0);
    sim.intent("b", { to: [53, 44] }, 0);
    const entered: string[] = [];
    for (let t = 1; t <= 60; t++) for (const e of sim.tick(0.1, t * 100)) if ("door" in e) entered.push(`${e.avatar.sessionId}:${e.door.meetingRoomId}`);
    expect(entered).toEqual([`a:${ROOM}`]);
  });

  it("puts someone coming out in front of the door, outside its reach, facing away", () => {
    const sim = new ParkSimulation(withDoors);
    const pose = sim.doorPose("door-room")!;
    expect(pose.x).toBeCloseTo(48);
    expect(pose.z).toBeCloseTo(41.5);
    expect(pose.heading).toBeCloseTo(Math.PI);
    expect(sim.doorPose("no-such-door")).toBeNull();
    // Standing there and walking away does not go back in.
    sim.add("a", 1, pose, 0);
    sim.intent("a", { dir: [0, -1] }, 0);
    const entered = Array.from({ length: 20 }, (_, t) => sim.tick(0.1, (t + 1) * 100)).flat();
    expect(entered).toEqual([]);
  });

  it("marks only what changed for the next frame", () => {
    const sim = new ParkSimulation(layout);
    const a = sim.add("a", 1, { x: 10, z: 10, heading: 0 }, 0);
    const b = sim.add("b", 2, { x: 20, z: 10, heading: 0 }, 0);
    sim.tick(0.1, 100);
    sim.settle();
    sim.intent("b", { dir: [1, 0] }, 200);
    sim.tick(0.1, 300);
    expect(a.changed).toBe(false);
    expect(b.changed).toBe(true);
  });

  it("takes a new layout: a new building moves whoever stands in it out through the nearest wall, and blocks walking", () => {
    const sim = new ParkSimulation(layout);
    const inside = sim.add("in", 1, { x: 21, z: 25, heading: 1 }, 0);
    const outside = sim.add("out", 2, { x: 10, z: 10, heading: 0 }, 0);
    sim.intent("in", { to: [30, 25] }, 0);
    sim.tick(0.1, 100);
    sim.settle();
    sim.replaceLayout({ ...layout, buildings: [...layout.buildings, { id: "kiosk", x: 20, z: 20, width: 10, depth: 10, height: 3 }] });
    expect(sim.layout.buildings.map((b) => b.id)).toEqual(["b", "kiosk"]);
    // It stood 1.35 m inside the west wall: it is now just west of it, where it was going is forgotten.
    expect(inside.pose.x).toBeLessThan(20);
    expect(inside.pose.x).toBeGreaterThan(19);
    expect(inside.pose.z).toBeCloseTo(25, 5);
    expect(isWalkable(sim.area, inside.pose.x, inside.pose.z)).toBe(true);
    expect(inside.walk.kind).toBe("idle");
    expect(inside.changed).toBe(true);
    expect(outside.pose).toEqual({ x: 10, z: 10, heading: 0 });
    expect(outside.changed).toBe(false);
    sim.intent("in", { dir: [1, 0] }, 1000);
    for (let t = 11; t <= 30; t++) sim.tick(0.1, t * 100);
    expect(inside.pose.x).toBeLessThan(20);
  });

  it("takes new portals and spawn points; a portal placed on someone fires only when they walk into it again", () => {
    const sim = new ParkSimulation(layout);
    const a = sim.add("a", 1, { x: 70, z: 70, heading: 0 }, 0);
    sim.replaceLayout({
      ...layout,
      portals: [{ ...layout.portals[0]!, id: "east", x: 70, z: 70, targetParkId: "east-park" }],
      spawnPoints: [{ id: "new", x: 20, z: 80, rotation: 0 }],
    });
    expect(Math.hypot(sim.spawnPose("main").x - 20, sim.spawnPose("main").z - 80)).toBeLessThanOrEqual(3);
    const entered: string[] = [];
    sim.intent("a", { dir: [1, 0] }, 0);
    for (let t = 1; t <= 10; t++) for (const e of sim.tick(0.1, t * 100)) if ("portal" in e) entered.push(e.portal.id);
    expect(entered).toEqual([]);
    expect(a.pose.x).toBeGreaterThan(72);
    sim.intent("a", { dir: [-1, 0] }, 1000);
    for (let t = 11; t <= 20; t++) for (const e of sim.tick(0.1, t * 100)) if ("portal" in e) entered.push(e.portal.id);
    expect(entered).toEqual(["east"]);
    // Walking into the old gate's place does nothing any more.
    sim.replaceLayout(layout);
    expect(sim.layout.portals.map((p) => p.id)).toEqual(["gate"]);
  });
});

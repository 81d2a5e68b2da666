import { describe, expect, it } from "vitest";
import { WALK_SPEED } from "../constants.ts";
import { IDLE, isWalkable, stepAvatar, walkFromIntent, type WalkArea } from "./movement.ts";

const area: WalkArea = { width: 100, depth: 100, obstacles: [{ x: 40, z: 40, width: 20, depth: 20 }] };

describe("movement rules", () => {
  it("walks in a direction at walking speed, however long the client's vector", () => {
    const walk = walkFromIntent({ dir: [300, 400] }, area)!;
    const { pose } = stepAvatar({ x: 10, z: 10, heading: 0 }, walk, 1, area);
    expect(Math.hypot(pose.x - 10, pose.z - 10)).toBeCloseTo(WALK_SPEED, 6);
    expect(pose.x - 10).toBeCloseTo(WALK_SPEED * 0.6, 6);
  });

  it("walks to a point and stops there", () => {
    let pose = { x: 10, z: 10, heading: 0 };
    let walk = walkFromIntent({ to: [12, 10] }, area)!;
    for (let i = 0; i < 20 && walk.kind !== "idle"; i++) ({ pose, walk } = stepAvatar(pose, walk, 0.1, area));
    expect(walk).toEqual(IDLE);
    expect(pose.x).toBeCloseTo(12, 6);
  });

  it("refuses a target outside the park", () => {
    expect(walkFromIntent({ to: [-1, 5] }, area)).toBeNull();
    expect(walkFromIntent({ to: [50, 101] }, area)).toBeNull();
  });

  it("treats a zero direction as stopping", () => {
    expect(walkFromIntent({ dir: [0, 0] }, area)).toEqual(IDLE);
  });

  it("never leaves the park", () => {
    let pose = { x: 2, z: 50, heading: 0 };
    const walk = walkFromIntent({ dir: [-1, 0] }, area)!;
    for (let i = 0; i < 50; i++) pose = stepAvatar(pose, walk, 0.1, area).pose;
    expect(pose.x).toBeGreaterThan(0);
    expect(isWalkable(area, pose.x, pose.z)).toBe(true);
  });

  it("slides along a building instead of entering it", () => {
    let pose = { x: 35, z: 45, heading: 0 };
    const walk = walkFromIntent({ dir: [1, 1] }, area)!;
    for (let i = 0; i < 40; i++) pose = stepAvatar(pose, walk, 0.1, area).pose;
    expect(isWalkable(area, pose.x, pose.z)).toBe(true);
    expect(pose.x).toBeLessThan(40);
    expect(pose.z).toBeGreaterThan(50);
  });
});

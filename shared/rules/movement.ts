import { AVATAR_RADIUS, WALK_SPEED } from "../constants.ts";
import type { MoveIntent } from "../protocol/parkMessages.ts";

export interface Obstacle { x: number; z: number; width: number; depth: number }
export interface WalkArea { width: number; depth: number; obstacles: readonly Obstacle[] }
export interface Pose { x: number; z: number; heading: number }

/** What an avatar is currently trying to do, kept by the server between intents. */
export type Walk =
  | { kind: "idle" }
  | { kind: "dir"; dx: number; dz: number }
  | { kind: "to"; x: number; z: number };

export const IDLE: Walk = { kind: "idle" };

/** Within this distance of a target point, the avatar has arrived. */
const ARRIVE_DISTANCE = 0.05;

/** Turns an intent from a client into a walk, or null if it makes no sense for this park. */
export function walkFromIntent(intent: MoveIntent, area: WalkArea): Walk | null {
  if ("stop" in intent) return IDLE;
  if ("dir" in intent) {
    const [dx, dz] = intent.dir;
    const len = Math.hypot(dx, dz);
    if (len < 1e-6) return IDLE;
    return { kind: "dir", dx: dx / len, dz: dz / len };
  }
  const [x, z] = intent.to;
  if (x < 0 || z < 0 || x > area.width || z > area.depth) return null;
  return { kind: "to", x, z };
}

/** Whether a circle of the avatar's radius at (x, z) stands clear of the edge and every building. */
export function isWalkable(area: WalkArea, x: number, z: number): boolean {
  if (x < AVATAR_RADIUS || z < AVATAR_RADIUS || x > area.width - AVATAR_RADIUS || z > area.depth - AVATAR_RADIUS) {
    return false;
  }
  for (const o of area.obstacles) {
    if (
      x > o.x - AVATAR_RADIUS && x < o.x + o.width + AVATAR_RADIUS &&
      z > o.z - AVATAR_RADIUS && z < o.z + o.depth + AVATAR_RADIUS
    ) return false;
  }
  return true;
}

export interface StepResult { pose: Pose; walk: Walk; moved: boolean }

/**
 * Advances one avatar by `dt` seconds at walking speed. Against a wall it slides along it;
 * a walk to a point ends on arrival or when nothing can move it further.
 */
export function stepAvatar(pose: Pose, walk: Walk, dt: number, area: WalkArea): StepResult {
  if (walk.kind === "idle") return { pose, walk, moved: false };
  const maxStep = WALK_SPEED * dt;
  let dx: number;
  let dz: number;
  if (walk.kind === "dir") {
    dx = walk.dx * maxStep;
    dz = walk.dz * maxStep;
  } else {
    const ex = walk.x - pose.x;
    const ez = walk.z - pose.z;
    const dist = Math.hypot(ex, ez);
    if (dist <= ARRIVE_DISTANCE) return { pose, walk: IDLE, moved: false };
    const k = Math.min(1, maxStep / dist);
    dx = ex * k;
    dz = ez * k;
  }
  const heading = Math.atan2(dx, dz);
  // Straight on, else slide along whichever axis is free (a wall or a building's side).
  const tryMove = (x: number, z: number): StepResult | null => {
    if ((x === pose.x && z === pose.z) || !isWalkable(area, x, z)) return null;
    const arrived = walk.kind === "to" && Math.hypot(walk.x - x, walk.z - z) <= ARRIVE_DISTANCE;
    return { pose: { x, z, heading }, walk: arrived ? IDLE : walk, moved: true };
  };
  const moved = tryMove(pose.x + dx, pose.z + dz) ?? tryMove(pose.x + dx, pose.z) ?? tryMove(pose.x, pose.z + dz);
  if (moved) return moved;
  // Blocked on both axes: a walk to a point gives up, a direction waits for the next intent.
  return { pose, walk: walk.kind === "to" ? IDLE : walk, moved: false };
}

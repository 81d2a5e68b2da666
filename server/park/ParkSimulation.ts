import { AVATAR_RADIUS, DOOR_ENTER_RADIUS, DOOR_EXIT_DISTANCE, MAX_MOVE_INTENTS_PER_SECOND } from "../../shared/constants.ts";
import { quantizeHeading, quantizePosition } from "../../shared/protocol/movementFrame.ts";
import {
  ANIM_IDLE, ANIM_WALK, animForEmote, EMOTE_SECONDS, EmoteMessage, MoveIntent,
} from "../../shared/protocol/parkMessages.ts";
import type { Door, ParkLayout, Portal } from "../../shared/protocol/parkLayout.ts";
import { cellKeyAt } from "../../shared/rules/interestGrid.ts";
import { IDLE, isWalkable, stepAvatar, walkFromIntent, type Pose, type Walk, type WalkArea } from "../../shared/rules/movement.ts";
import { fullBucket, take, type Bucket } from "../../shared/rules/tokenBucket.ts";

const walkAreaOf = (layout: ParkLayout): WalkArea => ({ width: layout.size.width, depth: layout.size.depth, obstacles: layout.buildings });

/** How far past a building's wall someone pushed out of it lands: clear of the wall's collision. */
const PUSH_OUT = 0.1;

/**
 * The walkable point nearest to (x, z): first straight out of each building it is in, through
 * the nearest wall, then on growing rings around it (for a point boxed in by several buildings).
 */
export function nearestWalkable(area: WalkArea, x: number, z: number): { x: number; z: number } | null {
  if (isWalkable(area, x, z)) return { x, z };
  const clampX = (v: number) => Math.min(area.width - AVATAR_RADIUS - PUSH_OUT, Math.max(AVATAR_RADIUS + PUSH_OUT, v));
  const clampZ = (v: number) => Math.min(area.depth - AVATAR_RADIUS - PUSH_OUT, Math.max(AVATAR_RADIUS + PUSH_OUT, v));
  const candidates: Array<{ x: number; z: number }> = [{ x: clampX(x), z: clampZ(z) }];
  const reach = AVATAR_RADIUS + PUSH_OUT;
  for (const o of area.obstacles) {
    if (x < o.x - reach || x > o.x + o.width + reach || z < o.z - reach || z > o.z + o.depth + reach) continue;
    candidates.push(
      { x: clampX(o.x - reach), z: clampZ(z) }, { x: clampX(o.x + o.width + reach), z: clampZ(z) },
      { x: clampX(x), z: clampZ(o.z - reach) }, { x: clampX(x), z: clampZ(o.z + o.depth + reach) },
    );
  }
  const distance = (p: { x: number; z: number }) => Math.hypot(p.x - x, p.z - z);
  const direct = candidates.filter((p) => isWalkable(area, p.x, p.z)).sort((a, b) => distance(a) - distance(b))[0];
  if (direct) return direct;
  for (let r = 1; r < Math.max(area.width, area.depth); r += 1) {
    const steps = Math.max(16, Math.ceil(r * 4));
    for (let i = 0; i < steps; i++) {
      const a = (i / steps) * Math.PI * 2;
      const p = { x: x + Math.cos(a) * r, z: z + Math.sin(a) * r };
      if (isWalkable(area, p.x, p.z)) return p;
    }
  }
  return null;
}

/** One person in the park as the simulation sees them. */
export interface SimAvatar {
  readonly sessionId: string;
  readonly idx: number;
  pose: Pose;
  walk: Walk;
  anim: number;
  emoteUntil: number;
  bucket: Bucket;
  /** What clients were last told: quantized position, heading, animation and the cell. */
  qx: number;
  qz: number;
  qh: number;
  qa: number;
  cell: number;
  /** Set by tick when clients must hear of a change; `leftCell` is the cell it just left, or -1. */
  changed: boolean;
  leftCell: number;
  /** The portal or meeting room door the avatar stands in ("portal:<id>", "door:<id>"), so walking
   * through one fires once. */
  inPortal: string | null;
  /** Marks the last frame this avatar was written into (movementFrames dedupes with it). */
  writtenIn: number;
}

/** Someone stepped into a portal (go to another park) or a meeting room's door (go in). */
export type Entered = { avatar: SimAvatar; portal: Portal } | { avatar: SimAvatar; door: Door & { meetingRoomId: string } };

/** Where someone coming out of a door stands: in front of it, outside its enter radius, facing away. */
export function doorExitPose(door: Door): Pose {
  return {
    x: door.x + Math.sin(door.rotation) * DOOR_EXIT_DISTANCE,
    z: door.z + Math.cos(door.rotation) * DOOR_EXIT_DISTANCE,
    heading: door.rotation,
  };
}

export interface Rejections { malformed: number; tooFast: number; outside: number }

/**
 * Where everyone in one park is and where they are going. Pure game logic: no sockets, no
 * Colyseus. The room feeds it intents and a clock; movementFrames reads the result.
 */
export class ParkSimulation {
  readonly avatars = new Map<string, SimAvatar>();
  readonly rejected: Rejections = { malformed: 0, tooFast: 0, outside: 0 };

  private current: ParkLayout;
  private walkArea: WalkArea;

  constructor(layout: ParkLayout) {
    this.current = layout;
    this.walkArea = walkAreaOf(layout);
  }

  get layout(): ParkLayout {
    return this.current;
  }

  get area(): WalkArea {
    return this.walkArea;
  }

  /**
   * A manager saved a new layout: its buildings, portals and spawn points count from now on.
   * Anyone now standing inside a building (or beyond a smaller park's edge) is moved to the
   * nearest open ground; a portal placed where someone stands does not fire until they step
   * into it again.
   */
  replaceLayout(layout: ParkLayout): void {
    this.current = layout;
    this.walkArea = walkAreaOf(layout);
    for (const a of this.avatars.values()) {
      if (!isWalkable(this.walkArea, a.pose.x, a.pose.z)) {
        const spot = nearestWalkable(this.walkArea, a.pose.x, a.pose.z) ?? this.spawnPose();
        a.pose = { x: spot.x, z: spot.z, heading: a.pose.heading };
        a.walk = IDLE;
        a.changed = true;
      }
      a.inPortal = this.standingIn(a.pose);
    }
  }

  /** The portal or room door at a point, as the key `inPortal` keeps. */
  private standingIn(pose: Pose): string | null {
    const portal = this.layout.portals.find((p) => Math.hypot(p.x - pose.x, p.z - pose.z) <= p.radius);
    if (portal) return `portal:${portal.id}`;
    const door = this.roomDoors.find((d) => Math.hypot(d.x - pose.x, d.z - pose.z) <= DOOR_ENTER_RADIUS);
    return door ? `door:${door.id}` : null;
  }

  private get roomDoors(): Array<Door & { meetingRoomId: string }> {
    return this.layout.doors.filter((d): d is Door & { meetingRoomId: string } => d.meetingRoomId !== undefined);
  }

  /** In front of a meeting room's door, coming back out; null when the layout has no such door. */
  doorPose(doorId: string): Pose | null {
    const door = this.layout.doors.find((d) => d.id === doorId);
    if (!door) return null;
    const pose = doorExitPose(door);
    return isWalkable(this.area, pose.x, pose.z) ? pose : null;
  }

  /** A free place near the named spawn point (or the first one), so arrivals do not stack. */
  spawnPose(spawnId?: string): Pose {
    const spawn = this.layout.spawnPoints.find((s) => s.id === spawnId) ?? this.layout.spawnPoints[0]!;
    for (let i = 0; i < 20; i++) {
      const r = i === 0 ? 0 : 0.5 + Math.random() * 2.5;
      const a = Math.random() * Math.PI * 2;
      const x = spawn.x + Math.cos(a) * r;
      const z = spawn.z + Math.sin(a) * r;
      if (isWalkable(this.area, x, z)) return { x, z, heading: spawn.rotation };
    }
    return { x: spawn.x, z: spawn.z, heading: spawn.rotation };
  }

  add(sessionId: string, idx: number, pose: Pose, now: number): SimAvatar {
    const avatar: SimAvatar = {
      sessionId, idx, pose, walk: IDLE, anim: ANIM_IDLE, emoteUntil: 0,
      bucket: fullBucket(MAX_MOVE_INTENTS_PER_SECOND, now),
      qx: -1, qz: -1, qh: -1, qa: -1, cell: cellKeyAt(pose.x, pose.z),
      changed: true, leftCell: -1, inPortal: null, writtenIn: -1,
    };
    this.avatars.set(sessionId, avatar);
    return avatar;
  }

  remove(sessionId: string): void {
    this.avatars.delete(sessionId);
  }

  /** Applies a movement intent. Anything malformed, impossible or too frequent is ignored. */
  intent(sessionId: string, payload: unknown, now: number): boolean {
    const avatar = this.avatars.get(sessionId);
    if (!avatar) return false;
    const parsed = MoveIntent.safeParse(payload);
    if (!parsed.success) return (this.rejected.malformed++, false);
    const limited = take(avatar.bucket, MAX_MOVE_INTENTS_PER_SECOND, MAX_MOVE_INTENTS_PER_SECOND, now);
    avatar.bucket = limited.bucket;
    if (!limited.allowed) return (this.rejected.tooFast++, false);
    const walk = walkFromIntent(parsed.data, this.area);
    if (!walk) return (this.rejected.outside++, false);
    avatar.walk = walk;
    return true;
  }

  emote(sessionId: string, payload: unknown, now: number): boolean {
    const avatar = this.avatars.get(sessionId);
    const parsed = EmoteMessage.safeParse(payload);
    if (!avatar || !parsed.success) return (this.rejected.malformed++, false);
    avatar.walk = IDLE;
    avatar.anim = animForEmote(parsed.data.emote);
    avatar.emoteUntil = now + EMOTE_SECONDS * 1000;
    return true;
  }

  stop(sessionId: string): void {
    const avatar = this.avatars.get(sessionId);
    if (avatar) avatar.walk = IDLE;
  }

  /** Moves everyone by `dt` seconds and marks what clients must be told. Returns the avatars that
   * just stepped into a portal or a meeting room's door. */
  tick(dt: number, now: number): Entered[] {
    const entered: Entered[] = [];
    const doors = this.roomDoors;
    for (const a of this.avatars.values()) {
      const step = stepAvatar(a.pose, a.walk, dt, this.area);
      a.pose = step.pose;
      a.walk = step.walk;
      if (step.moved) a.anim = ANIM_WALK;
      else if (a.anim === ANIM_WALK || (a.anim > ANIM_WALK && now >= a.emoteUntil)) a.anim = ANIM_IDLE;

      const qx = quantizePosition(a.pose.x);
      const qz = quantizePosition(a.pose.z);
      const qh = quantizeHeading(a.pose.heading);
      const cell = cellKeyAt(a.pose.x, a.pose.z);
      a.leftCell = cell !== a.cell ? a.cell : -1;
      a.changed = a.changed || qx !== a.qx || qz !== a.qz || qh !== a.qh || a.anim !== a.qa || a.leftCell !== -1;
      a.qx = qx;
      a.qz = qz;
      a.qh = qh;
      a.qa = a.anim;
      a.cell = cell;

      if (step.moved && (this.layout.portals.length > 0 || doors.length > 0)) {
        const at = this.standingIn(a.pose);
        if (at && at !== a.inPortal) {
          const [kind, id] = at.split(":") as ["portal" | "door", string];
          const portal = kind === "portal" ? this.layout.portals.find((p) => p.id === id) : undefined;
          const door = kind === "door" ? doors.find((d) => d.id === id) : undefined;
          if (portal) entered.push({ avatar: a, portal });
          else if (door) entered.push({ avatar: a, door });
        }
        a.inPortal = at;
      }
    }
    return entered;
  }

  /** After frames went out: nothing is new any more. */
  settle(): void {
    for (const a of this.avatars.values()) {
      a.changed = false;
      a.leftCell = -1;
    }
  }
}

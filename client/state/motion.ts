import { PARK_TICK_MS } from "../../shared/constants.ts";

/**
 * How a remote position is drawn between movement frames. Each new sample starts a straight
 * segment from where the avatar is drawn now to the sample, played over SEGMENT_MS. A segment
 * a little longer than the 100 ms tick keeps walkers moving at constant speed even when frames
 * arrive late, at the cost of drawing them ~50 ms further behind the server.
 */
export const SEGMENT_MS = PARK_TICK_MS * 1.5;

/** Beyond this jump (portal, spawn, a walker seen again after leaving view) an avatar is placed, not walked. */
export const SNAP_DISTANCE = 6;

const TURN = Math.PI * 2;

export interface Track {
  fromX: number;
  fromZ: number;
  fromHeading: number;
  toX: number;
  toZ: number;
  toHeading: number;
  startedAt: number;
  /** Where it is drawn now, written by `advance`. */
  x: number;
  z: number;
  heading: number;
}

export const emptyTrack = (): Track => ({
  fromX: 0, fromZ: 0, fromHeading: 0, toX: 0, toZ: 0, toHeading: 0, startedAt: 0, x: 0, z: 0, heading: 0,
});

/** The signed smallest turn from `a` to `b`, in (-π, π]. */
export function angleDelta(a: number, b: number): number {
  let d = (b - a) % TURN;
  if (d > Math.PI) d -= TURN;
  else if (d <= -Math.PI) d += TURN;
  return d;
}

/** Places the track exactly at a point, with no glide (first sight, teleports). */
export function snap(track: Track, x: number, z: number, heading: number, now: number): void {
  track.fromX = track.toX = track.x = x;
  track.fromZ = track.toZ = track.z = z;
  track.fromHeading = track.toHeading = track.heading = heading;
  track.startedAt = now;
}

/** Starts a glide from the drawn position to a new server sample (or snaps, for long jumps). */
export function retarget(track: Track, x: number, z: number, heading: number, now: number): void {
  advance(track, now);
  if (Math.hypot(x - track.x, z - track.z) > SNAP_DISTANCE) {
    snap(track, x, z, heading, now);
    return;
  }
  track.fromX = track.x;
  track.fromZ = track.z;
  track.fromHeading = track.heading;
  track.toX = x;
  track.toZ = z;
  track.toHeading = heading;
  track.startedAt = now;
}

/** Moves the drawn position along the current segment to time `now`. */
export function advance(track: Track, now: number): void {
  const t = Math.min(1, Math.max(0, (now - track.startedAt) / SEGMENT_MS));
  track.x = track.fromX + (track.toX - track.fromX) * t;
  track.z = track.fromZ + (track.toZ - track.fromZ) * t;
  track.heading = track.fromHeading + angleDelta(track.fromHeading, track.toHeading) * t;
}

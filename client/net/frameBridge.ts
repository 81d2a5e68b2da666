import {
  decodeFrame, dequantizeHeading, dequantizePosition, type DecodedFrame, type MovementRecord,
} from "../../shared/protocol/movementFrame.ts";
import { cellCoord, isCellVisible } from "../../shared/rules/interestGrid.ts";
import { newMotion, notifyFrameChange, type AvatarMotion, type FrameStore } from "../state/frame.ts";
import { retarget, snap } from "../state/motion.ts";

/** A record for an index nobody announced within this time belongs to no one: drop it. */
export const PENDING_TTL_MS = 5000;

/** What the schema says about an avatar (shared/schema/park.ts), minus the frame index. */
export interface AvatarLooks {
  name: string;
  colour: string;
  role: string;
  connected: boolean;
  /** Clothing style (AVATAR_STYLES). */
  style: string;
}

/**
 * Applies one binary movement frame to the store: positions for the avatars it names, then
 * visibility for everyone, from the frame's centre cell, exactly as the server decides it.
 */
export function applyMovementFrame(store: FrameStore, bytes: Uint8Array, now: number): DecodedFrame {
  const frame = decodeFrame(bytes);
  store.centre = { x: frame.centreX, z: frame.centreZ };
  for (const record of frame.records) {
    const motion = store.avatars.get(record.idx);
    if (motion) applyRecord(store, motion, record, now);
    else store.pending.set(record.idx, { record, at: now });
  }
  for (const motion of store.avatars.values()) motion.visible = isVisible(store, motion);
  for (const [idx, entry] of store.pending) {
    if (now - entry.at > PENDING_TTL_MS) store.pending.delete(idx);
  }
  notifyFrameChange(store);
  return frame;
}

/** The schema announced an avatar: track it, and place it if its position came first. */
export function addAvatar(store: FrameStore, sessionId: string, idx: number, looks: AvatarLooks, now: number): AvatarMotion {
  const previous = store.idxBySession.get(sessionId);
  if (previous !== undefined && previous !== idx) store.avatars.delete(previous);
  const motion = newMotion(idx, sessionId);
  Object.assign(motion, looks);
  motion.isSelf = sessionId === store.selfSessionId;
  store.avatars.set(idx, motion);
  store.idxBySession.set(sessionId, idx);
  const early = store.pending.get(idx);
  if (early) {
    store.pending.delete(idx);
    applyRecord(store, motion, early.record, now);
    motion.visible = isVisible(store, motion);
  }
  store.rosterVersion++;
  notifyFrameChange(store);
  return motion;
}

export function updateLooks(store: FrameStore, sessionId: string, looks: Partial<AvatarLooks>): void {
  const idx = store.idxBySession.get(sessionId);
  const motion = idx === undefined ? undefined : store.avatars.get(idx);
  if (!motion) return;
  Object.assign(motion, looks);
  store.rosterVersion++;
  notifyFrameChange(store);
}

/** How long a line said nearby stays above the speaker's head. */
export const BUBBLE_MS = 6000;

/**
 * Puts a line said nearby above the speaker's head until `now + BUBBLE_MS`. Returns false when
 * the speaker has no avatar here (they left, or the line is from before they came).
 */
export function showBubble(store: FrameStore, sessionId: string, text: string, now: number): boolean {
  const idx = store.idxBySession.get(sessionId);
  const motion = idx === undefined ? undefined : store.avatars.get(idx);
  if (!motion) return false;
  motion.bubble = text;
  motion.bubbleUntil = now + BUBBLE_MS;
  notifyFrameChange(store);
  return true;
}

export function removeAvatar(store: FrameStore, sessionId: string): void {
  const idx = store.idxBySession.get(sessionId);
  if (idx === undefined) return;
  store.idxBySession.delete(sessionId);
  store.avatars.delete(idx);
  store.pending.delete(idx);
  store.rosterVersion++;
  notifyFrameChange(store);
}

function applyRecord(store: FrameStore, motion: AvatarMotion, record: MovementRecord, now: number): void {
  const x = dequantizePosition(record.x);
  const z = dequantizePosition(record.z);
  const heading = dequantizeHeading(record.heading);
  // An avatar seen for the first time, or again after it left view, appears where it is now
  // rather than gliding in from wherever it was last seen.
  if (!motion.hasPosition || !motion.visible) snap(motion.track, x, z, heading, now);
  else retarget(motion.track, x, z, heading, now);
  motion.hasPosition = true;
  if (record.anim !== motion.anim) {
    motion.anim = record.anim;
    motion.animSince = now;
  }
  // Visible until the end of the frame says otherwise, so the next record in the same frame glides.
  motion.visible = true;
}

/** Whether the avatar's last known cell is among those the server shows from the current centre. */
function isVisible(store: FrameStore, motion: AvatarMotion): boolean {
  if (!motion.hasPosition || store.centre === null) return false;
  return isCellVisible(store.centre.x, store.centre.z, cellCoord(motion.track.toX), cellCoord(motion.track.toZ));
}

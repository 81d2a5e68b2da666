import { emptyTrack, type Track } from "./motion.ts";
import type { MovementRecord } from "../../shared/protocol/movementFrame.ts";

/**
 * Where everyone is, for the frame loop. Mutable on purpose and never read through React:
 * net/ writes it ten times a second, world/ reads it sixty times a second (style.md habits 8-10).
 */
export interface AvatarMotion {
  readonly idx: number;
  readonly sessionId: string;
  name: string;
  colour: string;
  role: string;
  connected: boolean;
  /** Clothing style (AVATAR_STYLES). */
  style: string;
  isSelf: boolean;
  /** False until the first movement record for this avatar arrived. */
  hasPosition: boolean;
  /** Inside the cells the server currently shows this client. */
  visible: boolean;
  track: Track;
  anim: number;
  /** When `anim` last changed, so an emote plays from its start. */
  animSince: number;
  /** What they last said nearby, shown above their head until `bubbleUntil` (performance.now() time). */
  bubble: string;
  bubbleUntil: number;
}

export interface FrameStore {
  readonly avatars: Map<number, AvatarMotion>;
  readonly idxBySession: Map<string, number>;
  /** Records for an index whose avatar the schema has not announced yet, with when they came. */
  readonly pending: Map<number, { record: MovementRecord; at: number }>;
  centre: { x: number; z: number } | null;
  selfSessionId: string | null;
  /** The camera's yaw, so that "forward" on the keyboard means away from the viewer; null until
   * the camera has taken its place behind you (see `forwardYaw`). */
  cameraYaw: number | null;
  /** Bumped whenever avatars come, go or change looks, so instance colours are rewritten only then. */
  rosterVersion: number;
  /** Bumped by every change net/ makes: the world renders on demand and wakes up on it. */
  version: number;
  readonly listeners: Set<() => void>;
}

export const createFrameStore = (): FrameStore => ({
  avatars: new Map(),
  idxBySession: new Map(),
  pending: new Map(),
  centre: null,
  selfSessionId: null,
  cameraYaw: null,
  rosterVersion: 0,
  version: 0,
  listeners: new Set(),
});

/** Tells whoever draws the store that something changed (the canvas renders only when asked). */
export function notifyFrameChange(store: FrameStore): void {
  store.version++;
  for (const listener of store.listeners) listener();
}

export function subscribeFrameChanges(store: FrameStore, listener: () => void): () => void {
  store.listeners.add(listener);
  return () => store.listeners.delete(listener);
}

export const newMotion = (idx: number, sessionId: string): AvatarMotion => ({
  idx, sessionId, name: "", colour: "#888888", role: "guest", connected: true, style: "classic", isSelf: false,
  hasPosition: false, visible: false, track: emptyTrack(), anim: 0, animSince: 0, bubble: "", bubbleUntil: 0,
});

export function selfMotion(store: FrameStore): AvatarMotion | undefined {
  if (store.selfSessionId === null) return undefined;
  const idx = store.idxBySession.get(store.selfSessionId);
  return idx === undefined ? undefined : store.avatars.get(idx);
}

export function clearFrameStore(store: FrameStore): void {
  store.avatars.clear();
  store.idxBySession.clear();
  store.pending.clear();
  store.centre = null;
  store.selfSessionId = null;
  store.cameraYaw = null;
  store.rosterVersion++;
  notifyFrameChange(store);
}

/**
 * The yaw that "forward" is relative to. Until the camera has placed itself (on a busy machine a key
 * can be pressed before the first frame is drawn), it is where the camera is about to go: behind
 * you, so forward is the way you face.
 */
export function forwardYaw(store: FrameStore): number {
  if (store.cameraYaw !== null) return store.cameraYaw;
  const self = selfMotion(store);
  return self?.hasPosition ? self.track.heading + Math.PI : 0;
}

/** The one store the app draws from; tests make their own with createFrameStore(). */
export const frameStore: FrameStore = createFrameStore();

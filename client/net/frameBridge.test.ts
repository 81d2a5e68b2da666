import { describe, expect, it } from "vitest";
import { INTEREST_CELL_SIZE } from "../../shared/constants.ts";
import {
  FRAME_HEADER_BYTES, quantizeHeading, quantizePosition, RECORD_BYTES, writeFrameHeader, writeRecord, type MovementRecord,
} from "../../shared/protocol/movementFrame.ts";
import { ANIM_IDLE, ANIM_WALK } from "../../shared/protocol/parkMessages.ts";
import { cellCoord } from "../../shared/rules/interestGrid.ts";
import { createFrameStore, selfMotion } from "../state/frame.ts";
import { advance, SEGMENT_MS } from "../state/motion.ts";
import {
  addAvatar, applyMovementFrame, BUBBLE_MS, PENDING_TTL_MS, removeAvatar, showBubble, updateLooks, type AvatarLooks,
} from "./frameBridge.ts";

const looks = (name: string): AvatarLooks => ({ name, colour: "#336699", role: "guest", connected: true, style: "classic" });

/** A record at (x, z) metres, the way the server writes it. */
const at = (idx: number, x: number, z: number, anim = ANIM_IDLE, heading = 0): MovementRecord => ({
  idx, x: quantizePosition(x), z: quantizePosition(z), heading: quantizeHeading(heading), anim,
});

/** A frame as the server sends it, centred on the cell that holds (x, z). */
function frame(centre: [number, number], records: MovementRecord[], tick = 1): Uint8Array {
  const bytes = new Uint8Array(FRAME_HEADER_BYTES + records.length * RECORD_BYTES);
  writeFrameHeader(bytes, cellCoord(centre[0]), cellCoord(centre[1]), tick);
  records.forEach((r, i) => writeRecord(bytes, FRAME_HEADER_BYTES + i * RECORD_BYTES, r));
  return bytes;
}

describe("movement frames into the frame store", () => {
  it("places a known avatar at the decoded position on its first record", () => {
    const store = createFrameStore();
    addAvatar(store, "s1", 3, looks("Ann"), 0);
    applyMovementFrame(store, frame([150, 150], [at(3, 150.25, 149.5, ANIM_IDLE, Math.PI / 2)]), 1000);
    const ann = store.avatars.get(3)!;
    expect(ann.hasPosition).toBe(true);
    expect(ann.visible).toBe(true);
    expect(ann.track.x).toBeCloseTo(150.25, 5);
    expect(ann.track.z).toBeCloseTo(149.5, 5);
    expect(ann.track.heading).toBeCloseTo(Math.PI / 2, 5);
  });

  it("glides to a later record instead of jumping, and arrives after one segment", () => {
    const store = createFrameStore();
    addAvatar(store, "s1", 3, looks("Ann"), 0);
    applyMovementFrame(store, frame([150, 150], [at(3, 150, 150)]), 1000);
    applyMovementFrame(store, frame([150, 150], [at(3, 150.35, 150, ANIM_WALK)]), 1100);
    const track = store.avatars.get(3)!.track;
    advance(track, 1100);
    expect(track.x).toBeCloseTo(150, 5);
    advance(track, 1100 + SEGMENT_MS / 2);
    expect(track.x).toBeCloseTo(150.175, 3);
    advance(track, 1100 + SEGMENT_MS);
    expect(track.x).toBeCloseTo(150.35, 5);
    expect(store.avatars.get(3)!.anim).toBe(ANIM_WALK);
    expect(store.avatars.get(3)!.animSince).toBe(1100);
  });

  it("keeps a record that arrives before its avatar and applies it when the schema announces it", () => {
    const store = createFrameStore();
    applyMovementFrame(store, frame([40, 40], [at(9, 41, 42)]), 500);
    expect(store.avatars.size).toBe(0);
    expect(store.pending.has(9)).toBe(true);

    const late = addAvatar(store, "s9", 9, looks("Bo"), 600);
    expect(store.pending.has(9)).toBe(false);
    expect(late.hasPosition).toBe(true);
    expect(late.visible).toBe(true);
    expect(late.track.x).toBeCloseTo(41, 5);
    expect(late.track.z).toBeCloseTo(42, 5);
  });

  it("forgets records for an index nobody announces", () => {
    const store = createFrameStore();
    applyMovementFrame(store, frame([40, 40], [at(9, 41, 42)]), 0);
    applyMovementFrame(store, frame([40, 40], []), PENDING_TTL_MS + 1);
    expect(store.pending.size).toBe(0);
  });

  it("hides an avatar whose new position is outside the cells in view", () => {
    const store = createFrameStore();
    addAvatar(store, "me", 1, looks("Me"), 0);
    addAvatar(store, "far", 2, looks("Far"), 0);
    applyMovementFrame(store, frame([150, 150], [at(1, 150, 150), at(2, 150 + INTEREST_CELL_SIZE, 150)]), 0);
    expect(store.avatars.get(2)!.visible).toBe(true);
    // It walks two cells away: the server tells the cell it left, and it lands out of view.
    applyMovementFrame(store, frame([150, 150], [at(2, 150 + 2 * INTEREST_CELL_SIZE, 150)]), 100);
    expect(store.avatars.get(2)!.visible).toBe(false);
    expect(store.avatars.get(1)!.visible).toBe(true);
  });

  it("hides avatars left behind when the centre moves, though no record names them", () => {
    const store = createFrameStore();
    addAvatar(store, "me", 1, looks("Me"), 0);
    addAvatar(store, "still", 2, looks("Still"), 0);
    applyMovementFrame(store, frame([150, 150], [at(1, 150, 150), at(2, 150 - INTEREST_CELL_SIZE, 150)]), 0);
    expect(store.avatars.get(2)!.visible).toBe(true);
    applyMovementFrame(store, frame([150 + INTEREST_CELL_SIZE, 150], [at(1, 150 + INTEREST_CELL_SIZE, 150)]), 100);
    expect(store.avatars.get(2)!.visible).toBe(false);
    expect(store.avatars.get(1)!.visible).toBe(true);
  });

  it("places an avatar seen again after leaving view where it is now, without gliding", () => {
    const store = createFrameStore();
    addAvatar(store, "x", 2, looks("X"), 0);
    applyMovementFrame(store, frame([150, 150], [at(2, 150, 150)]), 0);
    applyMovementFrame(store, frame([150, 150], [at(2, 150 + 2 * INTEREST_CELL_SIZE, 150)]), 100);
    expect(store.avatars.get(2)!.visible).toBe(false);
    // Back in view, a few metres from where it was last drawn: no slide across the gap.
    applyMovementFrame(store, frame([150, 150], [at(2, 155, 150)]), 200);
    const m = store.avatars.get(2)!;
    expect(m.visible).toBe(true);
    advance(m.track, 200);
    expect(m.track.x).toBeCloseTo(155, 5);
  });

  it("drops an avatar and its index when the schema removes it", () => {
    const store = createFrameStore();
    addAvatar(store, "s1", 3, looks("Ann"), 0);
    const version = store.rosterVersion;
    removeAvatar(store, "s1");
    expect(store.avatars.size).toBe(0);
    expect(store.idxBySession.size).toBe(0);
    expect(store.rosterVersion).toBeGreaterThan(version);
    // A late record for it is kept only as pending, never drawn.
    applyMovementFrame(store, frame([150, 150], [at(3, 150, 150)]), 10);
    expect(store.avatars.size).toBe(0);
  });

  it("knows which avatar is yours and updates looks from the schema", () => {
    const store = createFrameStore();
    store.selfSessionId = "me";
    addAvatar(store, "other", 4, looks("Other"), 0);
    addAvatar(store, "me", 5, looks("Me"), 0);
    expect(selfMotion(store)?.idx).toBe(5);
    expect(store.avatars.get(4)!.isSelf).toBe(false);
    updateLooks(store, "other", { connected: false });
    expect(store.avatars.get(4)!.connected).toBe(false);
  });

  it("rejects a frame that is not a header plus whole records", () => {
    const store = createFrameStore();
    expect(() => applyMovementFrame(store, new Uint8Array(FRAME_HEADER_BYTES + 3), 0)).toThrow(/malformed/);
  });
});

describe("speech bubbles", () => {
  it("puts a line above the speaker until it expires, and wakes the canvas", () => {
    const store = createFrameStore();
    addAvatar(store, "s1", 3, looks("Ann"), 0);
    const version = store.version;
    expect(showBubble(store, "s1", "hello there", 1000)).toBe(true);
    const ann = store.avatars.get(3)!;
    expect(ann.bubble).toBe("hello there");
    expect(ann.bubbleUntil).toBe(1000 + BUBBLE_MS);
    expect(store.version).toBeGreaterThan(version);
  });

  it("does nothing for someone who has no avatar here", () => {
    const store = createFrameStore();
    expect(showBubble(store, "gone", "hello", 0)).toBe(false);
  });
});

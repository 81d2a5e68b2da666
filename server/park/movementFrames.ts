import { getMessageBytes, Protocol } from "@colyseus/core";
import { FRAME_HEADER_BYTES, RECORD_BYTES, writeFrameHeader, writeRecord } from "../../shared/protocol/movementFrame.ts";
import { MSG_MOVEMENT_FRAME } from "../../shared/protocol/parkMessages.ts";
import { GRID_SIDE, visibleCells } from "../../shared/rules/interestGrid.ts";
import type { SimAvatar } from "./ParkSimulation.ts";

const NO_CELLS: readonly SimAvatar[] = [];

/**
 * Builds each tick's movement frames once per neighbourhood rather than once per client: every
 * client whose centre cell did not change gets the same ready-to-send bytes as its neighbours.
 * A client that just moved into a new centre cell gets a frame of its own, with the cells new to
 * it in full.
 */
export class MovementFrames {
  private members = new Map<number, SimAvatar[]>();
  private changes = new Map<number, SimAvatar[]>();
  private cache = new Map<number, Uint8Array | null>();
  private tick = 0;
  private serial = 0;

  /** Groups the avatars by cell after a simulation tick. */
  prepare(avatars: Iterable<SimAvatar>, tick: number): void {
    this.tick = tick & 0xffff;
    this.members.clear();
    this.changes.clear();
    this.cache.clear();
    for (const a of avatars) {
      push(this.members, a.cell, a);
      if (a.changed) {
        push(this.changes, a.cell, a);
        // The cell it left must hear where it went, so its viewers can let it go.
        if (a.leftCell !== -1) push(this.changes, a.leftCell, a);
      }
    }
  }

  /**
   * The wire message for a client centred on `centre`, whose centre on the previous frame was
   * `previous` (undefined on its first frame), or null when nothing in view changed.
   */
  frameFor(centre: number, previous: number | undefined): Uint8Array | null {
    if (previous === centre) {
      let frame = this.cache.get(centre);
      if (frame === undefined) {
        frame = this.compose(centre, centre);
        this.cache.set(centre, frame);
      }
      return frame;
    }
    return this.compose(centre, previous);
  }

  private compose(centre: number, previous: number | undefined): Uint8Array | null {
    const cx = centre % GRID_SIDE;
    const cz = Math.floor(centre / GRID_SIDE);
    const seen = previous === undefined || previous === centre
      ? null
      : new Set(visibleCells(previous % GRID_SIDE, Math.floor(previous / GRID_SIDE)));
    const sources: Array<readonly SimAvatar[]> = [];
    let count = 0;
    for (const key of visibleCells(cx, cz)) {
      // Cells the client saw last frame need only what changed; cells new to it come whole.
      const known = previous === centre || (seen !== null && seen.has(key));
      const list = (known ? this.changes.get(key) : this.members.get(key)) ?? NO_CELLS;
      if (list.length) {
        sources.push(list);
        count += list.length;
      }
    }
    if (count === 0) return null;
    const serial = ++this.serial;
    const payload = new Uint8Array(FRAME_HEADER_BYTES + count * RECORD_BYTES);
    writeFrameHeader(payload, cx, cz, this.tick);
    let offset = FRAME_HEADER_BYTES;
    for (const list of sources) {
      for (const a of list) {
        if (a.writtenIn === serial) continue;
        a.writtenIn = serial;
        writeRecord(payload, offset, { idx: a.idx, x: a.qx, z: a.qz, heading: a.qh, anim: a.qa });
        offset += RECORD_BYTES;
      }
    }
    return getMessageBytes.raw(Protocol.ROOM_DATA_BYTES, MSG_MOVEMENT_FRAME, undefined, payload.subarray(0, offset));
  }
}

function push(map: Map<number, SimAvatar[]>, key: number, a: SimAvatar): void {
  const list = map.get(key);
  if (list) list.push(a);
  else map.set(key, [a]);
}

import type { Room } from "@colyseus/sdk";
import { decodeFrame, dequantizePosition } from "../../shared/protocol/movementFrame.ts";
import { MSG_MOVEMENT_FRAME } from "../../shared/protocol/parkMessages.ts";
import { PROTOCOL_VERSION } from "../../shared/protocol/version.ts";
import { ParkState } from "../../shared/schema/park.ts";
import type { TestServer } from "./testServer.ts";

export interface Seen { x: number; z: number; anim: number; at: number }

/** An SDK client in a park that remembers every position it was sent, keyed by avatar index. */
export interface ParkProbe {
  room: Room<unknown, ParkState>;
  idx: number;
  /** Every record received, per avatar index, in order. */
  seen: Map<number, Seen[]>;
  last(idx: number): Seen | undefined;
  frames: number;
  /** Every other message received since joining, in order (chat history arrives right after the join). */
  messages: Array<{ type: string | number; payload: unknown }>;
}

export async function joinPark(server: TestServer, token: string, parkId = "home", spawnId?: string, doorId?: string): Promise<ParkProbe> {
  const options = { parkId, protocol: PROTOCOL_VERSION, ...(spawnId ? { spawnId } : {}), ...(doorId ? { doorId } : {}) };
  const room = await server.sdk(token).joinOrCreate("park", options, ParkState);
  room.reconnection.minUptime = 0;
  const probe: ParkProbe = {
    room,
    idx: -1,
    seen: new Map(),
    last: (idx) => probe.seen.get(idx)?.at(-1),
    frames: 0,
    messages: [],
  };
  room.onMessage(MSG_MOVEMENT_FRAME, (bytes: Uint8Array) => {
    probe.frames++;
    for (const r of decodeFrame(bytes).records) {
      const list = probe.seen.get(r.idx) ?? [];
      list.push({ x: dequantizePosition(r.x), z: dequantizePosition(r.z), anim: r.anim, at: Date.now() });
      probe.seen.set(r.idx, list);
    }
  });
  room.onMessage("*", (type: string | number, payload: unknown) => { probe.messages.push({ type, payload }); });
  const deadline = Date.now() + 5000;
  const wait = async (ready: () => boolean, what: string) => {
    while (!ready()) {
      if (Date.now() > deadline) throw new Error(`${what} never arrived`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  await wait(() => room.state.avatars?.get(room.sessionId) !== undefined, "own avatar");
  probe.idx = room.state.avatars.get(room.sessionId)!.idx;
  await wait(() => probe.seen.has(probe.idx), "own position");
  return probe;
}

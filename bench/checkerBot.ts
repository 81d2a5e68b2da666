import { Callbacks, Client, type Room } from "@colyseus/sdk";
import { PARK_TICK_MS, WALK_SPEED } from "../shared/constants.ts";
import { decodeFrame, dequantizePosition } from "../shared/protocol/movementFrame.ts";
import { MSG_MOVE, MSG_MOVEMENT_FRAME, type MoveIntent } from "../shared/protocol/parkMessages.ts";
import type { ParkLayout } from "../shared/protocol/parkLayout.ts";
import { PROTOCOL_VERSION } from "../shared/protocol/version.ts";
import { ParkState } from "../shared/schema/park.ts";
import type { BotCounts } from "./thinBot.ts";
import { ViewParkState } from "./StateViewParkRoom.ts";

/** Slack for a step: quantization (1 cm per axis) and a tick that ran a little late. */
const STEP_SLACK = 0.05;

/**
 * A full SDK client that decodes everything it receives and checks it is right: every position
 * inside the park, nobody moving faster than walking speed, every moving avatar known by name.
 * It also counts visible avatar updates exactly, which thin bots of the baseline cannot.
 */
export class CheckerBot {
  counts: BotCounts = { bytes: 0, updates: 0, records: 0 };
  violations: string[] = [];
  checked = 0;
  private room?: Room<unknown, ParkState> | Room<unknown, ViewParkState>;
  private readonly last = new Map<number, { x: number; z: number; tick: number }>();
  private readonly url: string;
  private readonly layout: ParkLayout;

  constructor(url: string, layout: ParkLayout) {
    this.url = url;
    this.layout = layout;
  }

  async join(roomName: string, token: string, spawnId: string): Promise<void> {
    const client = new Client(this.url);
    client.auth.token = token;
    const options = { parkId: this.layout.id, protocol: PROTOCOL_VERSION, spawnId };
    if (roomName === "park") {
      const room = await client.joinOrCreate(roomName, options, ParkState);
      const known = new Set<number>();
      const cb = Callbacks.get<ParkState>(room);
      cb.onAdd("avatars", (a) => { known.add(a.idx); });
      cb.onRemove("avatars", (a) => { known.delete(a.idx); });
      room.onMessage(MSG_MOVEMENT_FRAME, (bytes: Uint8Array) => {
        const frame = decodeFrame(bytes);
        this.counts.updates++;
        for (const r of frame.records) {
          this.counts.records++;
          if (!known.has(r.idx)) this.violations.push(`position for unknown avatar ${r.idx}`);
          this.check(r.idx, dequantizePosition(r.x), dequantizePosition(r.z), frame.tick);
        }
      });
      this.room = room;
    } else {
      const room = await client.joinOrCreate(roomName, options, ViewParkState);
      const cb = Callbacks.get<ViewParkState>(room);
      let tick = 0;
      room.onStateChange(() => { tick++; this.counts.updates++; });
      cb.onAdd("avatars", (a) => {
        cb.onChange(a, () => {
          this.counts.records++;
          this.check(a.idx, dequantizePosition(a.x), dequantizePosition(a.z), tick);
        });
      });
      this.room = room;
    }
    this.room.onMessage("*", () => undefined);
    // Count every byte that reaches the SDK, before it decodes it.
    const events = this.room.connection.events;
    const onmessage = events.onmessage!;
    events.onmessage = (e: MessageEvent) => {
      const n = (e.data as ArrayBuffer).byteLength;
      this.counts.bytes += n + (n < 126 ? 2 : n < 65536 ? 4 : 10);
      onmessage(e);
    };
  }

  private check(idx: number, x: number, z: number, tick: number): void {
    this.checked++;
    if (x < 0 || z < 0 || x > this.layout.size.width || z > this.layout.size.depth) {
      this.violations.push(`avatar ${idx} outside the park at ${x},${z}`);
    }
    const prev = this.last.get(idx);
    const ticks = prev ? (tick - prev.tick + 65536) % 65536 : 0;
    if (prev && ticks > 0 && ticks < 50) {
      const step = Math.hypot(x - prev.x, z - prev.z);
      if (step > WALK_SPEED * (PARK_TICK_MS / 1000) * ticks + STEP_SLACK) {
        this.violations.push(`avatar ${idx} moved ${step.toFixed(2)} m in ${ticks} ticks`);
      }
    }
    this.last.set(idx, { x, z, tick });
  }

  send(intent: MoveIntent): void {
    this.room?.send(MSG_MOVE, intent);
  }

  reset(): void {
    this.counts = { bytes: 0, updates: 0, records: 0 };
  }

  close(): void {
    void this.room?.leave();
  }
}

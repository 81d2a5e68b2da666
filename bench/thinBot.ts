import { getMessageBytes, Protocol } from "@colyseus/core";
import WebSocket from "ws";
import { FRAME_HEADER_BYTES, RECORD_BYTES } from "../shared/protocol/movementFrame.ts";
import { MSG_MOVE, MSG_MOVEMENT_FRAME, type MoveIntent } from "../shared/protocol/parkMessages.ts";
import { PROTOCOL_VERSION } from "../shared/protocol/version.ts";

/** What one bot counted since the last reset. */
export interface BotCounts { bytes: number; updates: number; records: number }

/** Bytes a websocket frame header adds to a server→client message of `n` bytes (no mask). */
const wsHeader = (n: number) => (n < 126 ? 2 : n < 65536 ? 4 : 10);

export async function guestToken(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/guest`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
  if (!res.ok) throw new Error(`guest entry failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/**
 * A bot that speaks the Colyseus wire protocol without an SDK: it matchmakes over HTTP, opens the
 * room's websocket, answers the join handshake, sends intents, and counts what it receives without
 * decoding it, so a thousand of them fit on a small machine.
 */
export class ThinBot {
  counts: BotCounts = { bytes: 0, updates: 0, records: 0 };
  private ws?: WebSocket;
  private readonly url: string;
  private readonly roomName: string;

  constructor(url: string, roomName: string) {
    this.url = url;
    this.roomName = roomName;
  }

  async join(token: string, parkId: string, spawnId: string): Promise<void> {
    const res = await fetch(`${this.url}/matchmake/joinOrCreate/${this.roomName}`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ parkId, protocol: PROTOCOL_VERSION, spawnId }),
    });
    if (!res.ok) throw new Error(`matchmaking failed: ${res.status} ${await res.text()}`);
    const seat = (await res.json()) as { sessionId: string; roomId: string; processId: string };
    const ws = new WebSocket(`${this.url.replace(/^http/, "ws")}/${seat.processId}/${seat.roomId}?sessionId=${seat.sessionId}`);
    this.ws = ws;
    await new Promise<void>((resolve, reject) => {
      ws.once("error", reject);
      ws.on("message", (data: Buffer) => {
        this.counts.bytes += data.byteLength + wsHeader(data.byteLength);
        const code = data[0]! & 0x1f;
        if (code === Protocol.JOIN_ROOM) {
          ws.send(Uint8Array.of(Protocol.JOIN_ROOM));
          resolve();
        } else if (code === Protocol.ROOM_DATA_BYTES && data[1] === MSG_MOVEMENT_FRAME) {
          this.counts.updates++;
          this.counts.records += (data.byteLength - 2 - FRAME_HEADER_BYTES) / RECORD_BYTES;
        } else if (code === Protocol.ROOM_STATE_PATCH) {
          this.counts.updates++;
        } else if (code === Protocol.ERROR) {
          reject(new Error(`room error: ${data.subarray(1).toString()}`));
        }
      });
    });
  }

  send(intent: MoveIntent): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(getMessageBytes.raw(Protocol.ROOM_DATA, MSG_MOVE, intent));
  }

  reset(): void {
    this.counts = { bytes: 0, updates: 0, records: 0 };
  }

  close(): void {
    this.ws?.close();
  }
}

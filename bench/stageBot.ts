import { CloseCode, getMessageBytes, Protocol } from "@colyseus/core";
import WebSocket from "ws";
import { ROOM_STAGE } from "../shared/protocol/rooms.ts";
import {
  MSG_S_ASK, MSG_S_HAND, MSG_S_REACT, MSG_S_REFUSED, MSG_S_STAGE, MSG_S_VOTE,
  type ReactionKind, type StageRefusal, type StageView,
} from "../shared/protocol/stageMessages.ts";
import { PROTOCOL_VERSION } from "../shared/protocol/version.ts";
import { readRoomMessage } from "./roomMessage.ts";

/** When a bot saw the stage show a page: its own clock (`received`) and the server's (`at`). */
export interface PageSeen { page: number; received: number; at: number }

/** Bytes a websocket frame header adds to a server→client message of `n` bytes (no mask). */
const wsHeader = (n: number) => (n < 126 ? 2 : n < 65536 ? 4 : 10);

/** What a frame is, for the byte breakdown: the state's patches, or a room message by its type. */
function frameKind(data: Buffer): string {
  const code = data[0]! & 0x1f;
  if (code === Protocol.ROOM_STATE) return "state (full)";
  if (code === Protocol.ROOM_STATE_PATCH) return "state (patches)";
  if (code === Protocol.ROOM_DATA) return String(readRoomMessage(data, () => false)?.type ?? "room data");
  return `code ${code}`;
}

/**
 * An audience member that speaks the Colyseus wire protocol without an SDK: it matchmakes into an
 * event's hall over HTTP, answers the join handshake, counts every byte it receives (by kind, for the
 * breakdown), and decodes only the stage messages (MSG_S_STAGE), to time slide changes and hear of
 * the countdown. It sends what people in a hall send: reactions, a hand, questions and votes.
 */
export class ThinStageBot {
  bytes = 0;
  readonly bytesByKind = new Map<string, number>();
  pages: PageSeen[] = [];
  readonly refusals = new Map<string, number>();
  roomId = "";
  /** The latest countdown the stage announced (server epoch ms), so the process can time the burst. */
  countdownEndsAt: number | null = null;
  private ws?: WebSocket;
  private readonly url: string;

  constructor(url: string) {
    this.url = url;
  }

  async join(token: string, eventId: string): Promise<void> {
    const res = await fetch(`${this.url}/matchmake/joinOrCreate/${ROOM_STAGE}`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ eventId, protocol: PROTOCOL_VERSION }),
    });
    if (!res.ok) throw new Error(`matchmaking failed: ${res.status} ${await res.text()}`);
    const seat = (await res.json()) as { sessionId: string; roomId: string; processId: string };
    this.roomId = seat.roomId;
    const ws = new WebSocket(`${this.url.replace(/^http/, "ws")}/${seat.processId}/${seat.roomId}?sessionId=${seat.sessionId}`);
    this.ws = ws;
    await new Promise<void>((resolve, reject) => {
      ws.once("error", reject);
      ws.once("close", (code) => reject(new Error(`closed before joining (${code})`)));
      ws.on("message", (data: Buffer) => {
        const received = Date.now();
        const n = data.byteLength + wsHeader(data.byteLength);
        this.bytes += n;
        const kind = frameKind(data);
        this.bytesByKind.set(kind, (this.bytesByKind.get(kind) ?? 0) + n);
        const code = data[0]! & 0x1f;
        if (code === Protocol.JOIN_ROOM) {
          ws.send(Uint8Array.of(Protocol.JOIN_ROOM));
          resolve();
        } else if (kind === MSG_S_STAGE) {
          const view = readRoomMessage(data)?.payload as StageView;
          this.pages.push({ page: view.page, received, at: view.at });
          this.countdownEndsAt = view.countdownEndsAt;
        } else if (kind === MSG_S_REFUSED) {
          const refusal = readRoomMessage(data)?.payload as StageRefusal;
          const key = `${refusal.action}: ${refusal.reason}`;
          this.refusals.set(key, (this.refusals.get(key) ?? 0) + 1);
        } else if (code === Protocol.ERROR) {
          reject(new Error(`room error: ${data.subarray(1).toString()}`));
        }
      });
    });
  }

  private send(type: string, payload: unknown): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(getMessageBytes.raw(Protocol.ROOM_DATA, type, payload));
  }

  react(kind: ReactionKind): void { this.send(MSG_S_REACT, { kind }); }
  hand(raised: boolean): void { this.send(MSG_S_HAND, { raised }); }
  ask(text: string): void { this.send(MSG_S_ASK, { text }); }
  vote(questionId: string): void { this.send(MSG_S_VOTE, { questionId }); }

  /** Whether the socket is still open (a bot the room closed would otherwise look like a quiet one). */
  get open(): boolean {
    return this.ws?.readyState === WebSocket.OPEN;
  }

  reset(): void {
    this.bytes = 0;
    this.bytesByKind.clear();
    this.pages = [];
    this.refusals.clear();
  }

  /** Leaves as the SDK's room.leave() does (a consented close), so the room does not hold the seat for a reconnection. */
  close(): void {
    this.ws?.close(CloseCode.CONSENTED);
  }
}

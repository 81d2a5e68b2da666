import {
  CHAT_BURST, CHAT_HISTORY_LINES, ChatMessage, LOCAL_CHAT_RADIUS, type ChatLine, type ChatRefusal,
} from "../../shared/protocol/chat.ts";
import { checkChatMessage } from "../../shared/rules/chatMessage.ts";
import { fullBucket, type Bucket } from "../../shared/rules/tokenBucket.ts";
import { insertChatMessage, latestParkChannel } from "../db/repositories/chatMessages.ts";
import type { Db } from "../db/pool.ts";
import type { UserRow } from "../db/repositories/users.ts";
import type { Logger } from "../logger.ts";

export interface Speaker { sessionId: string; user: UserRow; x: number; z: number }

/** Who hears a line: the whole park, or the people within local range of where it was said. */
export type Audience = { kind: "park" } | { kind: "near"; x: number; z: number; radius: number };

/**
 * A park's chat: checks each message against the shared rules, stores it before anyone sees it,
 * and says who should hear it. The room delivers.
 */
export class ParkChat {
  private readonly buckets = new Map<string, Bucket>();
  /** Lines are stored and delivered one after another, so everyone reads them in the order said. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly db: Db;
  private readonly parkId: string;
  private readonly log: Logger;

  constructor(db: Db, parkId: string, log: Logger) {
    this.db = db;
    this.parkId = parkId;
    this.log = log;
  }

  history(): Promise<ChatLine[]> {
    return latestParkChannel(this.db, this.parkId, CHAT_HISTORY_LINES);
  }

  say(speaker: Speaker, payload: unknown, now: number): Promise<{ line: ChatLine; audience: Audience } | { refusal: ChatRefusal }> {
    const next = this.queue.then(() => this.handle(speaker, payload, now));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async handle(speaker: Speaker, payload: unknown, now: number): Promise<{ line: ChatLine; audience: Audience } | { refusal: ChatRefusal }> {
    const parsed = ChatMessage.safeParse(payload);
    if (!parsed.success) return { refusal: { reason: "malformed" } };
    const { channel } = parsed.data;
    const bucket = this.buckets.get(speaker.user.id) ?? fullBucket(CHAT_BURST, now);
    const checked = checkChatMessage(parsed.data.text, speaker.user.role, bucket, now);
    this.buckets.set(speaker.user.id, checked.bucket);
    if (!checked.ok) return { refusal: checked.refusal };
    const local = channel === "local";
    try {
      const { id, at } = await insertChatMessage(this.db, {
        parkId: this.parkId, channel, userId: speaker.user.id, name: speaker.user.displayName, role: speaker.user.role,
        text: checked.text, x: local ? speaker.x : null, z: local ? speaker.z : null,
      });
      return {
        line: {
          id, channel, sessionId: speaker.sessionId, userId: speaker.user.id, name: speaker.user.displayName,
          role: speaker.user.role, text: checked.text, at,
        },
        audience: local ? { kind: "near", x: speaker.x, z: speaker.z, radius: LOCAL_CHAT_RADIUS } : { kind: "park" },
      };
    } catch (e) {
      this.log.error({ err: e, parkId: this.parkId }, "a chat message could not be stored");
      return { refusal: { reason: "unavailable" } };
    }
  }
}

import { z } from "zod";

/** Client → server: say something in the park. */
export const MSG_CHAT = "chat";
/** Server → client: a message someone said (`ChatLine`). */
export const MSG_CHAT_LINE = "chat-line";
/** Server → client, once on entry: the park channel's latest lines, oldest first (`ChatLine[]`). */
export const MSG_CHAT_HISTORY = "chat-history";
/** Server → the sender: the message was not sent, and why (`ChatRefusal`). */
export const MSG_CHAT_REFUSED = "chat-refused";

/** Local chat reaches the people within this many metres of the speaker. */
export const LOCAL_CHAT_RADIUS = 15;
export const CHAT_MAX_LENGTH = 300;
/** Up to 5 messages at once, then one every 2 seconds. */
export const CHAT_BURST = 5;
export const CHAT_PER_SECOND = 0.5;
/** Park channel lines shown to someone who just arrived. */
export const CHAT_HISTORY_LINES = 50;

export const ChatChannel = z.enum(["local", "park"]);
export type ChatChannel = z.infer<typeof ChatChannel>;

export const ChatMessage = z.object({
  channel: ChatChannel,
  text: z.string(),
}).strict();
export type ChatMessage = z.infer<typeof ChatMessage>;

export interface ChatLine {
  id: string;
  channel: ChatChannel;
  /** Session of the speaker while they are in the park (for the speech bubble); null in history. */
  sessionId: string | null;
  userId: string;
  name: string;
  role: string;
  text: string;
  /** ISO time the server accepted it. */
  at: string;
}

// unavailable: the server could not store the message (database down); nothing was sent.
export type ChatRefusalReason = "empty" | "too-long" | "too-fast" | "not-allowed" | "malformed" | "unavailable";
export interface ChatRefusal {
  reason: ChatRefusalReason;
  /** For too-fast: when the next message will be accepted, in milliseconds. */
  retryInMs?: number;
}

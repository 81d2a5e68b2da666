import { z } from "zod";
import { CHAT_HISTORY_LINES, CHAT_MAX_LENGTH, ChatChannel, type ChatLine, type ChatRefusal } from "../../shared/protocol/chat.ts";

/**
 * Chat payloads are remote data: parsed here before anything shows them (style.md habit 17).
 * Limits are a little looser than the server's own, so a small change there does not silently
 * hide every line here, but tight enough that a broken message cannot flood the page.
 */
export const ChatLinePayload: z.ZodType<ChatLine> = z.object({
  id: z.string().min(1).max(100),
  channel: ChatChannel,
  sessionId: z.string().max(100).nullable(),
  userId: z.string().max(100),
  name: z.string().max(100),
  role: z.string().max(32),
  text: z.string().min(1).max(CHAT_MAX_LENGTH * 2),
  at: z.string().max(40).refine((s) => !Number.isNaN(Date.parse(s)), "an ISO time"),
});

/** History keeps the good lines of a batch and drops only the bad ones. */
const ChatHistoryPayload = z.array(z.unknown()).max(CHAT_HISTORY_LINES * 4);

export const ChatRefusalPayload: z.ZodType<ChatRefusal> = z.object({
  reason: z.enum(["empty", "too-long", "too-fast", "not-allowed", "malformed", "unavailable"]),
  retryInMs: z.number().finite().nonnegative().max(3_600_000).optional(),
});

export function parseChatLine(payload: unknown): ChatLine | null {
  const parsed = ChatLinePayload.safeParse(payload);
  return parsed.success ? parsed.data : null;
}

export function parseChatHistory(payload: unknown): ChatLine[] {
  const parsed = ChatHistoryPayload.safeParse(payload);
  if (!parsed.success) return [];
  const lines: ChatLine[] = [];
  for (const item of parsed.data) {
    const line = parseChatLine(item);
    if (line) lines.push(line);
  }
  return lines;
}

export function parseChatRefusal(payload: unknown): ChatRefusal | null {
  const parsed = ChatRefusalPayload.safeParse(payload);
  return parsed.success ? parsed.data : null;
}

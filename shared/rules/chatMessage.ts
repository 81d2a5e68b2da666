import { CHAT_BURST, CHAT_MAX_LENGTH, CHAT_PER_SECOND, type ChatRefusal } from "../protocol/chat.ts";
import type { Role } from "../protocol/http.ts";
import { can } from "./permissions.ts";
import { take, type Bucket } from "./tokenBucket.ts";

/** Text as it will be shown: trimmed, with control characters (which could break a line's layout) removed. */
export const cleanChatText = (raw: string): string => raw.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "").trim();

/**
 * Whether a person may say `raw` now. The server decides with it; the client may run it to warn
 * before sending. Returns the cleaned text and the bucket after spending, or why not.
 */
export function checkChatMessage(
  raw: string, role: Role, bucket: Bucket, now: number,
): { ok: true; text: string; bucket: Bucket } | { ok: false; refusal: ChatRefusal; bucket: Bucket } {
  if (!can(role, "park.chat")) return { ok: false, refusal: { reason: "not-allowed" }, bucket };
  const text = cleanChatText(raw);
  if (text.length === 0) return { ok: false, refusal: { reason: "empty" }, bucket };
  if ([...text].length > CHAT_MAX_LENGTH) return { ok: false, refusal: { reason: "too-long" }, bucket };
  const spent = take(bucket, CHAT_BURST, CHAT_PER_SECOND, now);
  if (!spent.allowed) {
    const retryInMs = Math.ceil(((1 - spent.bucket.tokens) / CHAT_PER_SECOND) * 1000);
    return { ok: false, refusal: { reason: "too-fast", retryInMs }, bucket: spent.bucket };
  }
  return { ok: true, text, bucket: spent.bucket };
}

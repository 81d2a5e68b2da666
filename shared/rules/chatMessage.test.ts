import { describe, expect, it } from "vitest";
import { CHAT_BURST, CHAT_MAX_LENGTH } from "../protocol/chat.ts";
import { checkChatMessage, cleanChatText } from "./chatMessage.ts";
import { fullBucket } from "./tokenBucket.ts";

describe("chat message rules", () => {
  it("cleans control characters and surrounding space", () => {
    expect(cleanChatText("  hi\u0007 there\n ")).toBe("hi there");
  });

  it("refuses guests, empty and over-long messages", () => {
    const b = fullBucket(CHAT_BURST, 0);
    expect(checkChatMessage("hello", "guest", b, 0)).toMatchObject({ ok: false, refusal: { reason: "not-allowed" } });
    expect(checkChatMessage("   ", "resident", b, 0)).toMatchObject({ ok: false, refusal: { reason: "empty" } });
    expect(checkChatMessage("字".repeat(CHAT_MAX_LENGTH), "resident", b, 0)).toMatchObject({ ok: true });
    expect(checkChatMessage("字".repeat(CHAT_MAX_LENGTH + 1), "resident", b, 0)).toMatchObject({ ok: false, refusal: { reason: "too-long" } });
  });

  it("allows a burst, then says how long to wait", () => {
    let bucket = fullBucket(CHAT_BURST, 0);
    for (let i = 0; i < CHAT_BURST; i++) {
      const r = checkChatMessage(`m${i}`, "resident", bucket, 0);
      expect(r.ok).toBe(true);
      bucket = r.bucket;
    }
    const refused = checkChatMessage("one more", "resident", bucket, 0);
    expect(refused).toMatchObject({ ok: false, refusal: { reason: "too-fast", retryInMs: 2000 } });
    expect(checkChatMessage("later", "manager", refused.bucket, 2000).ok).toBe(true);
  });
});

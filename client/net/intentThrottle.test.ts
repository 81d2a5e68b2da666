import { describe, expect, it } from "vitest";
import { MAX_MOVE_INTENTS_PER_SECOND } from "../../shared/constants.ts";
import type { MoveIntent } from "../../shared/protocol/parkMessages.ts";
import { createIntentThrottle, DEFAULT_THROTTLE, sameIntent } from "./intentThrottle.ts";

const recorder = () => {
  const sent: Array<{ intent: MoveIntent; at: number }> = [];
  let clock = 0;
  const throttle = createIntentThrottle((intent) => sent.push({ intent, at: clock }));
  return {
    sent,
    offer: (intent: MoveIntent, at: number) => { clock = at; return throttle.offer(intent, at); },
    flush: (at: number) => { clock = at; return throttle.flush(at); },
    reset: () => throttle.reset(),
  };
};

describe("movement intent throttle", () => {
  it("sends a new intent at once and does not repeat an unchanged one", () => {
    const r = recorder();
    expect(r.offer({ dir: [1, 0] }, 0)).toBe(true);
    expect(r.offer({ dir: [1, 0] }, 150)).toBe(false);
    expect(r.offer({ dir: [1, 0] }, 300)).toBe(false);
    expect(r.sent).toHaveLength(1);
  });

  it("resends a held direction after the resend interval, never a stop", () => {
    const r = recorder();
    r.offer({ dir: [0, 1] }, 0);
    r.offer({ dir: [0, 1] }, DEFAULT_THROTTLE.resendMs);
    expect(r.sent.map((s) => s.at)).toEqual([0, DEFAULT_THROTTLE.resendMs]);
    r.offer({ stop: true }, 1000);
    r.offer({ stop: true }, 2000);
    expect(r.sent.filter((s) => "stop" in s.intent)).toHaveLength(1);
  });

  it("holds an intent that comes too soon and sends only the latest once allowed", () => {
    const r = recorder();
    r.offer({ dir: [1, 0] }, 0);
    expect(r.offer({ dir: [0, 1] }, 20)).toBe(false);
    expect(r.offer({ dir: [-1, 0] }, 40)).toBe(false);
    expect(r.flush(60)).toBe(false);
    expect(r.flush(100)).toBe(true);
    expect(r.sent.map((s) => s.intent)).toEqual([{ dir: [1, 0] }, { dir: [-1, 0] }]);
  });

  it("drops a held intent when the player goes back to what was already sent", () => {
    const r = recorder();
    r.offer({ dir: [1, 0] }, 0);
    r.offer({ stop: true }, 30);
    r.offer({ dir: [1, 0] }, 60);
    r.flush(200);
    expect(r.sent).toHaveLength(1);
  });

  it("never exceeds the server's rate, however fast intents change", () => {
    const r = recorder();
    for (let t = 0; t < 3000; t += 7) {
      r.offer({ dir: [Math.cos(t), Math.sin(t)] }, t);
      r.flush(t);
    }
    for (let i = 1; i < r.sent.length; i++) {
      expect(r.sent[i]!.at - r.sent[i - 1]!.at).toBeGreaterThanOrEqual(1000 / MAX_MOVE_INTENTS_PER_SECOND);
    }
    for (let start = 0; start < 3000; start += 100) {
      const inSecond = r.sent.filter((s) => s.at >= start && s.at < start + 1000).length;
      expect(inSecond).toBeLessThanOrEqual(MAX_MOVE_INTENTS_PER_SECOND);
    }
  });

  it("sends again after a reset, even the same intent", () => {
    const r = recorder();
    r.offer({ to: [5, 5] }, 0);
    r.reset();
    expect(r.offer({ to: [5, 5] }, 10)).toBe(true);
    expect(r.sent).toHaveLength(2);
  });

  it("compares intents by kind and value", () => {
    expect(sameIntent({ to: [1, 2] }, { to: [1, 2] })).toBe(true);
    expect(sameIntent({ to: [1, 2] }, { dir: [1, 2] })).toBe(false);
    expect(sameIntent({ stop: true }, { stop: true })).toBe(true);
    expect(sameIntent(null, { stop: true })).toBe(false);
  });
});

import { MAX_MOVE_INTENTS_PER_SECOND } from "../../shared/constants.ts";
import type { MoveIntent } from "../../shared/protocol/parkMessages.ts";

export interface ThrottleOptions {
  /** Least time between two intents: the server ignores intents beyond its rate. */
  minIntervalMs: number;
  /** A held direction is sent again this often, so one lost intent does not strand the walker. */
  resendMs: number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = {
  minIntervalMs: 1000 / MAX_MOVE_INTENTS_PER_SECOND,
  resendMs: 500,
};

export function sameIntent(a: MoveIntent | null, b: MoveIntent | null): boolean {
  if (a === null || b === null) return a === b;
  if ("stop" in a) return "stop" in b;
  if ("dir" in a) return "dir" in b && a.dir[0] === b.dir[0] && a.dir[1] === b.dir[1];
  return "to" in b && a.to[0] === b.to[0] && a.to[1] === b.to[1];
}

export interface IntentThrottle {
  /** The intent the player wants now: sent at once if the rate allows, else kept for `flush`. */
  offer(intent: MoveIntent, now: number): boolean;
  /** Sends the kept intent once the rate allows. */
  flush(now: number): boolean;
  /** Forgets what was sent (after a reconnection the server knows nothing of it). */
  reset(): void;
}

/**
 * Sends movement intents only when they change, never faster than the server accepts them,
 * and always ends with the latest one: an intent that arrives too early waits, and a newer
 * one replaces it.
 */
export function createIntentThrottle(send: (intent: MoveIntent) => void, options: ThrottleOptions = DEFAULT_THROTTLE): IntentThrottle {
  let lastSent: MoveIntent | null = null;
  let lastSentAt = Number.NEGATIVE_INFINITY;
  let waiting: MoveIntent | null = null;

  const flush = (now: number): boolean => {
    if (waiting === null || now - lastSentAt < options.minIntervalMs) return false;
    send(waiting);
    lastSent = waiting;
    lastSentAt = now;
    waiting = null;
    return true;
  };

  return {
    offer(intent, now) {
      const repeat = sameIntent(intent, lastSent);
      const dueForResend = "dir" in intent && now - lastSentAt >= options.resendMs;
      if (repeat && !dueForResend) {
        // What the server already has is what the player wants: any older wish is void.
        waiting = null;
        return false;
      }
      waiting = intent;
      return flush(now);
    },
    flush,
    reset() {
      lastSent = null;
      lastSentAt = Number.NEGATIVE_INFINITY;
      waiting = null;
    },
  };
}

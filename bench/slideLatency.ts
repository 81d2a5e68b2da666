import type { PageSeen } from "./stageBot.ts";

/** A page turn as the presenter sent it: the page and its own clock's time of sending. */
export interface PageTurn { page: number; sentAt: number }

export interface SlideLatencies {
  /** Per turn, how long until the last audience member saw the page (ms); turns someone missed are left out. */
  toLast: number[];
  /** Every delivery to every audience member (ms). */
  all: number[];
  /** Deliveries that never came: (turn, audience member) pairs without a matching page. */
  missed: number;
}

/**
 * Matches each turn with the first time each audience member saw that page at or after it was sent.
 * Decks repeat pages when they cycle, and other stage changes (a spotlight, a countdown) resend the
 * current page; taking the first sighting after the send picks the delivery of this turn, as long
 * as the same page is not turned to twice within one delivery time.
 */
export function slideLatencies(turns: readonly PageTurn[], audience: ReadonlyArray<readonly PageSeen[]>): SlideLatencies {
  const toLast: number[] = [];
  const all: number[] = [];
  let missed = 0;
  for (const turn of turns) {
    let last = -Infinity;
    let complete = true;
    for (const seen of audience) {
      const hit = seen.find((s) => s.page === turn.page && s.received >= turn.sentAt);
      if (!hit) { missed++; complete = false; continue; }
      const ms = hit.received - turn.sentAt;
      all.push(ms);
      last = Math.max(last, ms);
    }
    if (complete && audience.length) toLast.push(last);
  }
  return { toLast, all, missed };
}

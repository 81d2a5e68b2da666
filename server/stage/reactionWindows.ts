import { REACTION_KINDS, REACTION_WINDOW_MS, type ReactionCounts, type ReactionKind } from "../../shared/protocol/stageMessages.ts";

export const noReactions = (): ReactionCounts => ({ applause: 0, heart: 0, fire: 0 });
const total = (c: ReactionCounts): number => REACTION_KINDS.reduce((n, k) => n + c[k], 0);

/** The window a moment falls in: every instance of an event numbers windows the same way. */
export const reactionWindow = (now: number): number => Math.floor(now / REACTION_WINDOW_MS);

/** The reactions one instance received since it last published them. */
export class ReactionTally {
  private counts = noReactions();
  private any = false;

  add(kind: ReactionKind): void {
    this.counts[kind]++;
    this.any = true;
  }

  /** What was counted, or null when nothing was; starts a new count. */
  drain(): ReactionCounts | null {
    if (!this.any) return null;
    const counts = this.counts;
    this.counts = noReactions();
    this.any = false;
    return counts;
  }
}

/**
 * Counts published by every instance of the event, summed per window. A window is let out once
 * its instances have had time to publish it (the one before the window now running, with a
 * margin for delivery), so each client gets one message per window with everyone's reactions.
 */
export class ReactionSums {
  private readonly pending = new Map<number, ReactionCounts>();
  private readonly marginMs: number;

  constructor(marginMs = 100) {
    this.marginMs = marginMs;
  }

  add(window: number, counts: ReactionCounts): void {
    const sum = this.pending.get(window) ?? noReactions();
    for (const kind of REACTION_KINDS) sum[kind] += Math.max(0, Math.floor(counts[kind] ?? 0));
    this.pending.set(window, sum);
  }

  /** The sum of every window that is complete by `now`, or null when there was nothing to tell. */
  due(now: number): ReactionCounts | null {
    const last = reactionWindow(now - this.marginMs) - 1;
    const out = noReactions();
    for (const [window, counts] of this.pending) {
      if (window > last) continue;
      for (const kind of REACTION_KINDS) out[kind] += counts[kind];
      this.pending.delete(window);
    }
    return total(out) > 0 ? out : null;
  }
}

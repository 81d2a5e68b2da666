import { REACTION_KINDS, type ReactionCounts, type ReactionKind } from "../../shared/protocol/stageMessages.ts";

/** The most icons one window adds, and the most floating at once: a hall of 500 clapping stays readable and cheap. */
export const BURST_MAX_PER_WINDOW = 24;
export const BURST_MAX_ALIVE = 120;

/**
 * How many icons each reaction kind gets for one window's counts: one per reaction while few react,
 * then growing with the square root so a roaring hall reads as bigger without flooding the screen;
 * the total is held to BURST_MAX_PER_WINDOW, shared in proportion.
 */
export function burstSizes(counts: ReactionCounts): Record<ReactionKind, number> {
  const raw = {} as Record<ReactionKind, number>;
  let total = 0;
  for (const kind of REACTION_KINDS) {
    const n = Math.max(0, Math.floor(counts[kind] ?? 0));
    const size = n <= 4 ? n : Math.round(4 + 2 * Math.sqrt(n - 4));
    raw[kind] = size;
    total += size;
  }
  if (total <= BURST_MAX_PER_WINDOW) return raw;
  const scaled = {} as Record<ReactionKind, number>;
  for (const kind of REACTION_KINDS) {
    const n = raw[kind];
    // Every kind someone sent keeps at least one icon.
    scaled[kind] = n === 0 ? 0 : Math.max(1, Math.floor((n * BURST_MAX_PER_WINDOW) / total));
  }
  return scaled;
}

/** How many of `wanted` new icons fit when `alive` are already floating. */
export const iconsThatFit = (wanted: number, alive: number): number => Math.max(0, Math.min(wanted, BURST_MAX_ALIVE - alive));

/** The sum of one window's counts. */
export const reactionTotal = (counts: ReactionCounts): number => REACTION_KINDS.reduce((s, k) => s + Math.max(0, counts[k] ?? 0), 0);

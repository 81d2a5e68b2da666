/** Where one clinic ticket stands in the queue. */
export interface QueuePlace {
  /** 1 for the next person to be called, 2 for the one after, … */
  place: number;
  /** Roughly how long until they are called, in minutes. */
  waitMinutes: number;
}

/**
 * Each queued ticket's place and rough wait. Tickets are called lowest first (they are handed out
 * in arrival order). The wait assumes a visit is under way and everyone ahead takes a full one:
 * place × minutesPerVisit. That overstates by at most one visit, which is the kinder error for
 * someone deciding whether to wait. The server and the queue's own view run this same function.
 */
export function queuePlaces(tickets: Iterable<number>, minutesPerVisit: number): Map<number, QueuePlace> {
  const pace = Math.max(1, Math.round(minutesPerVisit));
  const sorted = [...new Set([...tickets].filter((t) => t > 0))].sort((a, b) => a - b);
  return new Map(sorted.map((ticket, i) => [ticket, { place: i + 1, waitMinutes: (i + 1) * pace }]));
}

/** The ticket to call next: the lowest one held; null when nobody is queued. */
export function nextInQueue(tickets: Iterable<number>): number | null {
  let lowest: number | null = null;
  for (const t of tickets) if (t > 0 && (lowest === null || t < lowest)) lowest = t;
  return lowest;
}

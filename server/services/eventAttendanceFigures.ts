import type { AttendanceFigures } from "../../shared/protocol/events.ts";

/** One stretch of watching: a person from when to when (null: still watching, counted up to `now`). */
export interface AttendanceSpan { userId: string | null; joinedAt: Date; leftAt: Date | null }

/**
 * How an event went, from its attendance rows: the most people watching at once, the distinct
 * people (a person who left and came back, or watched in two instances, counts once) and the mean
 * minutes each of them watched (their stretches added up, overlaps between their own stretches once).
 */
export function attendanceFigures(spans: readonly AttendanceSpan[], now: Date): AttendanceFigures {
  const closed = spans
    .map((s) => ({ userId: s.userId, from: s.joinedAt.getTime(), to: Math.max(s.joinedAt.getTime(), (s.leftAt ?? now).getTime()) }));

  // Peak: sweep over the edges; a leaving at the same instant as a joining goes first.
  const edges = closed.flatMap((s) => [{ at: s.from, d: 1 }, { at: s.to, d: -1 }]).sort((a, b) => a.at - b.at || a.d - b.d);
  let peak = 0;
  let current = 0;
  for (const e of edges) {
    current += e.d;
    peak = Math.max(peak, current);
  }

  // Per person: their stretches merged, so watching in two tabs at once is not counted twice.
  const byPerson = new Map<string, Array<{ from: number; to: number }>>();
  closed.forEach((s, i) => {
    const key = s.userId ?? `gone-${i}`;
    byPerson.set(key, [...(byPerson.get(key) ?? []), s]);
  });
  let totalMs = 0;
  for (const list of byPerson.values()) {
    list.sort((a, b) => a.from - b.from);
    let end = -Infinity;
    for (const s of list) {
      const from = Math.max(s.from, end);
      if (s.to > from) totalMs += s.to - from;
      end = Math.max(end, s.to);
    }
  }
  const total = byPerson.size;
  const averageMinutes = total === 0 ? 0 : Math.round((totalMs / total / 60_000) * 10) / 10;
  return { peak, total, averageMinutes };
}

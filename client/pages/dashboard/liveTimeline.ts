/**
 * The five-minute buckets of the last hours, oldest first, as the live chart's axis: the API lists
 * only buckets in which someone was present, and a quiet hour must show as zeros, not be skipped.
 */
export function liveTimeline(nowIso: string, hours: number, bucketMinutes: number): number[] {
  const step = bucketMinutes * 60_000;
  const last = Math.floor(Date.parse(nowIso) / step) * step;
  const count = Math.round((hours * 60) / bucketMinutes);
  return Array.from({ length: count }, (_, i) => last - (count - 1 - i) * step);
}

/** The points of a series on the timeline: its value at each bucket, 0 where it has none. */
export function onTimeline(timeline: readonly number[], points: ReadonlyArray<{ at: string; average: number }>): number[] {
  const at = new Map(points.map((p) => [Date.parse(p.at), p.average]));
  return timeline.map((t) => at.get(t) ?? 0);
}

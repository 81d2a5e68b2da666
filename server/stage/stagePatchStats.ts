/**
 * How long the stage rooms of this process take to encode and send a patch: the benchmark
 * (bench:launch) reads these figures from the server's own process.
 */
const samples: number[] = [];
/** Keeps memory bounded in a long run; the benchmark resets before it measures. */
const MAX_SAMPLES = 100_000;

export function recordStagePatch(ms: number): void {
  if (samples.length < MAX_SAMPLES) samples.push(ms);
}

export interface StagePatchStats { count: number; p50: number; p99: number; max: number }

export function stagePatchStats(): StagePatchStats {
  if (samples.length === 0) return { count: 0, p50: 0, p99: 0, max: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { count: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1]! };
}

export function resetStagePatchStats(): void {
  samples.length = 0;
}

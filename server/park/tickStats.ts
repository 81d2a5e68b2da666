/**
 * How long each park tick took to build and send its updates, kept for the benchmark and for logs.
 * A bounded window, so a long-running server does not grow it.
 */
const WINDOW = 4096;
const samples: number[] = [];

export function recordTick(ms: number): void {
  if (samples.length === WINDOW) samples.shift();
  samples.push(ms);
}

/** Returns the figures since the last call and starts a new window. */
export function drainTickStats(): { p50: number; p99: number; ticks: number } {
  const sorted = samples.splice(0).sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : 0);
  return { p50: at(0.5), p99: at(0.99), ticks: sorted.length };
}

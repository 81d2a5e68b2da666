/** A token bucket: `capacity` actions at once, refilled at `perSecond`. Pure, so both the server's
 * limits and the client's "slow down" hints run the same arithmetic. */
export interface Bucket { tokens: number; at: number }

export const fullBucket = (capacity: number, now: number): Bucket => ({ tokens: capacity, at: now });

/** Tries to spend one token at time `now` (ms). Returns the new bucket and whether it was allowed. */
export function take(bucket: Bucket, capacity: number, perSecond: number, now: number): { bucket: Bucket; allowed: boolean } {
  const refilled = Math.min(capacity, bucket.tokens + (Math.max(0, now - bucket.at) / 1000) * perSecond);
  if (refilled < 1) return { bucket: { tokens: refilled, at: now }, allowed: false };
  return { bucket: { tokens: refilled - 1, at: now }, allowed: true };
}

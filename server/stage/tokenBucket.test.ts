import { describe, expect, it } from "vitest";
import { TokenBucket } from "./tokenBucket.ts";

describe("TokenBucket", () => {
  it("allows a burst, then the refill rate, never more than the burst", () => {
    const bucket = new TokenBucket(3, 2, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([true, true, true, false]);
    expect(bucket.take(499)).toBe(false);
    expect(bucket.take(500)).toBe(true);
    expect(bucket.take(100_000)).toBe(true);
    expect(bucket.take(100_000)).toBe(true);
    expect(bucket.take(100_000)).toBe(true);
    expect(bucket.take(100_000)).toBe(false);
  });
});

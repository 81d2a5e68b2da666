import { describe, expect, it } from "vitest";
import { fullBucket, take } from "./tokenBucket.ts";

describe("token bucket", () => {
  it("allows a burst up to capacity, then refills over time", () => {
    let b = fullBucket(3, 0);
    const results: boolean[] = [];
    for (let i = 0; i < 4; i++) {
      const r = take(b, 3, 10, 0);
      b = r.bucket;
      results.push(r.allowed);
    }
    expect(results).toEqual([true, true, true, false]);
    expect(take(b, 3, 10, 50).allowed).toBe(false);
    expect(take(b, 3, 10, 100).allowed).toBe(true);
  });
});

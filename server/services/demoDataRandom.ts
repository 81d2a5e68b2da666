import crypto from "node:crypto";

/**
 * A small seeded generator (mulberry32): the demo's pictures and its visit history come out the
 * same on every machine and every run, so re-rendering or re-seeding shows no spurious change.
 */
export function seededRandom(seed: string): () => number {
  let a = crypto.createHash("sha256").update(seed).digest().readUInt32LE(0);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

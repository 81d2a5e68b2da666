import { describe, expect, it } from "vitest";
import { seatLayout } from "./seatLayout.ts";

describe("seatLayout", () => {
  it("gives exactly one chair per place, none on top of another", () => {
    for (const capacity of [2, 3, 4, 5, 8, 12, 13, 50]) {
      const { seats } = seatLayout(capacity);
      expect(seats).toHaveLength(capacity);
      for (const [i, a] of seats.entries()) {
        for (const b of seats.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.z - b.z)).toBeGreaterThan(0.8);
      }
    }
  });

  it("puts every chair beside the table, facing it, and inside the room", () => {
    const { seats, table, width, depth, screenZ } = seatLayout(12);
    for (const s of seats) {
      const facing = { x: Math.sin(s.heading), z: Math.cos(s.heading) };
      const toTable = { x: table.x - s.x, z: table.z - s.z };
      expect(facing.x * toTable.x + facing.z * toTable.z).toBeGreaterThan(0);
      expect(Math.abs(s.x)).toBeLessThan(width / 2);
      expect(s.z).toBeGreaterThan(screenZ);
      expect(s.z).toBeLessThan(screenZ + depth);
    }
  });

  it("seats the first arrivals nearest the screen, with a chair at the far end once five fit", () => {
    expect(seatLayout(4).seats.every((s) => s.heading !== Math.PI)).toBe(true);
    const big = seatLayout(10);
    expect(big.seats[big.seats.length - 1]!.heading).toBe(Math.PI);
    expect(big.seats[0]!.z).toBeLessThan(big.seats[big.seats.length - 2]!.z);
  });

  it("grows the table and the room with the capacity, leaving floor before the screen", () => {
    const small = seatLayout(4);
    const large = seatLayout(30);
    expect(large.table.length).toBeGreaterThan(small.table.length);
    expect(large.depth).toBeGreaterThan(small.depth);
    expect(small.table.z - small.table.length / 2 - small.screenZ).toBeGreaterThan(1.5);
  });
});

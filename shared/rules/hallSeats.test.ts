import { describe, expect, it } from "vitest";
import { seatOrder, seatsNear, seatSpot, seatTaken, SEATS_PER_ROW } from "./hallSeats.ts";

describe("hall seats", () => {
  it("fills the front row from its centre outwards, then the next row", () => {
    const order = seatOrder(600);
    expect(order).toHaveLength(600);
    expect(new Set(order).size).toBe(600);
    expect(order.slice(0, 4)).toEqual([15, 14, 16, 13]);
    expect(order.slice(0, SEATS_PER_ROW).every((s) => s < SEATS_PER_ROW)).toBe(true);
    expect(seatOrder(45)).toHaveLength(45);
  });

  it("places rows behind each other, centred on the stage", () => {
    const a = seatSpot(0);
    const b = seatSpot(SEATS_PER_ROW - 1);
    expect(a.x).toBeCloseTo(-b.x);
    expect(seatSpot(SEATS_PER_ROW).z).toBeGreaterThan(a.z);
  });

  it("counts seats two rows and four columns away as near, not further", () => {
    expect(seatsNear(15, 15 + 2 * SEATS_PER_ROW + 4)).toBe(true);
    expect(seatsNear(15, 15 + 3 * SEATS_PER_ROW)).toBe(false);
    expect(seatsNear(15, 20)).toBe(false);
  });

  it("reads the occupancy bitmap", () => {
    expect(seatTaken([0b00000101, 0b10000000], 0)).toBe(true);
    expect(seatTaken([0b00000101, 0b10000000], 1)).toBe(false);
    expect(seatTaken([0b00000101, 0b10000000], 15)).toBe(true);
    expect(seatTaken([], 3)).toBe(false);
  });
});

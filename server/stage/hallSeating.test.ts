import { describe, expect, it } from "vitest";
import { seatOrder, seatTaken } from "../../shared/rules/hallSeats.ts";
import { HallSeating } from "./hallSeating.ts";

describe("HallSeating", () => {
  it("seats people front centre outwards and marks them in the bitmap", () => {
    const hall = new HallSeating(60);
    const taken = [hall.take(), hall.take(), hall.take()];
    expect(taken).toEqual(seatOrder(60).slice(0, 3));
    expect(taken).toEqual([15, 14, 16]);
    for (const seat of taken) expect(seatTaken(hall.bitmap, seat)).toBe(true);
    expect(seatTaken(hall.bitmap, 13)).toBe(false);
    expect(hall.occupied).toBe(3);
  });

  it("gives a freed seat to the next person, and says -1 when full", () => {
    const hall = new HallSeating(4);
    expect([hall.take(), hall.take(), hall.take(), hall.take()].sort()).toEqual([0, 1, 2, 3]);
    expect(hall.full).toBe(true);
    expect(hall.take()).toBe(-1);
    expect(hall.free(2)).toBe(0);
    expect(seatTaken(hall.bitmap, 2)).toBe(false);
    expect(hall.free(2)).toBe(-1);
    expect(hall.take()).toBe(2);
    expect(hall.bitmap).toEqual([0b1111]);
  });
});

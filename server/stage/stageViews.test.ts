import { describe, expect, it } from "vitest";
import { SEATS_PER_ROW, seatsNear } from "../../shared/rules/hallSeats.ts";
import { neighbourSeats, seesInFull } from "./stageViews.ts";

describe("who sees whom in full", () => {
  const seated = (seat: number) => ({ seat, onStage: false, hand: false });
  it("shows neighbours, never the far crowd", () => {
    expect(seesInFull({ seat: 15, moderates: false }, seated(16))).toBe(true);
    expect(seesInFull({ seat: 15, moderates: false }, seated(15 + 3 * SEATS_PER_ROW))).toBe(false);
    expect(seesInFull({ seat: 0, moderates: false }, seated(29))).toBe(false);
  });
  it("shows the stage to everyone, and raised hands to moderators only", () => {
    expect(seesInFull({ seat: 500, moderates: false }, { seat: -1, onStage: true, hand: false })).toBe(true);
    const far = { seat: 599, onStage: false, hand: true };
    expect(seesInFull({ seat: 0, moderates: false }, far)).toBe(false);
    expect(seesInFull({ seat: -1, moderates: true }, far)).toBe(true);
  });
  it("someone standing on stage sees no neighbours", () => {
    expect(seesInFull({ seat: -1, moderates: false }, seated(0))).toBe(false);
  });
});

describe("neighbourSeats", () => {
  it("lists exactly the seats the nearness rule accepts", () => {
    for (const seat of [0, 15, 29, 61, 599]) {
      const listed = new Set(neighbourSeats(seat, 600));
      for (let other = 0; other < 600; other++) {
        expect(listed.has(other)).toBe(other !== seat && seatsNear(seat, other));
      }
    }
  });
  it("stays within the hall and is empty for someone without a seat", () => {
    expect(neighbourSeats(2, 4).sort()).toEqual([0, 1, 3]);
    expect(neighbourSeats(-1, 600)).toEqual([]);
  });
});

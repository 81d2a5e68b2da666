import { describe, expect, it } from "vitest";
import { seatSpot } from "../../../shared/rules/hallSeats.ts";
import type { StagePerson } from "../../state/stage.ts";
import { crowdFigures } from "./crowdFigures.ts";

const bitmap = (taken: number[], count: number) => {
  const b = new Array<number>(Math.ceil(count / 8)).fill(0);
  for (const s of taken) b[s >> 3]! |= 1 << (s & 7);
  return b;
};
const person = (seat: number, over: Partial<StagePerson> = {}): StagePerson => ({
  sessionId: `s${seat}`, userId: `u${seat}`, name: `P${seat}`, colour: "#ff0000", role: "resident", stageRole: "", seat, onStage: false,
  hand: false, muted: false, isSelf: false, ...over,
});

describe("crowd figures", () => {
  it("draws one figure per taken seat, at the seat", () => {
    const figures = crowdFigures(bitmap([0, 9, 40], 60), 60, []);
    expect(figures.map((f) => f.seat)).toEqual([0, 9, 40]);
    expect(figures[2]).toMatchObject({ x: seatSpot(40).x, z: seatSpot(40).z, known: false, self: false });
  });

  it("colours the people seen in full, marks oneself and raised hands, and leaves speakers to the stage", () => {
    const figures = crowdFigures(bitmap([3, 4], 30), 30, [
      person(3, { isSelf: true, colour: "#00ff00" }), person(4, { hand: true }), person(-1, { onStage: true }),
    ]);
    expect(figures).toHaveLength(2);
    expect(figures[0]).toMatchObject({ seat: 3, self: true, colour: "#00ff00", known: true });
    expect(figures[1]).toMatchObject({ seat: 4, hand: true, colour: "#ff0000" });
  });

  it("draws oneself even before the bitmap shows the seat, and ignores bits past the hall", () => {
    const figures = crowdFigures(bitmap([], 16), 8, [person(5, { isSelf: true })]);
    expect(figures.map((f) => f.seat)).toEqual([5]);
    expect(crowdFigures([0xff, 0xff], 10, [])).toHaveLength(10);
  });
});

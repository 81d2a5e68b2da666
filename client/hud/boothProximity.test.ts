import { describe, expect, it } from "vitest";
import {
  BOOTH_FRONT, BOOTH_LEAVE, BOOTH_REACH, BOOTH_WALK_AWAY, boothSpot, closeBoothPanel, closedBoothPanel, openBoothByClick, stepBoothPanel,
  type BoothPanelState, type BoothSpot,
} from "./boothProximity.ts";

const spots: BoothSpot[] = [{ slotId: "a", x: 0, z: 0 }, { slotId: "b", x: 10, z: 0 }];
const walk = (path: Array<[number, number]>, start: BoothPanelState = closedBoothPanel, held = spots) =>
  path.reduce((s, [x, z]) => stepBoothPanel(s, { x, z }, held), start);

describe("the spot in front of a booth", () => {
  it("lies in front of the counter, turned with the booth", () => {
    const front = boothSpot({ id: "a", x: 10, z: 20, rotation: 0 });
    expect(front).toEqual({ slotId: "a", x: 10, z: 20 + BOOTH_FRONT });
    const turned = boothSpot({ id: "b", x: 10, z: 20, rotation: Math.PI });
    expect(turned.x).toBeCloseTo(10);
    expect(turned.z).toBeCloseTo(20 - BOOTH_FRONT);
  });
});

describe("the booth panel as you walk", () => {
  it("opens at the booth you step up to, the nearest one if two are in reach", () => {
    expect(walk([[0, 20], [0, 10]]).open).toBeNull();
    expect(walk([[0, 10], [0, BOOTH_REACH - 0.1]]).open).toEqual({ slotId: "a", via: "near", closest: BOOTH_REACH - 0.1 });
    const close = [{ slotId: "a", x: 0, z: 0 }, { slotId: "b", x: 3, z: 0 }];
    expect(walk([[2, 0]], closedBoothPanel, close).open?.slotId).toBe("b");
  });

  it("stays open at the edge and closes once you walk off", () => {
    const open = walk([[0, 3]]);
    expect(walk([[0, BOOTH_LEAVE - 0.1]], open).open?.slotId).toBe("a");
    expect(walk([[0, BOOTH_LEAVE + 0.1]], open).open).toBeNull();
  });

  it("moves on to the next booth along the street", () => {
    const s = walk([[0, 2], [5, 3], [8, 2]]);
    expect(s.open?.slotId).toBe("b");
  });

  it("closes when the company gives up the booth", () => {
    const open = walk([[0, 2]]);
    expect(stepBoothPanel(open, { x: 0, z: 2 }, [spots[1]!]).open).toBeNull();
  });

  it("keeps a clicked booth open while you walk towards it, and closes it when you turn away", () => {
    let s = openBoothByClick(closedBoothPanel, "a", { x: 0, z: 30 }, spots);
    expect(s.open).toEqual({ slotId: "a", via: "click", closest: 30 });
    s = walk([[0, 32], [0, 25], [0, 20]], s);
    expect(s.open?.closest).toBe(20);
    s = walk([[0, 20 + BOOTH_WALK_AWAY + 0.5]], s);
    expect(s.open).toBeNull();
  });

  it("treats a clicked booth you reached like one you walked up to", () => {
    const s = walk([[0, 20], [0, 3]], openBoothByClick(closedBoothPanel, "a", { x: 0, z: 20 }, spots));
    expect(s.open?.via).toBe("near");
    expect(walk([[0, BOOTH_LEAVE + 0.5]], s).open).toBeNull();
  });

  it("does not reopen a panel closed by hand until you have left and come back", () => {
    let s = closeBoothPanel(walk([[0, 2]]));
    expect(s).toEqual({ open: null, dismissed: "a" });
    s = walk([[0, 1], [0, 3]], s);
    expect(s.open).toBeNull();
    s = walk([[0, BOOTH_LEAVE + 1], [0, 2]], s);
    expect(s.open?.slotId).toBe("a");
  });

  it("changes nothing when nothing changed, and ignores a click on a free slot", () => {
    const s = walk([[0, 2]]);
    expect(stepBoothPanel(s, { x: 0, z: 2 }, spots)).toBe(s);
    expect(stepBoothPanel(s, null, spots)).toBe(s);
    expect(openBoothByClick(s, "nobody", { x: 0, z: 0 }, spots)).toBe(s);
  });
});

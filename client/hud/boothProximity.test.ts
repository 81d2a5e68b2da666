import { describe, expect, it } from "vitest";
import { BOOTH_AREA_BEHIND, BOOTH_AREA_RADIUS, BOOTH_FRONT, boothSpot, inBoothArea } from "../../shared/rules/boothRules.ts";
import {
  BOOTH_LEAVE_MARGIN, BOOTH_WALK_AWAY, closeBoothPanel, closedBoothPanel, openBoothByClick, stepBoothPanel,
  type BoothPanelState,
} from "./boothProximity.ts";

// Two stands 10 m apart facing +z (south), as along an exhibition street.
const slots = [{ id: "a", x: 0, z: 0, rotation: 0 }, { id: "b", x: 10, z: 0, rotation: 0 }];
const walk = (path: Array<[number, number]>, start: BoothPanelState = closedBoothPanel, held = slots) =>
  path.reduce((s, [x, z]) => stepBoothPanel(s, { x, z }, held), start);

describe("the spot in front of a booth", () => {
  it("lies in front of the counter, turned with the booth, inside the visit area", () => {
    expect(boothSpot({ id: "a", x: 10, z: 20, rotation: 0 })).toEqual({ x: 10, z: 20 + BOOTH_FRONT });
    const turned = boothSpot({ id: "b", x: 10, z: 20, rotation: Math.PI });
    expect(turned.x).toBeCloseTo(10);
    expect(turned.z).toBeCloseTo(20 - BOOTH_FRONT);
    expect(inBoothArea({ id: "b", x: 10, z: 20, rotation: Math.PI }, turned.x, turned.z)).toBe(true);
  });
});

describe("the booth panel as you walk", () => {
  it("opens where the server counts a visit: in front of the booth, the nearest one if two are in reach", () => {
    expect(walk([[0, 20], [0, BOOTH_AREA_RADIUS + 0.2]]).open).toBeNull();
    expect(walk([[0, 10], [0, BOOTH_AREA_RADIUS - 0.2]]).open).toEqual({ slotId: "a", via: "near", closest: BOOTH_AREA_RADIUS - 0.2 });
    // Behind the back wall you cannot see the booth.
    expect(walk([[0, -(BOOTH_AREA_BEHIND + 0.5)]]).open).toBeNull();
    const close = [{ id: "a", x: 0, z: 0, rotation: 0 }, { id: "b", x: 3, z: 0, rotation: 0 }];
    expect(walk([[2, 1]], closedBoothPanel, close).open?.slotId).toBe("b");
  });

  it("stays open at the edge and closes once you walk off", () => {
    const open = walk([[0, 3]]);
    expect(walk([[0, BOOTH_AREA_RADIUS + BOOTH_LEAVE_MARGIN - 0.1]], open).open?.slotId).toBe("a");
    expect(walk([[0, BOOTH_AREA_RADIUS + BOOTH_LEAVE_MARGIN + 0.1]], open).open).toBeNull();
  });

  it("moves on to the next booth along the street", () => {
    expect(walk([[0, 2], [5, 4], [9, 2]]).open?.slotId).toBe("b");
  });

  it("closes when the company gives up the booth", () => {
    expect(stepBoothPanel(walk([[0, 2]]), { x: 0, z: 2 }, [slots[1]!]).open).toBeNull();
  });

  it("keeps a clicked booth open while you walk towards it, and closes it when you turn away", () => {
    let s = openBoothByClick(closedBoothPanel, "a", { x: 0, z: 30 }, slots);
    expect(s.open).toEqual({ slotId: "a", via: "click", closest: 30 });
    s = walk([[0, 32], [0, 25], [0, 20]], s);
    expect(s.open?.closest).toBe(20);
    expect(walk([[0, 20 + BOOTH_WALK_AWAY + 0.5]], s).open).toBeNull();
  });

  it("treats a clicked booth you reached like one you walked up to", () => {
    const s = walk([[0, 20], [0, 3]], openBoothByClick(closedBoothPanel, "a", { x: 0, z: 20 }, slots));
    expect(s.open?.via).toBe("near");
    expect(walk([[0, BOOTH_AREA_RADIUS + BOOTH_LEAVE_MARGIN + 0.5]], s).open).toBeNull();
  });

  it("does not reopen a panel closed by hand until you have left and come back", () => {
    let s = closeBoothPanel(walk([[0, 2]]));
    expect(s).toEqual({ open: null, dismissed: "a" });
    s = walk([[0, 1], [0, 3]], s);
    expect(s.open).toBeNull();
    s = walk([[0, BOOTH_AREA_RADIUS + BOOTH_LEAVE_MARGIN + 1], [0, 2]], s);
    expect(s.open?.slotId).toBe("a");
  });

  it("changes nothing when nothing changed, and ignores a click on a free slot", () => {
    const s = walk([[0, 2]]);
    expect(stepBoothPanel(s, { x: 0, z: 2 }, slots)).toBe(s);
    expect(stepBoothPanel(s, null, slots)).toBe(s);
    expect(openBoothByClick(s, "nobody", { x: 0, z: 0 }, slots)).toBe(s);
  });
});

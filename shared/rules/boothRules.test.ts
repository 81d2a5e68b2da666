import { describe, expect, it } from "vitest";
import { canFreeBooth, canSeeBoothVisits, inBoothArea, refuseBoothPlacement, type PlacementFacts } from "./boothRules.ts";

describe("a booth's area", () => {
  // Faces east: rotation π/2 turns the front to (1, 0).
  const east = { id: "b", x: 100, z: 50, rotation: Math.PI / 2 };

  it("takes in the counter and a few steps in front of it", () => {
    expect(inBoothArea(east, 101, 50)).toBe(true);
    expect(inBoothArea(east, 103.9, 50)).toBe(true);
    expect(inBoothArea(east, 102, 53)).toBe(true);
  });

  it("ends 4 m from the centre", () => {
    expect(inBoothArea(east, 104.1, 50)).toBe(false);
    expect(inBoothArea(east, 103, 53)).toBe(false);
  });

  it("leaves out people behind the back wall", () => {
    expect(inBoothArea(east, 99, 50)).toBe(true);
    expect(inBoothArea(east, 98, 50)).toBe(false);
    expect(inBoothArea(east, 97, 51)).toBe(false);
  });

  it("turns with the stand", () => {
    const south = { ...east, rotation: 0 };
    expect(inBoothArea(south, 100, 53)).toBe(true);
    expect(inBoothArea(south, 100, 47.5)).toBe(false);
  });

  it("grows by a margin", () => {
    expect(inBoothArea(east, 104.5, 50, 1)).toBe(true);
    expect(inBoothArea(east, 98, 50, 1)).toBe(true);
  });
});

describe("who may have a booth slot", () => {
  const ok: PlacementFacts = {
    parkId: "home", slotId: "booth-1", companyId: "c1", companyName: "Acme", parkExists: true, slotExists: true,
    holderId: null, companySuspended: false, heldSlotInPark: null,
  };

  it("gives a free slot of the layout to a company without a booth in the park", () => {
    expect(refuseBoothPlacement(ok)).toBeNull();
  });

  it("refuses an unknown park or slot with 404", () => {
    expect(refuseBoothPlacement({ ...ok, parkExists: false })).toMatchObject({ status: 404, code: "park_not_found" });
    expect(refuseBoothPlacement({ ...ok, slotExists: false })).toMatchObject({ status: 404, code: "slot_not_found" });
  });

  it("refuses a suspended company with 403", () => {
    expect(refuseBoothPlacement({ ...ok, companySuspended: true })).toMatchObject({ status: 403, code: "company_suspended" });
  });

  it("gives a company one booth per park", () => {
    const r = refuseBoothPlacement({ ...ok, heldSlotInPark: "booth-4" });
    expect(r).toMatchObject({ status: 409, code: "already_has_booth" });
    expect(r!.message).toContain("booth-4");
  });

  it("refuses a slot another company holds", () => {
    expect(refuseBoothPlacement({ ...ok, holderId: "c2" })).toMatchObject({ status: 409, code: "slot_taken" });
  });
});

describe("freeing a booth and reading its visits", () => {
  it("lets managers and the company's owners free a booth, not its members or others", () => {
    expect(canFreeBooth("manager", null)).toBe(true);
    expect(canFreeBooth("resident", "owner")).toBe(true);
    expect(canFreeBooth("resident", "member")).toBe(false);
    expect(canFreeBooth("resident", null)).toBe(false);
  });

  it("shows visits to the company's people and to managers", () => {
    expect(canSeeBoothVisits("resident", "member")).toBe(true);
    expect(canSeeBoothVisits("manager", null)).toBe(true);
    expect(canSeeBoothVisits("resident", null)).toBe(false);
    expect(canSeeBoothVisits("guest", null)).toBe(false);
  });
});

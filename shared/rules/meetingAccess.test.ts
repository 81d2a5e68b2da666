import { describe, expect, it } from "vitest";
import { atTheDoor, chooseHost, type DoorCheck } from "./meetingAccess.ts";

const door = (over: Partial<DoorCheck> = {}): DoorCheck => ({
  kind: "meeting", visibility: "public", capacity: 4, locked: false, present: 1, clinicOpen: false,
  role: "resident", ownerSide: false, booked: false, removed: false, ...over,
});

describe("at the door of a meeting room", () => {
  it("lets anyone walk into a public room with a free seat, guests too", () => {
    expect(atTheDoor(door())).toBe("enter");
    expect(atTheDoor(door({ role: "guest" }))).toBe("enter");
    expect(atTheDoor(door({ role: "manager" }))).toBe("enter");
  });

  it("makes a stranger knock at a private room, and the owner's side and the booked walk in", () => {
    expect(atTheDoor(door({ visibility: "private" }))).toBe("knock");
    expect(atTheDoor(door({ visibility: "private", ownerSide: true }))).toBe("enter");
    expect(atTheDoor(door({ visibility: "private", booked: true }))).toBe("enter");
  });

  it("keeps a guest out of private and invite-only rooms: they have no name to knock with", () => {
    expect(atTheDoor(door({ visibility: "private", role: "guest" }))).toBe("invite-only");
    expect(atTheDoor(door({ visibility: "invite-only", role: "guest" }))).toBe("invite-only");
    expect(atTheDoor(door({ visibility: "private", role: "guest", booked: true }))).toBe("enter");
  });

  it("lets only the invited into an invite-only room", () => {
    expect(atTheDoor(door({ visibility: "invite-only" }))).toBe("invite-only");
    expect(atTheDoor(door({ visibility: "invite-only", booked: true }))).toBe("enter");
    expect(atTheDoor(door({ visibility: "invite-only", ownerSide: true }))).toBe("enter");
  });

  it("binds everyone by capacity, the invited and the owner's side included", () => {
    expect(atTheDoor(door({ present: 4 }))).toBe("full");
    expect(atTheDoor(door({ present: 5 }))).toBe("full");
    expect(atTheDoor(door({ present: 4, ownerSide: true }))).toBe("full");
    expect(atTheDoor(door({ present: 4, booked: true, visibility: "invite-only" }))).toBe("full");
    expect(atTheDoor(door({ present: 3 }))).toBe("enter");
  });

  it("says invite-only before full to someone who could never come in", () => {
    expect(atTheDoor(door({ visibility: "invite-only", present: 4 }))).toBe("invite-only");
  });

  it("turns newcomers away from a locked room, but not the invited or the owner's side", () => {
    expect(atTheDoor(door({ locked: true }))).toBe("locked");
    expect(atTheDoor(door({ locked: true, visibility: "private" }))).toBe("locked");
    expect(atTheDoor(door({ locked: true, ownerSide: true }))).toBe("enter");
    expect(atTheDoor(door({ locked: true, booked: true }))).toBe("enter");
  });

  it("keeps a removed person out whatever else is true", () => {
    expect(atTheDoor(door({ removed: true }))).toBe("removed");
    expect(atTheDoor(door({ removed: true, ownerSide: true, booked: true }))).toBe("removed");
    expect(atTheDoor(door({ removed: true, present: 10 }))).toBe("removed");
  });

  it("hands visitors of an open clinic a ticket, and lets the clinic's expert straight in", () => {
    expect(atTheDoor(door({ kind: "clinic", clinicOpen: true }))).toBe("queue");
    expect(atTheDoor(door({ kind: "clinic", clinicOpen: true, visibility: "private" }))).toBe("queue");
    expect(atTheDoor(door({ kind: "clinic", clinicOpen: true, ownerSide: true }))).toBe("enter");
    expect(atTheDoor(door({ kind: "clinic", clinicOpen: true, booked: true }))).toBe("enter");
  });

  it("treats a closed clinic as a plain room of its visibility", () => {
    expect(atTheDoor(door({ kind: "clinic", clinicOpen: false }))).toBe("enter");
    expect(atTheDoor(door({ kind: "clinic", clinicOpen: false, visibility: "private" }))).toBe("knock");
  });

  it("does not queue anyone at a room that is not a clinic, even with clinicOpen set", () => {
    expect(atTheDoor(door({ kind: "salon", clinicOpen: true }))).toBe("enter");
  });

  it("refuses a full clinic's queue too (the seats bind the queue's entrance)", () => {
    expect(atTheDoor(door({ kind: "clinic", clinicOpen: true, present: 4 }))).toBe("full");
  });
});

describe("who hosts", () => {
  const none = { current: null, booker: null, ownerSide: [], present: [] } as const;

  it("keeps the current host while they are present", () => {
    expect(chooseHost({ ...none, current: "b", booker: "a", ownerSide: ["c"], present: ["a", "b", "c"] })).toBe("b");
  });

  it("passes to the booker when the current host has left", () => {
    expect(chooseHost({ ...none, current: "gone", booker: "a", ownerSide: ["c"], present: ["c", "a"] })).toBe("a");
  });

  it("passes to the owner's side, earliest first, when the booker is absent", () => {
    expect(chooseHost({ ...none, booker: "away", ownerSide: ["d", "c"], present: ["x", "c", "d"] })).toBe("d");
  });

  it("skips owner-side people who are not present", () => {
    expect(chooseHost({ ...none, ownerSide: ["away", "c"], present: ["x", "c"] })).toBe("c");
  });

  it("falls back to the earliest arrival", () => {
    expect(chooseHost({ ...none, present: ["x", "y"] })).toBe("x");
  });

  it("is nobody in an empty room", () => {
    expect(chooseHost(none)).toBeNull();
    expect(chooseHost({ current: "a", booker: "b", ownerSide: ["c"], present: [] })).toBeNull();
  });
});

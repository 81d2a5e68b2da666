import { describe, expect, it } from "vitest";
import { chooseHost } from "../../shared/rules/meetingAccess.ts";
import { countPresent, freeSeat, hostCandidates, type PersonAtMeeting } from "./meetingPeople.ts";

const person = (userId: string, over: Partial<PersonAtMeeting> = {}): PersonAtMeeting => ({
  userId, status: "present", seat: 0, ownerSide: false, arrival: 0, ...over,
});

describe("seats at the table", () => {
  it("gives the lowest free seat and ignores people waiting at the door", () => {
    expect(freeSeat([], 3)).toBe(0);
    expect(freeSeat([person("a", { seat: 0 }), person("b", { seat: 2 })], 3)).toBe(1);
    expect(freeSeat([person("a", { seat: 0 }), person("k", { status: "knocking", seat: -1 })], 2)).toBe(1);
  });

  it("has none left when every seat is held", () => {
    expect(freeSeat([person("a", { seat: 0 }), person("b", { seat: 1 })], 2)).toBe(-1);
  });

  it("counts only the people inside", () => {
    expect(countPresent([person("a"), person("q", { status: "queued" }), person("k", { status: "knocking" })])).toBe(1);
  });
});

describe("host candidates", () => {
  it("lists present people by arrival and the owner's side apart, leaving out those waiting", () => {
    const people = [
      person("late-owner", { arrival: 5, ownerSide: true }),
      person("first", { arrival: 1 }),
      person("early-owner", { arrival: 2, ownerSide: true }),
      person("knocker", { arrival: 0, status: "knocking", ownerSide: true }),
    ];
    const c = hostCandidates(people, null, null);
    expect(c.present).toEqual(["first", "early-owner", "late-owner"]);
    expect(c.ownerSide).toEqual(["early-owner", "late-owner"]);
    expect(chooseHost(c)).toBe("early-owner");
    expect(chooseHost(hostCandidates(people, "first", null))).toBe("first");
    expect(chooseHost(hostCandidates(people, "knocker", "late-owner"))).toBe("late-owner");
  });
});

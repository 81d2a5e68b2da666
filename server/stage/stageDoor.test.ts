import { describe, expect, it } from "vitest";
import { EVENT_DOORS_OPEN_MINUTES } from "../../shared/constants.ts";
import { END_GRACE_MINUTES, eventOver, stageDoor, type DoorFacts } from "./stageDoor.ts";

const MIN = 60_000;
const start = Date.UTC(2026, 10, 23, 10, 0);
const facts = (over: Partial<DoorFacts> = {}): DoorFacts => ({
  event: { status: "approved", startsAt: new Date(start), endsAt: new Date(start + 60 * MIN) },
  stageRole: null, companyMember: false, manager: false, removed: false, ...over,
});

describe("stageDoor", () => {
  it("opens to everyone from the doors' time until the end and its grace", () => {
    expect(stageDoor(facts(), start - EVENT_DOORS_OPEN_MINUTES * MIN)).toBeNull();
    expect(stageDoor(facts(), start - EVENT_DOORS_OPEN_MINUTES * MIN - 1)?.code).toBe(425);
    expect(stageDoor(facts(), start + (60 + END_GRACE_MINUTES) * MIN)).toBeNull();
    expect(stageDoor(facts(), start + (60 + END_GRACE_MINUTES) * MIN + 1)?.code).toBe(410);
  });
  it("lets the programme and the organisers in early, but not after the end", () => {
    const early = start - 3 * 60 * MIN;
    for (const f of [facts({ stageRole: "speaker" }), facts({ stageRole: "moderator" }), facts({ companyMember: true }), facts({ manager: true })]) {
      expect(stageDoor(f, early)).toBeNull();
      expect(stageDoor(f, start + 120 * MIN)?.code).toBe(410);
    }
  });
  it("keeps an unapproved event to its organisers, and removed people out", () => {
    const pending = { status: "pending", startsAt: new Date(start), endsAt: new Date(start + 60 * MIN) };
    expect(stageDoor(facts({ event: pending }), start)?.code).toBe(409);
    expect(stageDoor(facts({ event: pending, stageRole: "speaker" }), start)?.code).toBe(409);
    expect(stageDoor(facts({ event: pending, stageRole: "host" }), start)).toBeNull();
    expect(stageDoor(facts({ event: pending, companyMember: true }), start)).toBeNull();
    expect(stageDoor(facts({ removed: true }), start)).toEqual({ code: 403, message: "a moderator removed you from this event" });
  });
  it("counts a cancelled event as over", () => {
    expect(eventOver({ status: "cancelled", endsAt: new Date(start + 60 * MIN) }, start)).toBe(true);
    expect(stageDoor(facts({ event: { status: "cancelled", startsAt: new Date(start), endsAt: new Date(start + 60 * MIN) }, manager: true }), start)?.code).toBe(410);
  });
});

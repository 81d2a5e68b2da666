import { describe, expect, it } from "vitest";
import { bookingTimeProblem, firstOverlap, spansOverlap, type Span } from "./bookingRules.ts";

const now = new Date("2026-11-23T02:00:00Z");
const span = (start: string, end: string): Span => ({ startsAt: new Date(start), endsAt: new Date(end) });
const minutes = (from: Date, m: number) => new Date(from.getTime() + m * 60_000);
const fromNow = (startMin: number, lengthMin: number): Span => ({ startsAt: minutes(now, startMin), endsAt: minutes(now, startMin + lengthMin) });

describe("a booking's times", () => {
  it("are fine from 15 minutes to 8 hours, starting now or within 90 days", () => {
    expect(bookingTimeProblem(fromNow(60, 15), now)).toBeNull();
    expect(bookingTimeProblem(fromNow(60, 8 * 60), now)).toBeNull();
    expect(bookingTimeProblem(fromNow(0, 30), now)).toBeNull();
    expect(bookingTimeProblem(fromNow(90 * 24 * 60, 30), now)).toBeNull();
  });

  it("must end after they start", () => {
    expect(bookingTimeProblem(fromNow(60, 0), now)).toBe("a booking ends after it starts");
    expect(bookingTimeProblem(fromNow(60, -30), now)).toBe("a booking ends after it starts");
  });

  it("last at least 15 minutes and at most 8 hours", () => {
    expect(bookingTimeProblem(fromNow(60, 14), now)).toContain("at least 15 minutes");
    expect(bookingTimeProblem(fromNow(60, 8 * 60 + 1), now)).toContain("at most 8 hours");
  });

  it("may start a few minutes ago (a form filled in before sending), not earlier", () => {
    expect(bookingTimeProblem(fromNow(-5, 60), now)).toBeNull();
    expect(bookingTimeProblem(fromNow(-6, 60), now)).toBe("a booking cannot start in the past");
    expect(bookingTimeProblem(fromNow(-24 * 60, 60), now)).toBe("a booking cannot start in the past");
  });

  it("start no more than 90 days ahead", () => {
    expect(bookingTimeProblem(fromNow(90 * 24 * 60 + 1, 30), now)).toContain("within 90 days");
  });
});

describe("overlaps", () => {
  const ten = span("2026-11-24T02:00:00Z", "2026-11-24T03:00:00Z");

  it("are half-open: one meeting ending as the next starts do not overlap", () => {
    expect(spansOverlap(ten, span("2026-11-24T03:00:00Z", "2026-11-24T04:00:00Z"))).toBe(false);
    expect(spansOverlap(ten, span("2026-11-24T01:00:00Z", "2026-11-24T02:00:00Z"))).toBe(false);
  });

  it("are found by a minute shared, inside, around, or the same span, either way round", () => {
    const cases = [
      span("2026-11-24T02:59:00Z", "2026-11-24T04:00:00Z"),
      span("2026-11-24T01:00:00Z", "2026-11-24T02:01:00Z"),
      span("2026-11-24T02:15:00Z", "2026-11-24T02:45:00Z"),
      span("2026-11-24T01:00:00Z", "2026-11-24T05:00:00Z"),
      ten,
    ];
    for (const other of cases) {
      expect(spansOverlap(ten, other)).toBe(true);
      expect(spansOverlap(other, ten)).toBe(true);
    }
  });

  it("name the first booking in the way, or none", () => {
    const day = [
      { id: "a", ...span("2026-11-24T01:00:00Z", "2026-11-24T02:00:00Z") },
      { id: "b", ...span("2026-11-24T02:30:00Z", "2026-11-24T03:30:00Z") },
      { id: "c", ...span("2026-11-24T03:30:00Z", "2026-11-24T04:00:00Z") },
    ];
    expect(firstOverlap(day, ten)?.id).toBe("b");
    expect(firstOverlap(day, span("2026-11-24T03:00:00Z", "2026-11-24T05:00:00Z"))?.id).toBe("b");
    expect(firstOverlap(day, span("2026-11-24T04:00:00Z", "2026-11-24T05:00:00Z"))).toBeUndefined();
    expect(firstOverlap([], ten)).toBeUndefined();
  });
});

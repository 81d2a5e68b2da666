import { describe, expect, it } from "vitest";
import { addMonths, eventsByDay, gridSpan, isMonthKey, monthOf, monthWeeks } from "./monthGrid.ts";

const TZ = "Asia/Shanghai";

describe("monthGrid", () => {
  it("names months and steps across years", () => {
    expect(isMonthKey("2026-11")).toBe(true);
    expect(isMonthKey("2026-13")).toBe(false);
    expect(monthOf("2026-11-23")).toBe("2026-11");
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-11", -13)).toBe("2025-10");
  });

  it("lays a month out in whole weeks from Monday", () => {
    const weeks = monthWeeks("2026-11");
    // 1 November 2026 is a Sunday: the grid starts on Monday 26 October and ends on Sunday 6 December.
    expect(weeks).toHaveLength(6);
    expect(weeks[0]?.[0]).toEqual({ day: "2026-10-26", inMonth: false });
    expect(weeks[0]?.[6]).toEqual({ day: "2026-11-01", inMonth: true });
    expect(weeks[5]?.[6]).toEqual({ day: "2026-12-06", inMonth: false });
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    // February 2027 starts on a Monday and has 28 days: exactly four rows.
    expect(monthWeeks("2027-02")).toHaveLength(4);
    expect(gridSpan("2026-11")).toEqual({ first: "2026-10-26", days: 42 });
  });

  it("puts events on every park day they touch", () => {
    const a = { id: "a", startsAt: "2026-11-23T22:00:00+08:00", endsAt: "2026-11-24T01:00:00+08:00" };
    const b = { id: "b", startsAt: "2026-11-23T09:00:00+08:00", endsAt: "2026-11-24T00:00:00+08:00" };
    // 01:00 UTC is 09:00 in the park: the park's day, not UTC's, counts.
    const c = { id: "c", startsAt: "2026-11-24T17:00:00Z", endsAt: "2026-11-24T18:00:00Z" };
    const days = eventsByDay([a, b, c], TZ);
    expect(days.get("2026-11-23")?.map((e) => e.id)).toEqual(["b", "a"]);
    expect(days.get("2026-11-24")?.map((e) => e.id)).toEqual(["a"]);
    expect(days.get("2026-11-25")?.map((e) => e.id)).toEqual(["c"]);
  });
});

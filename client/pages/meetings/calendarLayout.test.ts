import { describe, expect, it } from "vitest";
import { calendarSlots, inClinicHours, layoutWeek, slotFree, slotOf } from "./calendarLayout.ts";
import { weekOf } from "./parkTime.ts";

const SH = "Asia/Shanghai";
const week = weekOf("2026-11-23");
const booking = (id: string, startsAt: string, endsAt: string, cancelled = false) => ({ id, startsAt, endsAt, cancelled });

describe("the week calendar", () => {
  it("places a booking by its time on the park's clock", () => {
    // Tuesday 09:00–10:30 in Shanghai; the calendar shows 08:00–20:00 (12 hours).
    const [block] = layoutWeek([booking("a", "2026-11-24T01:00:00Z", "2026-11-24T02:30:00Z")], week, SH);
    expect(block).toMatchObject({ dayIndex: 1, cutBefore: false, cutAfter: false });
    expect(block!.top).toBeCloseTo(1 / 12);
    expect(block!.height).toBeCloseTo(1.5 / 12);
  });

  it("splits a booking over midnight and clips it to the shown hours", () => {
    const blocks = layoutWeek([booking("late", "2026-11-25T19:00:00+08:00", "2026-11-26T09:00:00+08:00")], week, SH);
    expect(blocks.map((b) => [b.dayIndex, b.cutBefore, b.cutAfter])).toEqual([[2, false, true], [3, true, false]]);
    expect(blocks[0]!.height).toBeCloseTo(1 / 12);
    expect(blocks[1]!.top).toBe(0);
    expect(blocks[1]!.height).toBeCloseTo(1 / 12);
  });

  it("leaves out cancelled bookings, those outside the hours and those of other weeks", () => {
    expect(layoutWeek([
      booking("x", "2026-11-24T09:00:00+08:00", "2026-11-24T10:00:00+08:00", true),
      booking("night", "2026-11-24T21:00:00+08:00", "2026-11-24T23:00:00+08:00"),
      booking("next", "2026-12-01T09:00:00+08:00", "2026-12-01T10:00:00+08:00"),
    ], week, SH)).toEqual([]);
  });

  it("offers half-hour slots that have not begun and are not taken", () => {
    expect(calendarSlots()).toHaveLength(24);
    expect(calendarSlots()[0]).toBe(480);
    const taken = [booking("a", "2026-11-24T09:00:00+08:00", "2026-11-24T10:00:00+08:00")];
    const now = new Date("2026-11-24T08:40:00+08:00");
    expect(slotFree(taken, "2026-11-24", 8 * 60 + 30, SH, now)).toBe(false);
    expect(slotFree(taken, "2026-11-24", 8 * 60 + 30, SH, new Date("2026-11-24T08:20:00+08:00"))).toBe(true);
    expect(slotFree(taken, "2026-11-24", 9 * 60 + 30, SH, now)).toBe(false);
    expect(slotFree(taken, "2026-11-24", 10 * 60, SH, now)).toBe(true);
    expect(slotFree(taken, "2026-11-23", 10 * 60, SH, now)).toBe(false);
    expect(slotFree([{ ...taken[0]!, cancelled: true }], "2026-11-24", 9 * 60, SH, now)).toBe(true);
  });

  it("reads a start time back into a day and minute", () => {
    expect(slotOf("2026-11-24T01:30:00Z", SH)).toEqual({ day: "2026-11-24", minute: 570 });
    expect(slotOf("not a time", SH)).toBeNull();
  });

  it("marks the half hours within clinic hours", () => {
    const hours = [{ weekday: 1, startMinute: 14 * 60, endMinute: 17 * 60 }];
    expect(inClinicHours(hours, "2026-11-23", 14 * 60)).toBe(true);
    expect(inClinicHours(hours, "2026-11-23", 16 * 60 + 30)).toBe(true);
    expect(inClinicHours(hours, "2026-11-23", 17 * 60)).toBe(false);
    expect(inClinicHours(hours, "2026-11-24", 15 * 60)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { PARK_TIME_ZONE } from "../constants.ts";
import { clinicOpenAt, localWeekMinute, overlappingHours } from "./clinicHours.ts";

describe("the weekday and minute in the park's time zone", () => {
  it("reads Shanghai time, eight hours ahead of UTC", () => {
    // Monday 23 November 2026, 06:30 UTC is 14:30 in Shanghai.
    expect(localWeekMinute(new Date("2026-11-23T06:30:00Z"), PARK_TIME_ZONE)).toEqual({ weekday: 1, minute: 14 * 60 + 30 });
  });

  it("crosses midnight before UTC does: Sunday 17:00 UTC is Monday 01:00 in Shanghai", () => {
    expect(localWeekMinute(new Date("2026-11-22T17:00:00Z"), PARK_TIME_ZONE)).toEqual({ weekday: 1, minute: 60 });
    expect(localWeekMinute(new Date("2026-11-22T15:59:00Z"), PARK_TIME_ZONE)).toEqual({ weekday: 7, minute: 23 * 60 + 59 });
    expect(localWeekMinute(new Date("2026-11-22T16:00:00Z"), PARK_TIME_ZONE)).toEqual({ weekday: 1, minute: 0 });
  });

  it("numbers the week from Monday 1 to Sunday 7", () => {
    const days = [23, 24, 25, 26, 27, 28, 29].map((d) => localWeekMinute(new Date(`2026-11-${d}T04:00:00Z`), PARK_TIME_ZONE).weekday);
    expect(days).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe("whether clinic hours are on", () => {
  // Weekdays 14:00–17:00 and Saturday 09:00–12:00.
  const hours = [
    ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 14 * 60, endMinute: 17 * 60 })),
    { weekday: 6, startMinute: 9 * 60, endMinute: 12 * 60 },
  ];
  const open = (utc: string) => clinicOpenAt(hours, new Date(utc), PARK_TIME_ZONE);

  it("is on from the first minute and off at the end minute (half-open)", () => {
    expect(open("2026-11-23T05:59:00Z")).toBe(false); // Monday 13:59
    expect(open("2026-11-23T06:00:00Z")).toBe(true); // 14:00
    expect(open("2026-11-23T08:59:00Z")).toBe(true); // 16:59
    expect(open("2026-11-23T09:00:00Z")).toBe(false); // 17:00
  });

  it("follows the park's weekday, not UTC's", () => {
    // Saturday 10:00 in Shanghai is Saturday 02:00 UTC; Friday 18:00 UTC is Saturday 02:00 there.
    expect(open("2026-11-28T02:00:00Z")).toBe(true);
    expect(open("2026-11-27T18:00:00Z")).toBe(false);
    expect(open("2026-11-29T02:00:00Z")).toBe(false); // Sunday
  });

  it("is never on without hours, and all day with a whole-day span", () => {
    expect(clinicOpenAt([], new Date("2026-11-23T06:00:00Z"), PARK_TIME_ZONE)).toBe(false);
    const allDay = [{ weekday: 1, startMinute: 0, endMinute: 1440 }];
    expect(clinicOpenAt(allDay, new Date("2026-11-22T16:00:00Z"), PARK_TIME_ZONE)).toBe(true); // Monday 00:00
    expect(clinicOpenAt(allDay, new Date("2026-11-23T15:59:00Z"), PARK_TIME_ZONE)).toBe(true); // Monday 23:59
    expect(clinicOpenAt(allDay, new Date("2026-11-23T16:00:00Z"), PARK_TIME_ZONE)).toBe(false); // Tuesday 00:00
  });
});

describe("overlapping clinic hours", () => {
  const span = (weekday: number, startMinute: number, endMinute: number) => ({ weekday, startMinute, endMinute });

  it("are two spans of one weekday sharing a minute, found in any order", () => {
    expect(overlappingHours([span(2, 660, 720), span(1, 600, 700), span(2, 600, 700)])).toEqual([span(2, 600, 700), span(2, 660, 720)]);
    // One inside another, with a third between them in the list.
    expect(overlappingHours([span(3, 0, 1440), span(3, 100, 200), span(3, 900, 1000)])).toEqual([span(3, 0, 1440), span(3, 100, 200)]);
  });

  it("are not spans that touch, or the same hours on other days", () => {
    expect(overlappingHours([span(2, 600, 660), span(2, 660, 720)])).toBeNull();
    expect(overlappingHours([1, 2, 3, 4, 5].map((d) => span(d, 840, 1020)))).toBeNull();
    expect(overlappingHours([])).toBeNull();
  });
});

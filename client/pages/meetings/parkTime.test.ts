import { describe, expect, it } from "vitest";
import {
  addDays, clockToMinute, isDayKey, minuteToClock, mondayOf, weekOf, weekdayOf, zonedInstant, zonedIso, zonedParts, zoneOffsetMinutes,
} from "./parkTime.ts";

const SH = "Asia/Shanghai";

describe("park time", () => {
  it("reads an instant on the park's clock", () => {
    // 2026-11-22 23:30 UTC is Monday 07:30 in Shanghai.
    expect(zonedParts(new Date("2026-11-22T23:30:00Z"), SH)).toEqual({ day: "2026-11-23", weekday: 1, minute: 450 });
    expect(zoneOffsetMinutes(new Date("2026-11-22T23:30:00Z"), SH)).toBe(480);
  });

  it("turns a day and a minute into ISO with the zone's offset, and back", () => {
    expect(zonedIso("2026-11-23", 9 * 60, SH)).toBe("2026-11-23T09:00:00+08:00");
    expect(zonedInstant("2026-11-23", 9 * 60, SH).toISOString()).toBe("2026-11-23T01:00:00.000Z");
    expect(zonedIso("2026-11-23", 1440, SH)).toBe("2026-11-24T00:00:00+08:00");
    expect(new Date(zonedIso("2026-11-23", 570, SH)).getTime()).toBe(zonedInstant("2026-11-23", 570, SH).getTime());
  });

  it("follows daylight saving where the zone has it", () => {
    expect(zonedIso("2026-07-01", 600, "Europe/Berlin")).toBe("2026-07-01T10:00:00+02:00");
    expect(zonedIso("2026-01-15", 600, "Europe/Berlin")).toBe("2026-01-15T10:00:00+01:00");
  });

  it("walks days and weeks across month and year ends", () => {
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(weekdayOf("2026-11-29")).toBe(7);
    expect(mondayOf("2026-11-29")).toBe("2026-11-23");
    expect(mondayOf("2026-11-23")).toBe("2026-11-23");
    expect(weekOf("2026-12-28")).toEqual(["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03"]);
  });

  it("reads and writes clock times", () => {
    expect(minuteToClock(570)).toBe("09:30");
    expect(clockToMinute("9:30")).toBe(570);
    expect(clockToMinute("24:00")).toBe(1440);
    expect(clockToMinute("24:30")).toBeNull();
    expect(clockToMinute("12:60")).toBeNull();
    expect(clockToMinute("noon")).toBeNull();
  });

  it("knows a day key from a near miss", () => {
    expect(isDayKey("2026-11-23")).toBe(true);
    expect(isDayKey("2026-02-30")).toBe(false);
    expect(isDayKey("23/11/2026")).toBe(false);
  });
});

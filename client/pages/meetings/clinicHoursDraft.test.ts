import { describe, expect, it } from "vitest";
import { hoursRows, nextRow, readHours } from "./clinicHoursDraft.ts";

describe("the clinic hours form", () => {
  it("shows spans by weekday and time, and reads them back", () => {
    const rows = hoursRows([{ weekday: 3, startMinute: 840, endMinute: 1020 }, { weekday: 1, startMinute: 540, endMinute: 720 }]);
    expect(rows).toEqual([{ weekday: 1, start: "09:00", end: "12:00" }, { weekday: 3, start: "14:00", end: "17:00" }]);
    expect(readHours(rows)).toEqual({ ok: true, hours: [{ weekday: 1, startMinute: 540, endMinute: 720 }, { weekday: 3, startMinute: 840, endMinute: 1020 }] });
  });

  it("adds the next weekday at the same times", () => {
    expect(nextRow([])).toEqual({ weekday: 1, start: "14:00", end: "17:00" });
    expect(nextRow([{ weekday: 7, start: "09:00", end: "10:00" }])).toEqual({ weekday: 1, start: "09:00", end: "10:00" });
  });

  it("says which row is wrong and why", () => {
    expect(readHours([{ weekday: 1, start: "9", end: "10:00" }])).toEqual({ ok: false, row: 0, problem: "badTime" });
    expect(readHours([{ weekday: 1, start: "10:00", end: "10:00" }])).toEqual({ ok: false, row: 0, problem: "endBeforeStart" });
    expect(readHours([{ weekday: 2, start: "09:00", end: "12:00" }, { weekday: 2, start: "11:00", end: "13:00" }]))
      .toEqual({ ok: false, row: 1, problem: "overlap" });
    expect(readHours([{ weekday: 2, start: "09:00", end: "12:00" }, { weekday: 2, start: "12:00", end: "24:00" }]).ok).toBe(true);
    const many = Array.from({ length: 29 }, (_, i) => ({ weekday: (i % 7) + 1, start: `${String(8 + Math.floor(i / 7)).padStart(2, "0")}:00`, end: `${String(8 + Math.floor(i / 7)).padStart(2, "0")}:30` }));
    expect(readHours(many)).toMatchObject({ ok: false, problem: "tooMany" });
  });
});

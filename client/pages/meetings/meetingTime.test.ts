import { describe, expect, it } from "vitest";
import { formatClockSpan, formatDayHeading, formatSpan, meetingOpen } from "./meetingTime.ts";

const b = { startsAt: "2026-11-24T14:30:00+08:00", endsAt: "2026-11-24T16:00:00+08:00", cancelled: false };

describe("meeting times", () => {
  it("opens the room a few minutes early and closes it at the end", () => {
    expect(meetingOpen(b, new Date("2026-11-24T14:15:00+08:00"))).toBe(false);
    expect(meetingOpen(b, new Date("2026-11-24T14:22:00+08:00"))).toBe(true);
    expect(meetingOpen(b, new Date("2026-11-24T15:59:00+08:00"))).toBe(true);
    expect(meetingOpen(b, new Date("2026-11-24T16:00:00+08:00"))).toBe(false);
    expect(meetingOpen({ ...b, cancelled: true }, new Date("2026-11-24T15:00:00+08:00"))).toBe(false);
  });

  it("writes a span on the park's clock in the reader's language", () => {
    expect(formatSpan(b.startsAt, b.endsAt, "en", "Asia/Shanghai")).toBe("Tue, Nov 24 14:30 – 16:00");
    expect(formatSpan(b.startsAt, "2026-11-25T01:00:00+08:00", "en", "Asia/Shanghai")).toBe("Tue, Nov 24 14:30 – Wed, Nov 25 01:00");
    expect(formatSpan(b.startsAt, b.endsAt, "zh-CN", "Asia/Shanghai")).toContain("14:30 – 16:00");
    expect(formatClockSpan(b.startsAt, b.endsAt, "en", "Asia/Shanghai")).toBe("14:30 – 16:00");
  });

  it("heads a calendar column with the weekday and date", () => {
    expect(formatDayHeading("2026-11-23", "en")).toEqual({ weekday: "Mon", date: "11/23" });
  });
});

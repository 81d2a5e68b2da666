import { describe, expect, it } from "vitest";
import { EVENT_DOORS_OPEN_MINUTES } from "../../../shared/constants.ts";
import { canJoinHall, eventPhase, formatFigures, nextPhaseChange } from "./eventTimes.ts";

const e = { startsAt: "2026-11-23T10:00:00Z", endsAt: "2026-11-23T11:00:00Z", status: "approved" as const };
const at = (iso: string) => new Date(iso);

describe("eventTimes", () => {
  it("opens the doors EVENT_DOORS_OPEN_MINUTES before the start and closes them at the end", () => {
    const doors = new Date(Date.parse(e.startsAt) - EVENT_DOORS_OPEN_MINUTES * 60_000);
    expect(eventPhase(e, new Date(doors.getTime() - 1))).toBe("upcoming");
    expect(canJoinHall(e, new Date(doors.getTime() - 1))).toBe(false);
    expect(eventPhase(e, doors)).toBe("doors-open");
    expect(canJoinHall(e, doors)).toBe(true);
    expect(eventPhase(e, at("2026-11-23T10:30:00Z"))).toBe("live");
    expect(canJoinHall(e, at("2026-11-23T10:59:59Z"))).toBe(true);
    expect(eventPhase(e, at("2026-11-23T11:00:00Z"))).toBe("ended");
    expect(canJoinHall(e, at("2026-11-23T11:00:00Z"))).toBe(false);
  });

  it("never opens the hall for an event that is not approved", () => {
    for (const status of ["pending", "rejected", "cancelled"] as const) {
      expect(canJoinHall({ ...e, status }, at("2026-11-23T10:30:00Z"))).toBe(false);
    }
  });

  it("says when the button next changes", () => {
    expect(nextPhaseChange(e, at("2026-11-23T09:00:00Z"))).toBe((60 - EVENT_DOORS_OPEN_MINUTES) * 60_000);
    expect(nextPhaseChange(e, at("2026-11-23T10:30:00Z"))).toBe(30 * 60_000);
    expect(nextPhaseChange(e, at("2026-11-23T12:00:00Z"))).toBeNull();
  });

  it("formats the figures", () => {
    expect(formatFigures({ peak: 1234, total: 2000, averageMinutes: 12.345 }, "en")).toEqual({ peak: "1,234", total: "2,000", averageMinutes: "12.3" });
    expect(formatFigures({ peak: 0, total: 0, averageMinutes: 0 }, "zh-CN")).toEqual({ peak: "0", total: "0", averageMinutes: "0" });
    expect(formatFigures({ peak: 3, total: 4, averageMinutes: 20 }, "en").averageMinutes).toBe("20");
  });
});

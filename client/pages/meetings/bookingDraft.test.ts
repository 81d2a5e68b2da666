import { describe, expect, it } from "vitest";
import { CreateBookingBody } from "../../../shared/protocol/meetings.ts";
import { bookingBody, bookingProblems, DURATIONS, type BookingDraft } from "./bookingDraft.ts";

const SH = "Asia/Shanghai";
const now = new Date("2026-11-23T09:10:00+08:00");
const ROOM = "6f1c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f";
const draft: BookingDraft = { roomId: ROOM, day: "2026-11-24", start: "14:30", minutes: 90, title: " Mould review ", inviteeIds: [ROOM, ROOM], taskId: null };

describe("the booking form's draft", () => {
  it("has nothing to say about a good draft, and sends it on the park's clock", () => {
    expect(bookingProblems(draft, now, SH)).toEqual({});
    const body = bookingBody(draft, SH);
    expect(body).toEqual({ title: "Mould review", startsAt: "2026-11-24T14:30:00+08:00", endsAt: "2026-11-24T16:00:00+08:00", inviteeIds: [ROOM] });
    expect(CreateBookingBody.safeParse(body).success).toBe(true);
    expect(bookingBody({ ...draft, taskId: ROOM }, SH).taskId).toBe(ROOM);
  });

  it("ends a late meeting on the next day", () => {
    expect(bookingBody({ ...draft, start: "23:30", minutes: 60 }, SH).endsAt).toBe("2026-11-25T00:30:00+08:00");
  });

  it("names each thing to fix", () => {
    expect(bookingProblems({ ...draft, roomId: "", title: "  ", start: "25:00", minutes: 5 }, now, SH))
      .toEqual({ room: "noRoom", title: "noTitle", start: "badStart", minutes: "badLength" });
    expect(bookingProblems({ ...draft, day: "2026-11-23", start: "08:00" }, now, SH)).toEqual({ start: "past" });
    expect(bookingProblems({ ...draft, day: "2027-06-01" }, now, SH)).toEqual({ day: "tooFar" });
    expect(bookingProblems({ ...draft, day: "2026-02-31" }, now, SH)).toEqual({ day: "badDay" });
    expect(bookingProblems({ ...draft, title: "x".repeat(81) }, now, SH)).toEqual({ title: "longTitle" });
    expect(bookingProblems({ ...draft, title: "bell\u0007" }, now, SH)).toEqual({ title: "badTitle" });
    // The booker and one invitee (named twice) fit a room for two; two invitees do not.
    expect(bookingProblems(draft, now, SH, 2)).toEqual({});
    expect(bookingProblems({ ...draft, inviteeIds: [ROOM, "other"] }, now, SH, 2)).toEqual({ invitees: "overCapacity" });
  });

  it("offers lengths from 15 minutes to 8 hours", () => {
    expect(DURATIONS[0]).toBe(15);
    expect(DURATIONS.at(-1)).toBe(480);
  });
});

import { describe, expect, it } from "vitest";
import type { MeetingBooking } from "../protocol/meetings.ts";
import { bookingForReader } from "./bookingPrivacy.ts";

const person = (id: string) => ({ id, displayName: id, colour: "#336699" });
const booking: MeetingBooking = {
  id: "b", roomId: "r", roomName: "Room A", parkId: "home", title: "Supplier terms", startsAt: "2026-11-24T02:00:00.000Z", endsAt: "2026-11-24T03:00:00.000Z",
  booker: person("booker"), invitees: [person("guest-1")], task: { id: "t", title: "Mould flow" }, cancelled: false,
};

describe("what a reader sees of a booking", () => {
  it("shows everything to the booker, the invitees and managers", () => {
    expect(bookingForReader(booking, { id: "booker", role: "resident" })).toEqual(booking);
    expect(bookingForReader(booking, { id: "guest-1", role: "resident" })).toEqual(booking);
    expect(bookingForReader(booking, { id: "someone", role: "manager" })).toEqual(booking);
  });

  it("shows others and anonymous readers only that the time is taken, and by whom", () => {
    for (const reader of [null, { id: "someone", role: "resident" }]) {
      const seen = bookingForReader(booking, reader);
      expect(seen).toMatchObject({ title: "", invitees: [], task: null, booker: booking.booker, startsAt: booking.startsAt, endsAt: booking.endsAt });
    }
  });
});

import type { MeetingBooking } from "../protocol/meetings.ts";

/**
 * What a reader sees of a booking on a room's calendar. Everyone sees when a room is taken and who
 * booked it; what the meeting is about, whom it is with and which task it concerns is for its
 * booker, its invitees and the park's managers. The title comes back empty for the others.
 */
export function bookingForReader(booking: MeetingBooking, reader: { id: string; role: string } | null): MeetingBooking {
  if (reader && (reader.role === "manager" || booking.booker.id === reader.id || booking.invitees.some((p) => p.id === reader.id))) return booking;
  return { ...booking, title: "", invitees: [], task: null };
}

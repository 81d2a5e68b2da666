import {
  BOOKING_MAX_DAYS_AHEAD, BOOKING_MAX_MINUTES, BOOKING_MIN_MINUTES, CreateBookingBody, MAX_INVITEES, MEETING_TITLE_MAX,
} from "../../../shared/protocol/meetings.ts";
import { clockToMinute, isDayKey, zonedInstant, zonedIso } from "./parkTime.ts";

/** What the booking form holds while it is filled in; times on the park's clock. */
export interface BookingDraft {
  roomId: string;
  day: string;
  start: string;
  minutes: number;
  title: string;
  inviteeIds: string[];
  taskId: string | null;
}

/** The lengths the form offers, from the shortest to the longest booking the server takes. */
export const DURATIONS: readonly number[] = [15, 30, 45, 60, 90, 120, 180, 240, 300, 360, 420, 480]
  .filter((m) => m >= BOOKING_MIN_MINUTES && m <= BOOKING_MAX_MINUTES);

export type BookingField = "room" | "day" | "start" | "minutes" | "title" | "invitees";
/** Keys of meetings:book.problems.*; each names one thing to fix. */
export type BookingProblem =
  | "noRoom" | "badDay" | "badStart" | "badLength" | "past" | "tooFar" | "noTitle" | "longTitle" | "badTitle" | "tooMany" | "overCapacity";

/**
 * What is wrong with the draft, field by field, mirroring CreateBookingBody, the server's time
 * rules (bookingRules.ts) and the chosen room's capacity when known, so most mistakes are said
 * before sending; the server still decides, overlaps included. Empty when the draft may be sent.
 */
export function bookingProblems(d: BookingDraft, now: Date, timeZone: string, capacity?: number): Partial<Record<BookingField, BookingProblem>> {
  const out: Partial<Record<BookingField, BookingProblem>> = {};
  if (!d.roomId) out.room = "noRoom";
  const title = d.title.trim();
  if (!title) out.title = "noTitle";
  else if (title.length > MEETING_TITLE_MAX) out.title = "longTitle";
  else if (!CreateBookingBody.shape.title.safeParse(title).success) out.title = "badTitle";
  if (d.inviteeIds.length > MAX_INVITEES) out.invitees = "tooMany";
  // The booker comes too: the room must hold them and everyone invited.
  else if (capacity !== undefined && new Set(d.inviteeIds).size + 1 > capacity) out.invitees = "overCapacity";
  if (d.minutes < BOOKING_MIN_MINUTES || d.minutes > BOOKING_MAX_MINUTES || !Number.isInteger(d.minutes)) out.minutes = "badLength";
  const minute = clockToMinute(d.start);
  if (!isDayKey(d.day)) out.day = "badDay";
  else if (minute === null || minute >= 1440) out.start = "badStart";
  else {
    const start = zonedInstant(d.day, minute, timeZone).getTime();
    // The server allows five minutes of slack for a form filled in a minute ago; the form asks for none.
    if (start < now.getTime() - 60_000) out.start = "past";
    else if (start > now.getTime() + BOOKING_MAX_DAYS_AHEAD * 86_400_000) out.day = "tooFar";
  }
  return out;
}

/** The request body for a draft with no problems. */
export function bookingBody(d: BookingDraft, timeZone: string): CreateBookingBody {
  const minute = clockToMinute(d.start) ?? 0;
  return {
    title: d.title.trim(),
    startsAt: zonedIso(d.day, minute, timeZone),
    endsAt: zonedIso(d.day, minute + d.minutes, timeZone),
    inviteeIds: [...new Set(d.inviteeIds)],
    ...(d.taskId ? { taskId: d.taskId } : {}),
  };
}

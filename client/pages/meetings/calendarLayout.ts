import { firstOverlap } from "../../../shared/rules/bookingRules.ts";
import type { ClinicHours } from "../../../shared/protocol/meetings.ts";
import { weekdayOf, zonedInstant, zonedParts } from "./parkTime.ts";

/** The hours the week calendar shows, on the park's clock: a working day with its evening. */
export const CALENDAR_FIRST_MINUTE = 8 * 60;
export const CALENDAR_LAST_MINUTE = 20 * 60;
/** A click on the calendar books this much from the half hour clicked. */
export const SLOT_MINUTES = 30;

export interface TimedBooking { id: string; startsAt: string; endsAt: string; cancelled: boolean }

export interface CalendarBlock<B extends TimedBooking> {
  booking: B;
  /** Which of the week's days (0 … 6). */
  dayIndex: number;
  /** Fractions of the shown hours: where the block starts and how tall it is. */
  top: number;
  height: number;
  /** The booking goes on before or after what this block shows. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * Where each booking sits in a week of `days` between the shown hours: one block per day it
 * touches, clipped to the shown hours; cancelled bookings and bookings outside the hours have none.
 */
export function layoutWeek<B extends TimedBooking>(bookings: readonly B[], days: readonly string[], timeZone: string): CalendarBlock<B>[] {
  const span = CALENDAR_LAST_MINUTE - CALENDAR_FIRST_MINUTE;
  const blocks: CalendarBlock<B>[] = [];
  for (const booking of bookings) {
    if (booking.cancelled) continue;
    const start = new Date(booking.startsAt).getTime();
    const end = new Date(booking.endsAt).getTime();
    days.forEach((day, dayIndex) => {
      const shownFrom = zonedInstant(day, CALENDAR_FIRST_MINUTE, timeZone).getTime();
      const shownTo = zonedInstant(day, CALENDAR_LAST_MINUTE, timeZone).getTime();
      const from = Math.max(start, shownFrom);
      const to = Math.min(end, shownTo);
      if (from >= to) return;
      blocks.push({
        booking, dayIndex,
        top: (from - shownFrom) / 60_000 / span,
        height: (to - from) / 60_000 / span,
        cutBefore: start < shownFrom, cutAfter: end > shownTo,
      });
    });
  }
  return blocks;
}

/** The half-hour slots a day column offers, as minutes of the day. */
export const calendarSlots = (): number[] =>
  Array.from({ length: (CALENDAR_LAST_MINUTE - CALENDAR_FIRST_MINUTE) / SLOT_MINUTES }, (_, i) => CALENDAR_FIRST_MINUTE + i * SLOT_MINUTES);

/** Whether the slot at `minute` of `day` can still be booked: not begun (a booking cannot start in the past), and not taken. */
export function slotFree(bookings: readonly TimedBooking[], day: string, minute: number, timeZone: string, now: Date): boolean {
  const startsAt = zonedInstant(day, minute, timeZone);
  const endsAt = zonedInstant(day, minute + SLOT_MINUTES, timeZone);
  if (startsAt.getTime() < now.getTime()) return false;
  const live = bookings.filter((b) => !b.cancelled).map((b) => ({ startsAt: new Date(b.startsAt), endsAt: new Date(b.endsAt) }));
  return firstOverlap(live, { startsAt, endsAt }) === undefined;
}

/** The day (on the park's clock) that `iso` falls on, and its minute, for prefilling a form. */
export function slotOf(iso: string, timeZone: string): { day: string; minute: number } | null {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  const { day, minute } = zonedParts(at, timeZone);
  return { day, minute };
}

/** Whether the half hour at `minute` of `day` lies within weekly clinic hours (on the park's clock, as the hours are). */
export function inClinicHours(hours: readonly ClinicHours[], day: string, minute: number): boolean {
  const weekday = weekdayOf(day);
  return hours.some((h) => h.weekday === weekday && h.startMinute <= minute && minute + SLOT_MINUTES <= h.endMinute);
}

import { BOOKING_MAX_DAYS_AHEAD, BOOKING_MAX_MINUTES, BOOKING_MIN_MINUTES } from "../protocol/meetings.ts";

export interface Span { startsAt: Date; endsAt: Date }

/** A booking may start up to this long ago: the form was filled in a minute before it was sent. */
const START_SLACK_MS = 5 * 60_000;

/**
 * What is wrong with a booking's times, in words for people; null when they may be booked. The
 * calendar (overlaps) is checked separately, under the room's lock.
 */
export function bookingTimeProblem(span: Span, now: Date): string | null {
  const start = span.startsAt.getTime();
  const end = span.endsAt.getTime();
  if (!(start < end)) return "a booking ends after it starts";
  const minutes = (end - start) / 60_000;
  if (minutes < BOOKING_MIN_MINUTES) return `a booking lasts at least ${BOOKING_MIN_MINUTES} minutes`;
  if (minutes > BOOKING_MAX_MINUTES) return `a booking lasts at most ${BOOKING_MAX_MINUTES / 60} hours`;
  if (start < now.getTime() - START_SLACK_MS) return "a booking cannot start in the past";
  if (start > now.getTime() + BOOKING_MAX_DAYS_AHEAD * 86_400_000) return `a booking starts within ${BOOKING_MAX_DAYS_AHEAD} days`;
  return null;
}

/** Half-open spans: a meeting ending at 10:00 and the next starting at 10:00 do not overlap. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** The first of `existing` that `wanted` overlaps, or undefined. */
export function firstOverlap<T extends Span>(existing: readonly T[], wanted: Span): T | undefined {
  return existing.find((e) => spansOverlap(e, wanted));
}

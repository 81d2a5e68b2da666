import { PARK_TIME_ZONE } from "../../../shared/constants.ts";

/** "Go in" opens this long before a meeting starts, so people can settle in before the hour. */
export const GO_IN_EARLY_MINUTES = 10;

/** Whether a meeting's room can be entered for it now: from a few minutes before it starts to its end. */
export function meetingOpen(b: { startsAt: string; endsAt: string; cancelled: boolean }, now: Date): boolean {
  if (b.cancelled) return false;
  const t = now.getTime();
  return t >= new Date(b.startsAt).getTime() - GO_IN_EARLY_MINUTES * 60_000 && t < new Date(b.endsAt).getTime();
}

/**
 * A meeting's time in the reader's language on the park's clock: "Tue, Nov 24, 14:30 – 16:00"
 * (the end's day repeated only when it differs).
 */
export function formatSpan(startsAt: string, endsAt: string, lng: string, timeZone: string = PARK_TIME_ZONE): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const day = new Intl.DateTimeFormat(lng, { timeZone, weekday: "short", month: "short", day: "numeric" });
  const time = new Intl.DateTimeFormat(lng, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const sameDay = day.format(start) === day.format(end) || (end.getTime() - start.getTime() <= 86_400_000 && time.format(end) === "00:00");
  return `${day.format(start)} ${time.format(start)} – ${sameDay ? "" : `${day.format(end)} `}${time.format(end)}`;
}

/** A day key as the calendar's column heading: "Mon 23" / "23日 周一". */
export function formatDayHeading(day: string, lng: string): { weekday: string; date: string } {
  const at = new Date(`${day}T12:00:00Z`);
  return {
    weekday: new Intl.DateTimeFormat(lng, { timeZone: "UTC", weekday: "short" }).format(at),
    date: new Intl.DateTimeFormat(lng, { timeZone: "UTC", month: "numeric", day: "numeric" }).format(at),
  };
}

/** Only the clock times of a span, "14:30 – 16:00", for a calendar block that already sits in its day. */
export function formatClockSpan(startsAt: string, endsAt: string, lng: string, timeZone: string = PARK_TIME_ZONE): string {
  const time = new Intl.DateTimeFormat(lng, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return `${time.format(new Date(startsAt))} – ${time.format(new Date(endsAt))}`;
}

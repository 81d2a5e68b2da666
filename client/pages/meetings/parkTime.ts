/**
 * Calendar arithmetic in the park's time zone. The calendar, the booking form and clinic hours are
 * read on the park's clock whatever the viewer's own zone, and times go to the server as ISO with
 * the park's offset. A day is named by its "YYYY-MM-DD" key; a time of day by minutes from midnight.
 */

export interface ZonedParts { day: string; weekday: number; minute: number }

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock of `at` in `timeZone`, as milliseconds of a UTC date with the same reading. */
function wallClock(at: Date, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(n("year"), n("month") - 1, n("day"), n("hour") % 24, n("minute"), n("second"));
}

/** Minutes the zone is ahead of UTC at `at` (480 for Asia/Shanghai). */
export function zoneOffsetMinutes(at: Date, timeZone: string): number {
  return Math.round((wallClock(at, timeZone) - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The day, ISO weekday (1 Monday … 7 Sunday) and minute of the day of `at` in `timeZone`. */
export function zonedParts(at: Date, timeZone: string): ZonedParts {
  const wall = new Date(wallClock(at, timeZone));
  const day = `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  return { day, weekday: ((wall.getUTCDay() + 6) % 7) + 1, minute: wall.getUTCHours() * 60 + wall.getUTCMinutes() };
}

const dayUtc = (day: string): number => {
  const [y, m, d] = day.split("-").map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
};

export const isDayKey = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(dayUtc(s))
  && new Date(dayUtc(s)).toISOString().slice(0, 10) === s;

export function addDays(day: string, n: number): string {
  return new Date(dayUtc(day) + n * 86_400_000).toISOString().slice(0, 10);
}

/** ISO weekday of a day key. */
export const weekdayOf = (day: string): number => ((new Date(dayUtc(day)).getUTCDay() + 6) % 7) + 1;

/** The Monday of the week that holds `day`, and the seven days from it. */
export const mondayOf = (day: string): string => addDays(day, 1 - weekdayOf(day));
export const weekOf = (monday: string): string[] => Array.from({ length: 7 }, (_, i) => addDays(monday, i));

/** The instant at `minute` past midnight of `day` on the zone's clock. */
export function zonedInstant(day: string, minute: number, timeZone: string): Date {
  const guess = dayUtc(day) + minute * 60_000;
  // The offset at the guess is right except within hours of a change; a second pass settles it.
  const first = guess - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess - zoneOffsetMinutes(new Date(first), timeZone) * 60_000);
}

/** "2026-11-23T09:00:00+08:00": what the server's ISO fields expect, on the park's clock. */
export function zonedIso(day: string, minute: number, timeZone: string): string {
  const offset = zoneOffsetMinutes(zonedInstant(day, minute, timeZone), timeZone);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const days = Math.floor(minute / 1440);
  return `${addDays(day, days)}T${minuteToClock(minute - days * 1440)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** 570 → "09:30"; 1440 → "24:00" (the end of a day). */
export const minuteToClock = (minute: number): string => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;

/** "09:30" → 570; null for anything that is not a time of day ("24:00" is allowed as an end). */
export function clockToMinute(clock: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(clock.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}

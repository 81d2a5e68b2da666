/** What the telemetry needs to know about one instant, read on the park's clock. */
export interface ParkTime {
  /** The park-local day, YYYY-MM-DD. */
  day: string;
  /** The park-local hour of the day, 0–23. */
  hour: number;
  /** When that park-local hour began (epoch ms). */
  hourStart: number;
}

/** Offsets are whole quarter hours and change on quarter hours, so one look-up serves fifteen minutes. */
const SLOT_MS = 15 * 60_000;
const HOUR_MS = 3_600_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** How far `timeZone` is ahead of UTC at `ms`, in milliseconds. */
export function timeZoneOffsetMs(ms: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
    });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The park's clock for the telemetry, which asks it once a second: Intl is slow, so each
 * fifteen-minute slot is worked out once and remembered.
 */
export class ParkClock {
  private readonly timeZone: string;
  private slot = Number.NaN;
  private time: ParkTime = { day: "", hour: 0, hourStart: 0 };

  constructor(timeZone: string) {
    this.timeZone = timeZone;
  }

  at(ms: number): ParkTime {
    const slot = Math.floor(ms / SLOT_MS);
    if (slot !== this.slot) {
      const start = slot * SLOT_MS;
      const local = start + timeZoneOffsetMs(start, this.timeZone);
      const wall = new Date(local);
      this.slot = slot;
      this.time = { day: wall.toISOString().slice(0, 10), hour: wall.getUTCHours(), hourStart: start - (((local % HOUR_MS) + HOUR_MS) % HOUR_MS) };
    }
    return this.time;
  }
}

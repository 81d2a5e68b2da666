import { EVENT_DOORS_OPEN_MINUTES } from "../../../shared/constants.ts";
import type { AttendanceFigures, EventStatus } from "../../../shared/protocol/events.ts";

type Timed = { startsAt: string; endsAt: string; status: EventStatus };

/** Where an event stands at `now`: not yet open, doors open before the start, live, or over. */
export type EventPhase = "upcoming" | "doors-open" | "live" | "ended";

export function eventPhase(e: Timed, now: Date): EventPhase {
  const t = now.getTime();
  const start = Date.parse(e.startsAt);
  if (t >= Date.parse(e.endsAt)) return "ended";
  if (t >= start) return "live";
  if (t >= start - EVENT_DOORS_OPEN_MINUTES * 60_000) return "doors-open";
  return "upcoming";
}

/** "Join the live hall" works for an approved event from the doors opening until its end. */
export function canJoinHall(e: Timed, now: Date): boolean {
  const phase = eventPhase(e, now);
  return e.status === "approved" && (phase === "doors-open" || phase === "live");
}

/** When the join button next changes by itself (doors open or the event ends), for a timer; null: never. */
export function nextPhaseChange(e: Timed, now: Date): number | null {
  const t = now.getTime();
  const doors = Date.parse(e.startsAt) - EVENT_DOORS_OPEN_MINUTES * 60_000;
  const marks = [doors, Date.parse(e.startsAt), Date.parse(e.endsAt)].filter((m) => m > t);
  return marks.length > 0 ? Math.min(...marks) - t : null;
}

/** Attendance figures as the page shows them: whole numbers and minutes to one decimal ("12.5"); nothing watched reads 0. */
export function formatFigures(f: AttendanceFigures, lng: string): { peak: string; total: string; averageMinutes: string } {
  const whole = new Intl.NumberFormat(lng, { maximumFractionDigits: 0 });
  const minutes = new Intl.NumberFormat(lng, { maximumFractionDigits: 1, minimumFractionDigits: 0 });
  const avg = Number.isFinite(f.averageMinutes) && f.averageMinutes > 0 ? f.averageMinutes : 0;
  return { peak: whole.format(f.peak), total: whole.format(f.total), averageMinutes: minutes.format(Math.round(avg * 10) / 10) };
}

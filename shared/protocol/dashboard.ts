import { z } from "zod";
import { DASHBOARD_MAX_DAYS } from "../constants.ts";
import { Uuid } from "./companies.ts";
import { EventKind } from "./events.ts";
import { LocalizedText, ZoneKind } from "./parkLayout.ts";

/**
 * The HTTP contract of the manager's dashboard (`/api/dashboard/*`, managers only) and a company's
 * own figures (`/api/companies/:id/dashboard`, its members and managers). Every figure comes from
 * the telemetry aggregates (migration 008) and the domain tables; days and hours are the park's
 * (PARK_TIME_ZONE).
 */

const ParkId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, "not a park id");
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a day is written YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "not a real day");
const IsoTime = z.string().datetime({ offset: true });

const dayNumber = (s: string): number => Date.parse(`${s}T00:00:00Z`) / 86_400_000;

/** "1,2,3" → [1, 2, 3]: ISO weekdays, Monday 1 … Sunday 7. */
const Weekdays = z.string().regex(/^[1-7](,[1-7]){0,6}$/, "weekdays are written 1,2,…,7 (Monday is 1)")
  .transform((s) => [...new Set(s.split(",").map(Number))].sort());
/** "8-18" → { from: 8, to: 18 }: hours of the day, from the start of `from` to the end of `to`. */
const HourSpan = z.string().regex(/^\d{1,2}-\d{1,2}$/, "hours are written from-to, e.g. 8-18")
  .transform((s) => { const [from, to] = s.split("-").map(Number) as [number, number]; return { from, to }; })
  .refine((h) => h.from >= 0 && h.to <= 23 && h.from <= h.to, "hours run from 0 to 23, the first no later than the second");

/** Both ends of a range are included; it may not run backwards or past DASHBOARD_MAX_DAYS. */
function checkRange(r: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (r.from > r.to) ctx.addIssue({ code: "custom", message: "the range ends before it starts", path: ["to"] });
  else if (dayNumber(r.to) - dayNumber(r.from) >= DASHBOARD_MAX_DAYS) {
    ctx.addIssue({ code: "custom", message: `a range spans at most ${DASHBOARD_MAX_DAYS} days`, path: ["to"] });
  }
}

/** A span of park-local days, both ends included. */
export const DayRange = z.object({ from: IsoDay, to: IsoDay }).superRefine(checkRange);
export type DayRange = z.infer<typeof DayRange>;

/** The query of every park chart: which park, which days, and optionally which weekdays and hours. */
export const ParkRangeQuery = z.object({
  parkId: ParkId,
  from: IsoDay,
  to: IsoDay,
  weekdays: Weekdays.optional(),
  hours: HourSpan.optional(),
}).superRefine(checkRange);
export type ParkRangeQuery = z.infer<typeof ParkRangeQuery>;

// --- Live -----------------------------------------------------------------------------------

export const ZoneOccupancy = z.object({ zoneId: z.string(), name: LocalizedText, kind: ZoneKind, people: z.number().int().nonnegative() });
export type ZoneOccupancy = z.infer<typeof ZoneOccupancy>;

/** One five-minute bucket of the recent past: average and peak people present. */
export const OccupancyPoint = z.object({ at: IsoTime, average: z.number().nonnegative(), peak: z.number().int().nonnegative() });
export type OccupancyPoint = z.infer<typeof OccupancyPoint>;

export const ParkLive = z.object({
  parkId: z.string(),
  name: LocalizedText,
  /** People in the park now (connected avatars). */
  online: z.number().int().nonnegative(),
  /** People in each zone now; a person outside every zone is in none. */
  zones: z.array(ZoneOccupancy),
  /** The whole park over the last LIVE_HISTORY_HOURS, oldest first. */
  history: z.array(OccupancyPoint),
  /** Each zone over the same hours. */
  zoneHistory: z.array(z.object({ zoneId: z.string(), points: z.array(OccupancyPoint) })),
});
export type ParkLive = z.infer<typeof ParkLive>;

export const LIVE_HISTORY_HOURS = 6;
export const LiveOccupancy = z.object({ at: IsoTime, parks: z.array(ParkLive) });
export type LiveOccupancy = z.infer<typeof LiveOccupancy>;

// --- Heatmap ----------------------------------------------------------------------------------

export const HeatCell = z.object({
  cx: z.number().int().nonnegative(),
  cz: z.number().int().nonnegative(),
  /** Avatar-seconds spent in the cell over the range. */
  dwellSeconds: z.number().int().nonnegative(),
  /** Distinct people per hour, summed over the range's hours. */
  visitors: z.number().int().nonnegative(),
});
export type HeatCell = z.infer<typeof HeatCell>;

export const Heatmap = z.object({
  parkId: z.string(),
  /** Side of a cell in metres; cell (cx, cz) covers x in [cx·size, (cx+1)·size) from the park's corner. */
  cellSize: z.number().positive(),
  /** The park's size, so the client lays the cells over the floor plan. */
  width: z.number().positive(),
  depth: z.number().positive(),
  /** Cells with any dwell, in no particular order. */
  cells: z.array(HeatCell),
  totalDwellSeconds: z.number().int().nonnegative(),
  maxDwellSeconds: z.number().int().nonnegative(),
});
export type Heatmap = z.infer<typeof Heatmap>;

// --- Zones and booths ---------------------------------------------------------------------------

export const PlaceFigures = z.object({
  visits: z.number().int().nonnegative(),
  /** Distinct people over the whole range. */
  visitors: z.number().int().nonnegative(),
  totalDwellSeconds: z.number().int().nonnegative(),
  /** Per visit; 0 without visits. */
  averageDwellSeconds: z.number().nonnegative(),
});
export type PlaceFigures = z.infer<typeof PlaceFigures>;

export const ZoneRow = PlaceFigures.extend({ zoneId: z.string(), name: LocalizedText, kind: ZoneKind });
export type ZoneRow = z.infer<typeof ZoneRow>;

export const ZoneFlow = z.object({ fromZoneId: z.string(), toZoneId: z.string(), moves: z.number().int().positive() });
export type ZoneFlow = z.infer<typeof ZoneFlow>;

/** Zones ranked by total dwell (most first), and the moves between them (most first). */
export const ZoneReport = z.object({ zones: z.array(ZoneRow), flows: z.array(ZoneFlow) });
export type ZoneReport = z.infer<typeof ZoneReport>;

export const BoothRow = PlaceFigures.extend({
  slotId: z.string(),
  /** The company at the booth during the visits (the latest one when it changed). */
  companyId: Uuid.nullable(),
  companyName: z.string().nullable(),
});
export type BoothRow = z.infer<typeof BoothRow>;

/** Booths ranked by visits (most first). */
export const BoothReport = z.object({ booths: z.array(BoothRow) });
export type BoothReport = z.infer<typeof BoothReport>;

// --- Peak hours ---------------------------------------------------------------------------------

export const PeakCell = z.object({
  /** ISO weekday: Monday 1 … Sunday 7. */
  weekday: z.number().int().min(1).max(7),
  hour: z.number().int().min(0).max(23),
  /** People present on average during that hour, over the range's matching days. */
  averagePeople: z.number().nonnegative(),
  peakPeople: z.number().int().nonnegative(),
});
export type PeakCell = z.infer<typeof PeakCell>;

/** Only weekday-hours with anyone present are listed. */
export const PeakHours = z.object({ cells: z.array(PeakCell) });
export type PeakHours = z.infer<typeof PeakHours>;

// --- Community ----------------------------------------------------------------------------------

export const FUNNEL_STEPS = ["posted", "applied", "assigned", "delivered", "accepted"] as const;
export const FunnelStep = z.enum(FUNNEL_STEPS);
export type FunnelStep = z.infer<typeof FunnelStep>;

/** Tasks posted in the range, and how many of them reached each step; the median hours from the step before. */
export const TaskFunnel = z.object({
  steps: z.array(z.object({ step: FunnelStep, tasks: z.number().int().nonnegative(), medianHoursFromPrevious: z.number().nonnegative().nullable() })),
});
export type TaskFunnel = z.infer<typeof TaskFunnel>;

export const EventAttendanceRow = z.object({
  eventId: Uuid,
  title: z.string(),
  kind: EventKind,
  startsAt: IsoTime,
  rsvps: z.number().int().nonnegative(),
  /** Distinct people who came in. */
  attendees: z.number().int().nonnegative(),
});
export type EventAttendanceRow = z.infer<typeof EventAttendanceRow>;

export const CommunityReport = z.object({
  /** Every day of the range, oldest first. */
  days: z.array(z.object({ day: IsoDay, activePeople: z.number().int().nonnegative(), newPeople: z.number().int().nonnegative() })),
  /** Every ISO week touching the range (Monday's date), oldest first. */
  weeks: z.array(z.object({ weekStart: IsoDay, activePeople: z.number().int().nonnegative() })),
  funnel: TaskFunnel,
  /** Approved events starting in the range, soonest first. */
  events: z.array(EventAttendanceRow),
});
export type CommunityReport = z.infer<typeof CommunityReport>;

// --- A company's own figures --------------------------------------------------------------------

export const CompanyDashboardParams = z.object({ id: Uuid });
export const CompanyDashboard = z.object({
  companyId: Uuid,
  /** Its booths only: nothing about where else people went. */
  booths: z.array(BoothRow.extend({ parkId: z.string() })),
  /** Its tasks posted in the range. */
  funnel: TaskFunnel,
  /** Its events starting in the range. */
  events: z.array(EventAttendanceRow),
});
export type CompanyDashboard = z.infer<typeof CompanyDashboard>;

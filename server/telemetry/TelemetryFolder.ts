import { HEAT_CELL_METRES, LATE_EVENING_HOUR, PARK_TIME_ZONE, TELEMETRY_BUCKET_MINUTES } from "../../shared/constants.ts";
import { ParkClock } from "./parkClock.ts";
import { pointInPolygon, type GroundPoint } from "../../shared/rules/pointInPolygon.ts";
import type { HeatFold, OccupancyFold, PersonDay, PlaceStay, TelemetryBatch } from "./telemetryBatch.ts";

/** What the folder needs of a park's layout: its size and its zones. */
export interface TelemetryLayout {
  size: { width: number; depth: number };
  zones: ReadonlyArray<{ id: string; polygon: readonly GroundPoint[] }>;
}

/** One connected avatar at one sample. */
export interface SampledAvatar { sessionId: string; userId: string; x: number; z: number }

const BUCKET_MS = TELEMETRY_BUCKET_MINUTES * 60_000;
const HOUR_MS = 3_600_000;
/** Late evenings run from LATE_EVENING_HOUR to midnight and on until this hour. */
const LATE_UNTIL_HOUR = 5;
/** One sample a second: each is a second of presence. */
const SAMPLE_SECONDS = 1;

/** A cell during one bucket: what was added since the last drain, and everyone ever seen there. */
interface CellFold { dwell: number; fresh: number; visitors: Set<string> }
/** Cells of one bucket, keyed by cellKey. */
interface BucketFold { start: number; end: number; cells: Map<number, CellFold> }
interface ZoneFold { samples: number; peopleSum: number; peak: number }
interface Stay { userId: string; zoneId: string | null; since: number; lastZoneId: string | null }
interface DayFold { seconds: number; late: number }

interface Zone { id: string; polygon: readonly GroundPoint[]; minX: number; maxX: number; minZ: number; maxZ: number }

/** Cells are at most 32768 across (smallint), so a number key holds both coordinates. */
const cellKey = (cx: number, cz: number): number => cx * 65536 + cz;

/**
 * Folds a park's once-a-second samples into what the telemetry tables hold: dwell and distinct
 * visitors per heatmap cell (five-minute buckets and hours), occupancy of the park and of each zone,
 * zone stays with where people came from, and each person's seconds per park-local day. Pure: the
 * park room feeds it positions and a clock, drains a batch now and then and writes it elsewhere.
 *
 * Distinct visitors of a cell are counted exactly: the people seen in a cell are kept for as long
 * as its bucket (or hour) runs, so each drain reports only those new to it and the writes add up.
 */
export class TelemetryFolder {
  private readonly clock: ParkClock;
  private zones: Zone[] = [];
  private maxCx = 0;
  private maxCz = 0;
  private readonly heat = new Map<number, BucketFold>();
  private readonly hourly = new Map<number, BucketFold>();
  private readonly occupancy = new Map<number, Map<string, ZoneFold>>();
  private readonly stays = new Map<string, Stay>();
  private ended: PlaceStay[] = [];
  private people = new Map<string, Map<string, DayFold>>();
  private counts: Record<string, number> = {};

  constructor(layout: TelemetryLayout, timeZone: string = PARK_TIME_ZONE) {
    this.clock = new ParkClock(timeZone);
    this.replaceLayout(layout);
  }

  /** A saved layout: new zones and size from the next sample on; stays in a zone that is gone end then. */
  replaceLayout(layout: TelemetryLayout): void {
    this.zones = layout.zones.map((z) => {
      const xs = z.polygon.map(([x]) => x);
      const zs = z.polygon.map(([, pz]) => pz);
      return { id: z.id, polygon: z.polygon, minX: Math.min(...xs), maxX: Math.max(...xs), minZ: Math.min(...zs), maxZ: Math.max(...zs) };
    });
    this.maxCx = Math.max(0, Math.ceil(layout.size.width / HEAT_CELL_METRES) - 1);
    this.maxCz = Math.max(0, Math.ceil(layout.size.depth / HEAT_CELL_METRES) - 1);
    this.counts = Object.fromEntries(this.zones.map((z) => [z.id, 0]));
  }

  /** Every connected avatar, once a second. */
  sample(avatars: Iterable<SampledAvatar>, nowMs: number): void {
    const bucketStart = Math.floor(nowMs / BUCKET_MS) * BUCKET_MS;
    const time = this.clock.at(nowMs);
    const late = time.hour >= LATE_EVENING_HOUR || time.hour < LATE_UNTIL_HOUR;
    const heat = this.bucket(this.heat, bucketStart, bucketStart + BUCKET_MS);
    const hourly = this.bucket(this.hourly, time.hourStart, time.hourStart + HOUR_MS);
    let people = this.people.get(time.day);
    if (!people) {
      people = new Map();
      this.people.set(time.day, people);
    }
    const counts: Record<string, number> = Object.fromEntries(this.zones.map((z) => [z.id, 0]));
    let present = 0;
    for (const a of avatars) {
      present++;
      const key = cellKey(clamp(Math.floor(a.x / HEAT_CELL_METRES), this.maxCx), clamp(Math.floor(a.z / HEAT_CELL_METRES), this.maxCz));
      addDwell(heat, key, a.userId);
      addDwell(hourly, key, a.userId);
      const zoneId = this.zoneAt(a.x, a.z);
      if (zoneId !== null) counts[zoneId] = (counts[zoneId] ?? 0) + 1;
      this.follow(a.sessionId, a.userId, zoneId, nowMs);
      const day = people.get(a.userId);
      if (day) {
        day.seconds += SAMPLE_SECONDS;
        if (late) day.late += SAMPLE_SECONDS;
      } else {
        people.set(a.userId, { seconds: SAMPLE_SECONDS, late: late ? SAMPLE_SECONDS : 0 });
      }
    }
    let zones = this.occupancy.get(bucketStart);
    if (!zones) {
      zones = new Map();
      this.occupancy.set(bucketStart, zones);
    }
    addOccupancy(zones, "", present);
    for (const zone of this.zones) addOccupancy(zones, zone.id, counts[zone.id] ?? 0);
    this.counts = counts;
  }

  /** The avatar left the park (or was replaced): its zone stay ends now. */
  leave(sessionId: string, nowMs: number): void {
    const stay = this.stays.get(sessionId);
    if (!stay) return;
    this.endStay(stay, nowMs);
    this.stays.delete(sessionId);
  }

  /** People in each zone of the layout at the last sample (zones with nobody in them included). */
  zoneCounts(): Record<string, number> {
    return { ...this.counts };
  }

  /**
   * What was folded since the last drain. Buckets and hours that are over are forgotten; the current
   * ones keep the people seen in each cell, so a later drain reports only newcomers to it.
   */
  drain(nowMs: number): TelemetryBatch {
    const batch: TelemetryBatch = { heat: drainCells(this.heat, nowMs), heatHourly: drainCells(this.hourly, nowMs), occupancy: [], stays: this.ended, people: [] };
    for (const [bucket, zones] of this.occupancy) {
      const over = bucket + BUCKET_MS <= nowMs;
      for (const [zoneId, z] of zones) {
        // Samples of nobody are kept until someone comes or the bucket ends, so the stored average
        // counts every sample of the bucket without writing rows of zeros.
        if (z.peopleSum === 0) continue;
        batch.occupancy.push({ bucket, zoneId, samples: z.samples, peopleSum: z.peopleSum, peak: z.peak } satisfies OccupancyFold);
        z.samples = 0;
        z.peopleSum = 0;
        z.peak = 0;
      }
      if (over) this.occupancy.delete(bucket);
    }
    this.ended = [];
    for (const [day, people] of this.people) {
      for (const [userId, d] of people) batch.people.push({ day, userId, seconds: d.seconds, lateSeconds: d.late } satisfies PersonDay);
    }
    this.people = new Map();
    return batch;
  }

  /** Notes which zone a session is in; a change ends the stay in the zone it was in. */
  private follow(sessionId: string, userId: string, zoneId: string | null, nowMs: number): void {
    const stay = this.stays.get(sessionId);
    if (!stay) {
      this.stays.set(sessionId, { userId, zoneId, since: nowMs, lastZoneId: null });
      return;
    }
    if (stay.zoneId === zoneId) return;
    this.endStay(stay, nowMs);
    stay.zoneId = zoneId;
    stay.since = nowMs;
  }

  /**
   * Zones lie apart, with paths between them: someone who walks out of one and into another
   * without entering a third came from the first. Coming back into the zone one just left, or
   * from a zone the layout no longer has, is no move between zones.
   */
  private endStay(stay: Stay, nowMs: number): void {
    if (stay.zoneId === null) return;
    const from = stay.lastZoneId !== null && stay.lastZoneId !== stay.zoneId && this.zones.some((z) => z.id === stay.lastZoneId) ? stay.lastZoneId : null;
    this.ended.push({ kind: "zone", placeId: stay.zoneId, userId: stay.userId, fromPlaceId: from, enteredAt: stay.since, leftAt: nowMs });
    stay.lastZoneId = stay.zoneId;
  }

  private zoneAt(x: number, z: number): string | null {
    for (const zone of this.zones) {
      if (x < zone.minX || x > zone.maxX || z < zone.minZ || z > zone.maxZ) continue;
      if (pointInPolygon(x, z, zone.polygon)) return zone.id;
    }
    return null;
  }

  private bucket(folds: Map<number, BucketFold>, start: number, end: number): BucketFold {
    let fold = folds.get(start);
    if (!fold) {
      fold = { start, end, cells: new Map() };
      folds.set(start, fold);
    }
    return fold;
  }
}

const clamp = (c: number, max: number): number => (c < 0 ? 0 : c > max ? max : c);

function addDwell(bucket: BucketFold, key: number, userId: string): void {
  let cell = bucket.cells.get(key);
  if (!cell) {
    cell = { dwell: 0, fresh: 0, visitors: new Set() };
    bucket.cells.set(key, cell);
  }
  cell.dwell += SAMPLE_SECONDS;
  if (!cell.visitors.has(userId)) {
    cell.visitors.add(userId);
    cell.fresh++;
  }
}

function addOccupancy(zones: Map<string, ZoneFold>, zoneId: string, people: number): void {
  const z = zones.get(zoneId);
  if (z) {
    z.samples++;
    z.peopleSum += people;
    if (people > z.peak) z.peak = people;
  } else {
    zones.set(zoneId, { samples: 1, peopleSum: people, peak: people });
  }
}

function drainCells(folds: Map<number, BucketFold>, nowMs: number): HeatFold[] {
  const out: HeatFold[] = [];
  for (const [start, fold] of folds) {
    for (const [key, cell] of fold.cells) {
      if (cell.dwell === 0 && cell.fresh === 0) continue;
      out.push({ bucket: start, cx: Math.floor(key / 65536), cz: key % 65536, dwellSeconds: cell.dwell, newVisitors: cell.fresh });
      cell.dwell = 0;
      cell.fresh = 0;
    }
    if (fold.end <= nowMs) folds.delete(start);
  }
  return out;
}

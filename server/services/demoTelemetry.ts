import type pg from "pg";
import { PARK_TIME_ZONE, WALK_SPEED } from "../../shared/constants.ts";
import type { ParkLayout } from "../../shared/protocol/parkLayout.ts";
import type { WalkArea } from "../../shared/rules/movement.ts";
// The demo bots' zone-to-zone walk (npm run bots): the same draw of zones, stops and lingers, so the
// simulated fortnight and a live bot crowd leave the same kind of heatmap.
import { planVisit, routeTo, type Stop } from "../park/zoneRoutes.ts";
import { findPark, listHeldSlots } from "../db/repositories/parks.ts";
import { writeTelemetry } from "../db/repositories/telemetry.ts";
import type { Db } from "../db/pool.ts";
import type { Logger } from "../logger.ts";
import { BoothVisitTracker } from "../park/boothVisits.ts";
import { timeZoneOffsetMs } from "../telemetry/parkClock.ts";
import type { TelemetryBatch } from "../telemetry/telemetryBatch.ts";
import { TelemetryFolder, type SampledAvatar } from "../telemetry/TelemetryFolder.ts";
import { seededRandom } from "./demoDataRandom.ts";

/**
 * A lived-in dashboard on a fresh start: the demo members walk the home park and the Changshu park
 * over the last fortnight, simulated second by second and folded by the park room's own telemetry
 * (TelemetryFolder, BoothVisitTracker, writeTelemetry) on a simulated clock.
 *
 * Only days strictly before the day it runs, and before the park's first real telemetry, are
 * simulated: the heatmap and occupancy rows carry no person, and this way every such row on a day
 * a demo member has a park_people_daily row is the simulation's, so DEMO_DATA=off can take those
 * days out again (removeDemoTelemetry). A park that already has demo members' days is left alone,
 * so a restart adds nothing.
 */

/** Two processes starting on one database must not simulate the same fortnight twice. */
const DEMO_TELEMETRY_LOCK = 4242008;
const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 14;
/** The parks the demo people frequent, and how many of them come on a given day, relative to each other. */
const DEFAULT_PARKS: ReadonlyArray<{ parkId: string; share: number }> = [{ parkId: "home", share: 1 }, { parkId: "changshu-enclave", share: 0.7 }];
/** The folder is drained as often as a park room writes, once a simulated minute… */
const DRAIN_SECONDS = 60;
/** …and the drained batches are written together once a simulated hour (a few hundred writes for a fortnight, not tens of thousands). */
const WRITE_SECONDS = 3600;
/**
 * The bots linger for seconds so that a watcher sees them move; a person stays a few minutes over
 * a coffee or at a booth's counter.
 */
const LINGER_SCALE = 3;
/** How long a visit lasts, in minutes (from, to). */
const STAY_MINUTES: readonly [number, number] = [20, 120];

export interface DemoTelemetryOptions {
  /** Days simulated, ending the day before `now` (park-local). */
  days?: number;
  /** Parks and their share of the demo people on a day. */
  parks?: ReadonlyArray<{ parkId: string; share: number }>;
  /** At most this many people a day in a park (a smaller simulation for tests). */
  maxPeoplePerDay?: number;
  /** Aborting stops the simulation at its next simulated minute, writing what it folded (the server is shutting down). */
  signal?: AbortSignal;
  timeZone?: string;
}

export interface DemoTelemetryResult {
  parks: Array<{ parkId: string; days: number; visits: number; personSeconds: number }>;
  /** Parks left alone: already simulated, missing, or real telemetry on every day of the span. */
  skipped: Array<{ parkId: string; reason: string }>;
  ms: number;
}

/** One simulated person in the park: where they are, where they go next, and until when they stay. */
interface Walker {
  avatar: SampledAvatar;
  /** Points still to walk through to the current stop. */
  path: Array<[number, number]>;
  /** Stops still to visit in the current zone. */
  stops: Stop[];
  /** Seconds still to stand where they are. */
  linger: number;
  /** Seconds to stand at the current stop once there. */
  stand: number;
  leave: number;
}

interface Arrival { userId: string; arrive: number; leave: number; spawn: [number, number] }

// --- Park-local days ---------------------------------------------------------------------------

const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayString = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** The park-local day `ms` falls on. */
function localDay(ms: number, timeZone: string): string {
  return new Date(ms + timeZoneOffsetMs(ms, timeZone)).toISOString().slice(0, 10);
}

/** When a park-local day begins (epoch ms); asked twice, for a day whose offset changes at midnight. */
function dayStart(day: string, timeZone: string): number {
  const wall = dayNumber(day) * DAY_MS;
  const guess = wall - timeZoneOffsetMs(wall, timeZone);
  return wall - timeZoneOffsetMs(guess, timeZone);
}

// --- Who comes when -----------------------------------------------------------------------------

/** An hour of arrival: mostly mornings and afternoons, some at lunch or after work, a few late evenings. */
function arrivalHour(rnd: () => number): number {
  const r = rnd();
  if (r < 0.42) return 9 + 3 * rnd();
  if (r < 0.84) return 14 + 4 * rnd();
  if (r < 0.9) return 12 + 2 * rnd();
  if (r < 0.95) return 18 + 2 * rnd();
  return 20.5 + 2 * rnd();
}

/** Who comes to a park on one day and when: more on weekdays; nobody stays past midnight, so each day is whole. */
function arrivals(rnd: () => number, people: readonly string[], share: number, maxPeople: number, layout: ParkLayout, start: number, weekend: boolean): Arrival[] {
  const part = weekend ? 0.15 + 0.2 * rnd() : 0.55 + 0.35 * rnd();
  const count = Math.min(maxPeople, people.length, Math.max(1, Math.round(people.length * part * share)));
  const shuffled = [...people];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const end = start + DAY_MS - 1000;
  const visit = (userId: string, hour: number): Arrival => {
    const arrive = start + Math.round(hour * 3600) * 1000;
    const minutes = STAY_MINUTES[0] + (STAY_MINUTES[1] - STAY_MINUTES[0]) * rnd();
    // Most arrive by the main entrance; the others by the portal from the other park.
    const spawn = layout.spawnPoints[rnd() < 0.8 ? 0 : Math.min(1, layout.spawnPoints.length - 1)]!;
    return { userId, arrive, leave: Math.min(end, arrive + Math.round(minutes * 60) * 1000), spawn: [spawn.x, spawn.z] };
  };
  const plan: Arrival[] = [];
  for (const userId of shuffled.slice(0, count)) {
    const first = visit(userId, arrivalHour(rnd));
    plan.push(first);
    // Some who came in the morning come back in the afternoon (after their first visit ended).
    const back = 14 + 4 * rnd();
    if (!weekend && rnd() < 0.35 && start + back * 3_600_000 > first.leave) plan.push(visit(userId, back));
  }
  return plan.sort((a, b) => a.arrive - b.arrive);
}

/** One second of a person's walk: stand while lingering, else step towards the next point, else pick the next stop. */
function step(w: Walker, layout: ParkLayout, area: WalkArea, rnd: () => number): void {
  if (w.linger > 0) {
    w.linger--;
    return;
  }
  const target = w.path[0];
  if (!target) {
    if (w.stops.length === 0) w.stops = planVisit(layout, area, rnd) ?? [{ x: w.avatar.x, z: w.avatar.z, lingerMs: 30_000 }];
    const stop = w.stops.shift()!;
    w.path = routeTo(area, [w.avatar.x, w.avatar.z], [stop.x, stop.z], rnd);
    w.stand = Math.round((stop.lingerMs / 1000) * LINGER_SCALE);
    return;
  }
  const dx = target[0] - w.avatar.x;
  const dz = target[1] - w.avatar.z;
  const d = Math.hypot(dx, dz);
  if (d <= WALK_SPEED) {
    w.avatar.x = target[0];
    w.avatar.z = target[1];
    w.path.shift();
    if (w.path.length === 0) w.linger = w.stand;
  } else {
    w.avatar.x += (dx / d) * WALK_SPEED;
    w.avatar.z += (dz / d) * WALK_SPEED;
  }
}

function merge(into: TelemetryBatch, batch: TelemetryBatch): void {
  into.heat.push(...batch.heat);
  into.heatHourly.push(...batch.heatHourly);
  into.occupancy.push(...batch.occupancy);
  into.stays.push(...batch.stays);
  into.people.push(...batch.people);
}

const emptyBatch = (): TelemetryBatch => ({ heat: [], heatHourly: [], occupancy: [], stays: [], people: [] });

/**
 * One park-local day of one park, second by second while anyone is there: positions into a real
 * TelemetryFolder and BoothVisitTracker on the simulated clock, drained every simulated minute
 * and written every simulated hour. Returns the person-seconds sampled.
 */
async function simulateDay(
  db: Db, parkId: string, layout: ParkLayout, walkLayout: ParkLayout, plan: Arrival[], rnd: () => number, timeZone: string, signal: AbortSignal | undefined,
): Promise<number> {
  const area: WalkArea = { width: layout.size.width, depth: layout.size.depth, obstacles: layout.buildings };
  const folder = new TelemetryFolder(layout, timeZone);
  const booths = new BoothVisitTracker(layout.boothSlots);
  let pending = emptyBatch();
  let present: Walker[] = [];
  let next = 0;
  let seconds = 0;
  const first = plan[0];
  if (!first) return 0;
  let nextDrain = first.arrive + DRAIN_SECONDS * 1000;
  let nextWrite = first.arrive + WRITE_SECONDS * 1000;
  const flush = async (t: number, write: boolean) => {
    const batch = folder.drain(t);
    batch.stays.push(...booths.takeEndedStays());
    merge(pending, batch);
    if (write) {
      await writeTelemetry(db, parkId, pending, timeZone);
      pending = emptyBatch();
    }
    // The server goes on answering while this runs: a simulated minute is a few milliseconds.
    await new Promise((resolve) => setImmediate(resolve));
  };
  for (let t = first.arrive; next < plan.length || present.length > 0; t += 1000) {
    while (next < plan.length && plan[next]!.arrive <= t) {
      const a = plan[next++]!;
      present.push({
        avatar: { sessionId: `demo-${a.userId}-${a.arrive}`, userId: a.userId, x: a.spawn[0], z: a.spawn[1] },
        path: [], stops: [], linger: 0, stand: 0, leave: a.leave,
      });
    }
    if (present.some((w) => w.leave <= t)) {
      for (const w of present) {
        if (w.leave > t) continue;
        folder.leave(w.avatar.sessionId, t);
        booths.remove(w.avatar.sessionId, t);
      }
      present = present.filter((w) => w.leave > t);
    }
    if (present.length > 0) {
      for (const w of present) step(w, walkLayout, area, rnd);
      const avatars = present.map((w) => w.avatar);
      folder.sample(avatars, t);
      booths.observe(avatars, t);
      seconds += avatars.length;
    } else if (next < plan.length) {
      // Nobody here: on to the next arrival, draining and writing what is due on the way.
      t = Math.max(t, plan[next]!.arrive - 1000);
    }
    if (t >= nextDrain) {
      const write = t >= nextWrite;
      await flush(t, write);
      if (signal?.aborted) {
        if (!write) await flush(t, true);
        return seconds;
      }
      nextDrain = t + DRAIN_SECONDS * 1000;
      if (write) nextWrite = t + WRITE_SECONDS * 1000;
    }
  }
  const end = plan.reduce((m, a) => Math.max(m, a.leave), 0);
  await flush(end, true);
  return seconds;
}

// --- Which days -----------------------------------------------------------------------------------

/** Whether demo members already have days in this park: then it was simulated before. */
async function alreadySimulated(c: pg.PoolClient, parkId: string): Promise<boolean> {
  const { rows } = await c.query(
    "SELECT 1 FROM park_people_daily p JOIN users u ON u.id = p.user_id WHERE p.park_id = $1 AND u.demo LIMIT 1", [parkId],
  );
  return rows.length > 0;
}

/** The park-local day of the park's first real telemetry, if it has any. */
async function firstTelemetryDay(c: pg.PoolClient, parkId: string, timeZone: string): Promise<string | null> {
  const { rows } = await c.query<{ day: string | null }>(
    `SELECT to_char(least(
       (SELECT min(day) FROM park_people_daily WHERE park_id = $1),
       (SELECT (min(hour) AT TIME ZONE $2)::date FROM heat_cells_hourly WHERE park_id = $1),
       (SELECT (min(bucket) AT TIME ZONE $2)::date FROM park_occupancy WHERE park_id = $1)
     ), 'YYYY-MM-DD') AS day`,
    [parkId, timeZone],
  );
  return rows[0]?.day ?? null;
}

/**
 * Simulates the demo members' last `days` park-local days in each demo park that has none yet
 * (DEMO_DATA on). Deterministic: each park's day comes from a seed made of the park and the day.
 */
export async function seedDemoTelemetry(db: Db, log: Logger, now: Date = new Date(), options: DemoTelemetryOptions = {}): Promise<DemoTelemetryResult> {
  const started = performance.now();
  const timeZone = options.timeZone ?? PARK_TIME_ZONE;
  const result: DemoTelemetryResult = { parks: [], skipped: [], ms: 0 };
  // A session lock on a connection of its own, held while the writes go through the pool.
  const lock = await db.connect();
  try {
    const { rows: locked } = await lock.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [DEMO_TELEMETRY_LOCK]);
    if (!locked[0]?.ok) {
      result.skipped.push({ parkId: "*", reason: "another process is simulating" });
      return result;
    }
    try {
      const { rows: users } = await lock.query<{ id: string }>("SELECT id FROM users WHERE demo ORDER BY username");
      const people = users.map((u) => u.id);
      const today = dayNumber(localDay(now.getTime(), timeZone));
      for (const { parkId, share } of options.parks ?? DEFAULT_PARKS) {
        const park = await findPark(db, parkId);
        if (!park) { result.skipped.push({ parkId, reason: "no such park" }); continue; }
        if (people.length === 0) { result.skipped.push({ parkId, reason: "no demo members" }); continue; }
        if (await alreadySimulated(lock, parkId)) { result.skipped.push({ parkId, reason: "already simulated" }); continue; }
        const first = await firstTelemetryDay(lock, parkId, timeZone);
        const last = Math.min(today - 1, first === null ? Infinity : dayNumber(first) - 1);
        const from = today - (options.days ?? DEFAULT_DAYS);
        if (last < from) { result.skipped.push({ parkId, reason: "real telemetry on every day of the span" }); continue; }
        // People stop at the counters of booths a company holds; the telemetry still sees every slot.
        const held = new Set((await listHeldSlots(db, parkId)).map((h) => h.slotId));
        const walkLayout: ParkLayout = { ...park.layout, boothSlots: park.layout.boothSlots.filter((s) => held.has(s.id)) };
        const figures = { parkId, days: 0, visits: 0, personSeconds: 0 };
        for (let n = from; n <= last; n++) {
          if (options.signal?.aborted) break;
          const day = dayString(n);
          const rnd = seededRandom(`demo-telemetry/${parkId}/${day}`);
          const weekday = new Date(n * DAY_MS).getUTCDay();
          const plan = arrivals(rnd, people, share, options.maxPeoplePerDay ?? Infinity, park.layout, dayStart(day, timeZone), weekday === 0 || weekday === 6);
          figures.personSeconds += await simulateDay(db, parkId, park.layout, walkLayout, plan, rnd, timeZone, options.signal);
          figures.days++;
          figures.visits += plan.length;
        }
        result.parks.push(figures);
      }
    } finally {
      await lock.query("SELECT pg_advisory_unlock($1)", [DEMO_TELEMETRY_LOCK]);
    }
  } finally {
    lock.release();
  }
  result.ms = Math.round(performance.now() - started);
  for (const s of result.skipped) log.debug(s, "demo telemetry: park left alone");
  return result;
}

/**
 * Runs the simulation in the background once the server listens (npm start, DEMO_DATA on), with one
 * line at the end; the answer stops it at its next simulated hour and waits for it.
 */
export function startDemoTelemetry(db: Db, log: Logger): () => Promise<void> {
  const abort = new AbortController();
  const cpu = process.cpuUsage();
  const job = seedDemoTelemetry(db, log, new Date(), { signal: abort.signal })
    .then((r) => {
      const parks = r.parks.filter((p) => p.days > 0);
      if (parks.length === 0) return;
      const used = process.cpuUsage(cpu);
      const figures = { parks, ms: r.ms, cpuMs: Math.round((used.user + used.system) / 1000) };
      if (abort.signal.aborted) log.info(figures, "demo telemetry: the simulation stopped with the server; the days simulated so far stay");
      else log.info(figures, "demo telemetry simulated: the demo members' last fortnight in the parks (DEMO_DATA=off removes it)");
    })
    .catch((err: unknown) => log.warn({ err }, "demo telemetry could not be simulated"));
  return async () => {
    abort.abort();
    await job;
  };
}

/**
 * Takes the simulated telemetry out (DEMO_DATA=off), before the demo people go: their stays, days
 * and attendance, and the heatmap, occupancy and flow rows of the days they were simulated on in
 * each park, which hold nobody else's (see above).
 */
export async function removeDemoTelemetry(c: pg.PoolClient, timeZone: string = PARK_TIME_ZONE): Promise<number> {
  const { rows: spans } = await c.query<{ parkId: string; days: string[] }>(
    `SELECT p.park_id AS "parkId", array_agg(DISTINCT to_char(p.day, 'YYYY-MM-DD')) AS days
       FROM park_people_daily p JOIN users u ON u.id = p.user_id WHERE u.demo GROUP BY p.park_id`,
  );
  let removed = 0;
  for (const { parkId, days } of spans) {
    for (const [table, column] of [["heat_cells", "bucket"], ["heat_cells_hourly", "hour"], ["park_occupancy", "bucket"]] as const) {
      const r = await c.query(
        `DELETE FROM ${table} t USING unnest($2::date[]) AS d (day)
          WHERE t.park_id = $1 AND t.${column} >= d.day::timestamp AT TIME ZONE $3 AND t.${column} < (d.day + 1)::timestamp AT TIME ZONE $3`,
        [parkId, days, timeZone],
      );
      removed += r.rowCount ?? 0;
    }
    const flows = await c.query("DELETE FROM zone_flows_daily WHERE park_id = $1 AND day = ANY($2::date[])", [parkId, days]);
    removed += flows.rowCount ?? 0;
  }
  for (const table of ["place_stays", "place_visitors_daily", "park_people_daily", "meeting_attendance"]) {
    const r = await c.query(`DELETE FROM ${table} t USING users u WHERE u.id = t.user_id AND u.demo`);
    removed += r.rowCount ?? 0;
  }
  return removed;
}

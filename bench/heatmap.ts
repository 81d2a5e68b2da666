// npm run bench:heatmap: the dashboard's queries on a month of a busy park, and the telemetry's share
// of a park room's time with 1000 people walking.
//
// 1. On an embedded PostgreSQL, loads 30 park-local days (ending yesterday) of five-minute heat cells
//    for the home park, generated in SQL with generate_series: dwell gathers around each zone's
//    centre and the exhibition's booths, follows the hours of a working day (quiet nights, lighter
//    weekends), and reaches `--rows` rows (default 1.2 million). Then the hourly rollup from them
//    (INSERT … SELECT … GROUP BY hour), occupancy per zone and for the whole park, 1500 people a day
//    over the zones and booths (place_visitors_daily), zone flows and people per day; ANALYZE.
//    Times (`--runs` each, default 60, after 3 warm-ups) the heatmap (30 days, 7 days, 30 days of
//    weekdays 9-17), the zone and booth rankings, the peak hours, the community figures and the live
//    view, calling the same functions the routes call; prints p50/p95/max.
// 2. Runs a ParkSimulation with `--avatars` (default 1000) people walking about the zones, ticking
//    every PARK_TICK_MS as the park room does, with the room's TelemetryFolder sampling everyone once a
//    second and draining and writing (writeTelemetry) once a minute, for `--minutes` simulated
//    minutes (default 5), as fast as the machine goes; prints the milliseconds per second of park time
//    that the ticks, the samples and the writes cost, and their share of the room's second.
// Writes everything to bench/out/heatmap.json.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PARK_TICK_MS, PARK_TIME_ZONE, TELEMETRY_FLUSH_MS } from "../shared/constants.ts";
import { DayRange, ParkRangeQuery } from "../shared/protocol/dashboard.ts";
import type { MoveIntent } from "../shared/protocol/parkMessages.ts";
import { isWalkable } from "../shared/rules/movement.ts";
import { startEmbeddedPostgres } from "../server/db/embeddedPostgres.ts";
import { migrate } from "../server/db/migrate.ts";
import { createPool, type Db } from "../server/db/pool.ts";
import { findPark, insertMissingParks } from "../server/db/repositories/parks.ts";
import { writeTelemetry } from "../server/db/repositories/telemetry.ts";
import { createLogger } from "../server/logger.ts";
import { ParkSimulation } from "../server/park/ParkSimulation.ts";
import { communityReport } from "../server/services/communityReport.ts";
import { liveOccupancy } from "../server/services/liveOccupancy.ts";
import { parkBoothReport, parkHeatmap, parkPeakHours, parkZoneReport } from "../server/services/parkDashboard.ts";
import { readParkSeeds } from "../server/services/parkSeeds.ts";
import { TelemetryFolder, type SampledAvatar } from "../server/telemetry/TelemetryFolder.ts";
import { quantile } from "./quantile.ts";
import { Walker } from "./walker.ts";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "1200000" },
    runs: { type: "string", default: "60" },
    avatars: { type: "string", default: "1000" },
    minutes: { type: "string", default: "5" },
  },
});
const TARGET_ROWS = Number(values.rows);
const RUNS = Number(values.runs);
const AVATARS = Number(values.avatars);
const SIM_MINUTES = Number(values.minutes);
const PARK = "home";
const DAYS = 30;
const PEOPLE = 3000;
const PEOPLE_PER_DAY = 1500;

const here = path.dirname(new URL(import.meta.url).pathname);
const outDir = path.join(here, "out");
fs.mkdirSync(outDir, { recursive: true });
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The park-local day `offset` days from today, YYYY-MM-DD. */
const parkDay = (offset: number): string =>
  new Intl.DateTimeFormat("en-CA", { timeZone: PARK_TIME_ZONE }).format(new Date(Date.now() + offset * 86_400_000));

/** How busy the park is at each park-local hour of a weekday (1 at the busiest); weekends at 60%. */
const HOURLY = [0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.05, 0.15, 0.45, 0.9, 1, 0.95, 0.7, 0.8, 1, 1, 0.95, 0.8, 0.55, 0.45, 0.35, 0.25, 0.12, 0.05];
const WEEKEND = 0.6;
/** How much each zone draws, relative to the plaza. */
const POPULARITY: Record<string, number> = { plaza: 1, "demand-hall": 0.6, exhibition: 0.8, "meeting-wing": 0.35, "launch-hall": 0.5, cafe: 0.7, green: 0.3 };

async function load(db: Db, from: string, to: string): Promise<Record<string, number>> {
  const park = (await findPark(db, PARK))!.layout;
  const seconds: Record<string, number> = {};
  const step = async (name: string, sql: string, params: unknown[] = []) => {
    const t0 = performance.now();
    const r = await db.query(sql, params);
    seconds[name] = round((performance.now() - t0) / 1000);
    return r;
  };

  // Candidate cells with a weight: a bell around each zone's centre (σ 14 m), and around each booth
  // slot of the exhibition (σ 4 m), times the zone's popularity.
  const cells = new Map<string, { cx: number; cz: number; w: number; zone: string }>();
  for (const zone of park.zones) {
    const xs = zone.polygon.map(([x]) => x);
    const zs = zone.polygon.map(([, z]) => z);
    const [x0, x1, z0, z1] = [Math.min(...xs), Math.max(...xs), Math.min(...zs), Math.max(...zs)];
    const centre = [(x0 + x1) / 2, (z0 + z1) / 2] as const;
    const booths = park.boothSlots.filter((b) => b.zoneId === zone.id);
    for (let cx = Math.floor(x0 / 2); cx < Math.ceil(x1 / 2); cx++) {
      for (let cz = Math.floor(z0 / 2); cz < Math.ceil(z1 / 2); cz++) {
        const x = cx * 2 + 1;
        const z = cz * 2 + 1;
        let w = Math.exp(-((x - centre[0]) ** 2 + (z - centre[1]) ** 2) / (2 * 14 ** 2));
        for (const b of booths) w = Math.max(w, Math.exp(-((x - b.x) ** 2 + (z - b.z) ** 2) / (2 * 4 ** 2)));
        w *= POPULARITY[zone.id] ?? 0.3;
        if (w > 0.03) cells.set(`${cx},${cz}`, { cx, cz, w, zone: zone.id });
      }
    }
  }
  const list = [...cells.values()];
  // People linger where others do: a cell busy in an hour is busy in most of its five-minute buckets
  // (FILL of them). The probability that a cell is busy in an hour is min(1, k · w · hourly); find the
  // k that gives about TARGET_ROWS rows over the month (5 weekdays and 2 weekend days a week).
  const FILL = 0.85;
  const expected = (k: number) => list.reduce((sum, c) => sum + HOURLY.reduce((s, h) =>
    s + 12 * FILL * DAYS * ((5 / 7) * Math.min(1, k * c.w * h) + (2 / 7) * Math.min(1, k * c.w * h * WEEKEND)), 0), 0);
  let [lo, hi] = [0, 100];
  for (let i = 0; i < 50; i++) { const mid = (lo + hi) / 2; if (expected(mid) < TARGET_ROWS) lo = mid; else hi = mid; }
  const k = hi;

  await db.query("SELECT setseed(0.42)");
  await db.query("CREATE TEMP TABLE bench_cells (cx smallint, cz smallint, w float8, zone text)");
  await db.query("INSERT INTO bench_cells SELECT * FROM unnest($1::smallint[], $2::smallint[], $3::float8[], $4::text[])",
    [list.map((c) => c.cx), list.map((c) => c.cz), list.map((c) => c.w), list.map((c) => c.zone)]);
  await db.query("CREATE TEMP TABLE bench_hours (hour int, dow int, a float8)");
  for (let dow = 1; dow <= 7; dow++) {
    await db.query("INSERT INTO bench_hours SELECT h - 1, $1, a FROM unnest($2::float8[]) WITH ORDINALITY AS t (a, h)",
      [dow, HOURLY.map((a) => (dow >= 6 ? a * WEEKEND : a))]);
  }
  const series = (step: string) => `SELECT b, act.a FROM generate_series(($1::date)::timestamp AT TIME ZONE '${PARK_TIME_ZONE}', ($2::date + 1)::timestamp AT TIME ZONE '${PARK_TIME_ZONE}' - interval '${step}', interval '${step}') AS b
                    JOIN bench_hours act ON act.hour = extract(hour FROM b AT TIME ZONE '${PARK_TIME_ZONE}') AND act.dow = extract(isodow FROM b AT TIME ZONE '${PARK_TIME_ZONE}')`;
  const buckets = series("5 minutes");

  await step("heat_cells", `
    INSERT INTO heat_cells (park_id, bucket, cx, cz, dwell_s, visitors)
    SELECT '${PARK}', b + i * interval '5 minutes', cx, cz, v * (20 + floor(random() * 260))::int, v
      FROM (SELECT s.b, c.cx, c.cz, 1 + floor(random() * 6 * least(1, $3 * c.w * s.a))::int AS v
              FROM (${series("1 hour")}) s CROSS JOIN bench_cells c
             WHERE random() < $3 * c.w * s.a) o
     CROSS JOIN generate_series(0, 11) AS i
     WHERE random() < ${FILL}`, [from, to, k]);
  await step("heat_cells_hourly", `
    INSERT INTO heat_cells_hourly (park_id, hour, cx, cz, dwell_s, visitors)
    SELECT park_id, date_trunc('hour', bucket), cx, cz, sum(dwell_s), max(visitors) + count(*)::int / 3
      FROM heat_cells WHERE park_id = '${PARK}' GROUP BY 1, 2, 3, 4`);
  // People per zone and bucket: the zone's popularity times the hour, about 120 at the plaza's busiest.
  await step("park_occupancy", `
    WITH z AS (
      SELECT s.b, zone.id AS zone_id, round(120 * zone.p * s.a * (0.8 + 0.4 * random()))::int AS people
        FROM (${buckets}) s CROSS JOIN unnest($3::text[], $4::float8[]) AS zone (id, p)
    ), rows AS (
      SELECT b, zone_id, people FROM z
      UNION ALL SELECT b, '', sum(people)::int + 5 FROM z GROUP BY b
    )
    INSERT INTO park_occupancy (park_id, zone_id, bucket, samples, people_sum, peak)
    SELECT '${PARK}', zone_id, b, 300, people * 300, people + floor(random() * 4)::int FROM rows`,
  [from, to, Object.keys(POPULARITY), Object.values(POPULARITY)]);

  await step("users and companies", `
    WITH u AS (
      INSERT INTO users (username, display_name, role, colour)
      SELECT 'bench' || i, 'Bench person ' || i, 'resident', '#336699' FROM generate_series(1, ${PEOPLE}) i RETURNING id
    ), c AS (
      INSERT INTO companies (name, industry, description, colour)
      SELECT 'Bench company ' || s.id, 'manufacturing', '{"en": "A company of the benchmark."}', '#1f7a8c'
        FROM unnest($1::text[]) AS s (id) RETURNING id, name
    )
    INSERT INTO booths (park_id, slot_id, company_id)
    SELECT '${PARK}', substr(c.name, 15), c.id FROM c`, [park.boothSlots.map((b) => b.id)]);
  // Each day about PEOPLE_PER_DAY of the people come; each visits about three zones and two booths.
  await db.query(`CREATE TEMP TABLE bench_visitors AS
    SELECT d::date AS day, u.id AS user_id FROM generate_series($1::date, $2::date, interval '1 day') d CROSS JOIN users u
     WHERE u.username LIKE 'bench%' AND random() < ${PEOPLE_PER_DAY / PEOPLE}`, [from, to]);
  await step("place_visitors_daily", `
    INSERT INTO place_visitors_daily (park_id, kind, place_id, user_id, day, company_id, visits, dwell_s)
    SELECT '${PARK}', 'zone', zone.id, v.user_id, v.day, NULL, 1 + floor(random() * 3)::int, 60 + floor(random() * 3000 * zone.p)::int
      FROM bench_visitors v CROSS JOIN unnest($1::text[], $2::float8[]) AS zone (id, p)
     -- (v.day - v.day) is 0: it keeps the draw per person and zone, not once per zone
     WHERE random() + (v.day - v.day) < 0.6 * zone.p
    UNION ALL
    SELECT '${PARK}', 'booth', b.slot_id, v.user_id, v.day, b.company_id, 1 + floor(random() * 2)::int, 20 + floor(random() * 400)::int
      FROM bench_visitors v CROSS JOIN booths b
     WHERE b.park_id = '${PARK}' AND random() < ${2 / park.boothSlots.length}`,
  [Object.keys(POPULARITY), Object.values(POPULARITY)]);
  await step("zone_flows_daily", `
    INSERT INTO zone_flows_daily (park_id, day, from_zone_id, to_zone_id, moves)
    SELECT '${PARK}', d::date, f.id, t.id, 1 + floor(random() * 400 * f.p * t.p)::int
      FROM generate_series($1::date, $2::date, interval '1 day') d
     CROSS JOIN unnest($3::text[], $4::float8[]) AS f (id, p) CROSS JOIN unnest($3::text[], $4::float8[]) AS t (id, p)
     WHERE f.id <> t.id`, [from, to, Object.keys(POPULARITY), Object.values(POPULARITY)]);
  await step("park_people_daily", `
    INSERT INTO park_people_daily (park_id, user_id, day, seconds, late_seconds)
    SELECT '${PARK}', user_id, day, 600 + floor(random() * 14000)::int, CASE WHEN random() < 0.1 THEN floor(random() * 3000)::int ELSE 0 END
      FROM bench_visitors`);
  await step("ANALYZE", "ANALYZE");
  return seconds;
}

async function timeQueries(db: Db, from: string, to: string, weekFrom: string) {
  const month = ParkRangeQuery.parse({ parkId: PARK, from, to });
  const week = ParkRangeQuery.parse({ parkId: PARK, from: weekFrom, to });
  const workHours = ParkRangeQuery.parse({ parkId: PARK, from, to, weekdays: "1,2,3,4,5", hours: "9-17" });
  const days = DayRange.parse({ from, to });
  const queries: Array<[string, () => Promise<unknown>]> = [
    ["heatmap, 30 days", () => parkHeatmap(db, month)],
    ["heatmap, 7 days", () => parkHeatmap(db, week)],
    ["heatmap, 30 days, Mon-Fri 9-17", () => parkHeatmap(db, workHours)],
    ["zone ranking + flows, 30 days", () => parkZoneReport(db, month)],
    ["booth ranking, 30 days", () => parkBoothReport(db, month)],
    ["peak hours, 30 days", () => parkPeakHours(db, month)],
    ["community, 30 days", () => communityReport(db, days)],
    ["live (6 h history)", () => liveOccupancy(db, async () => new Map())],
  ];
  const rows = [];
  for (const [name, run] of queries) {
    for (let i = 0; i < 3; i++) await run();
    const ms: number[] = [];
    let size = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const answer = await run();
      ms.push(performance.now() - t0);
      size = JSON.stringify(answer).length;
    }
    rows.push({ query: name, runs: RUNS, p50Ms: round(quantile(ms, 0.5)), p95Ms: round(quantile(ms, 0.95)), maxMs: round(Math.max(...ms)), answerKB: round(size / 1024) });
  }
  return rows;
}

/** 1000 people walking about the zones, ticked, sampled and written as the park room does. */
async function timeTelemetry(db: Db) {
  const layout = (await findPark(db, PARK))!.layout;
  const sim = new ParkSimulation(layout);
  const folder = new TelemetryFolder(layout);
  const area = sim.area;
  const zones = layout.zones;
  const people: Array<{ sessionId: string; userId: string; walker: Walker; sent: string }> = [];
  const users = (await db.query<{ id: string }>(`SELECT id FROM users WHERE username LIKE 'bench%' ORDER BY username LIMIT $1`, [AVATARS])).rows;
  const start = Math.floor(Date.now() / 60_000) * 60_000;
  for (let i = 0; i < AVATARS; i++) {
    // Most people keep to one zone (a circle inside it); the plaza draws the most.
    const zone = zones[Math.floor(Math.random() ** 1.5 * zones.length)]!;
    const xs = zone.polygon.map(([x]) => x);
    const zs = zone.polygon.map(([, z]) => z);
    const circle = { x: (Math.min(...xs) + Math.max(...xs)) / 2, z: (Math.min(...zs) + Math.max(...zs)) / 2, radius: Math.min(Math.max(...xs) - Math.min(...xs), Math.max(...zs) - Math.min(...zs)) / 2 - 2 };
    let pose = sim.spawnPose();
    for (let t = 0; t < 20; t++) {
      const x = circle.x + (Math.random() * 2 - 1) * circle.radius;
      const z = circle.z + (Math.random() * 2 - 1) * circle.radius;
      if (isWalkable(area, x, z)) { pose = { x, z, heading: 0 }; break; }
    }
    const sessionId = `s${i}`;
    sim.add(sessionId, i, pose, start);
    people.push({ sessionId, userId: users[i % users.length]!.id, walker: new Walker(layout, "main", circle), sent: "" });
  }

  const seconds = SIM_MINUTES * 60;
  const ticksPerSecond = 1000 / PARK_TICK_MS;
  const spent = { intents: 0, tick: 0, sample: 0, drain: 0, write: 0 };
  let writes = 0;
  let cellsWritten = 0;
  const sampled: SampledAvatar[] = [];
  for (let tickNo = 1; tickNo <= seconds * ticksPerSecond; tickNo++) {
    const now = start + tickNo * PARK_TICK_MS;
    let t0 = performance.now();
    for (const p of people) {
      const intent: MoveIntent | null = p.walker.next(now);
      const key = intent ? JSON.stringify(intent) : "";
      // A held key resends the same intent; the room's rate limit makes that cheap, and it moves nobody further.
      if (intent && key !== p.sent) { sim.intent(p.sessionId, intent, now); p.sent = key; }
    }
    let t1 = performance.now();
    spent.intents += t1 - t0;
    sim.tick(PARK_TICK_MS / 1000, now);
    sim.settle();
    t0 = performance.now();
    spent.tick += t0 - t1;
    if (tickNo % ticksPerSecond === 0) {
      sampled.length = 0;
      for (const p of people) {
        const a = sim.avatars.get(p.sessionId)!;
        sampled.push({ sessionId: p.sessionId, userId: p.userId, x: a.pose.x, z: a.pose.z });
      }
      folder.sample(sampled, now);
      t1 = performance.now();
      spent.sample += t1 - t0;
    }
    if ((tickNo * PARK_TICK_MS) % TELEMETRY_FLUSH_MS === 0) {
      t0 = performance.now();
      const batch = folder.drain(now);
      t1 = performance.now();
      spent.drain += t1 - t0;
      await writeTelemetry(db, PARK, batch);
      spent.write += performance.now() - t1;
      writes++;
      cellsWritten += batch.heat.length;
    }
  }
  const perSecond = (ms: number) => round(ms / seconds, 3);
  // The room's time here: its ticks, its samples, and its telemetry writes (drain on the room's loop, then
  // the awaited write, whose statements run in PostgreSQL while the loop goes on: an upper bound).
  const room = spent.tick + spent.sample + spent.drain + spent.write;
  const share = (ms: number) => ({ msPerSecond: perSecond(ms), percentOfSecond: round((ms / seconds / 1000) * 100, 3), percentOfRoomTime: round((ms / room) * 100, 1) });
  return {
    avatars: AVATARS, simulatedSeconds: seconds, ticks: seconds * ticksPerSecond, samples: seconds, writes, heatCellsPerWrite: Math.round(cellsWritten / Math.max(1, writes)),
    tick: share(spent.tick), sample: share(spent.sample), drainAndWrite: share(spent.drain + spent.write), drain: share(spent.drain), write: share(spent.write),
    intentsMsPerSecond: perSecond(spent.intents),
  };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "enclave-bench-heatmap-"));
const pg = await startEmbeddedPostgres(dataDir, createLogger("warn"));
const db = createPool(pg.url);
try {
  await migrate(db);
  await insertMissingParks(db, readParkSeeds());
  const from = parkDay(-DAYS);
  const to = parkDay(-1);
  const t0 = performance.now();
  const loadSeconds = await load(db, from, to);
  const counts = [];
  for (const table of ["heat_cells", "heat_cells_hourly", "park_occupancy", "place_visitors_daily", "zone_flows_daily", "park_people_daily"]) {
    counts.push({ table, rows: (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n });
  }
  console.log(`Loaded ${from} … ${to} (park-local) in ${round((performance.now() - t0) / 1000)} s:`);
  console.table(counts.map((c) => ({ ...c, seconds: loadSeconds[c.table] ?? "" })));

  // Other work on the machine shows in the tails: the load average says how much there was.
  const loadBefore = os.loadavg()[0]!;
  const queries = await timeQueries(db, from, to, parkDay(-7));
  const loadAverage = { before: round(loadBefore, 2), after: round(os.loadavg()[0]!, 2) };
  console.table(queries);
  console.log(`load average (1 min) ${loadAverage.before} before the queries, ${loadAverage.after} after`);
  const slow = queries.filter((q) => q.p95Ms >= 100);
  console.log(slow.length ? `over 100 ms at p95: ${slow.map((q) => q.query).join(", ")}` : "every query under 100 ms at p95");

  const telemetry = await timeTelemetry(db);
  console.log(`Telemetry with ${telemetry.avatars} people walking, ${telemetry.simulatedSeconds} s of park time (${telemetry.writes} writes of ~${telemetry.heatCellsPerWrite} five-minute cells):`);
  console.table({
    "ParkSimulation ticks (10/s)": telemetry.tick,
    "folder.sample (1/s)": telemetry.sample,
    "drain + writeTelemetry (1/min, amortised)": telemetry.drainAndWrite,
    "  of which drain": telemetry.drain,
    "  of which writeTelemetry (awaited)": telemetry.write,
  });

  const result = {
    date: new Date().toISOString(), machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version, range: { from, to }, rows: counts, loadSeconds, loadAverage, queries, telemetry,
  };
  fs.writeFileSync(path.join(outDir, "heatmap.json"), JSON.stringify(result, null, 2));
} finally {
  await db.end();
  await pg.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PARK_TIME_ZONE } from "../../shared/constants.ts";
import type { Session } from "../../shared/protocol/http.ts";
import { pointInPolygon } from "../../shared/rules/pointInPolygon.ts";
import { findPark } from "../db/repositories/parks.ts";
import { writeTelemetry } from "../db/repositories/telemetry.ts";
import { createLogger } from "../logger.ts";
import { startTestServer, type TestServer } from "../testing/testServer.ts";
import { communityReport } from "./communityReport.ts";
import { companyDashboard } from "./companyDashboard.ts";
import { removeDemoData } from "./demoData.ts";
import { seedDemoTelemetry } from "./demoTelemetry.ts";
import { parkHeatmap, parkPeakHours, parkZoneReport } from "./parkDashboard.ts";

const log = createLogger("silent");
const DAYS = 4;
/** A small fortnight: four days, at most five people a day in each park. */
const SMALL = { days: DAYS, maxPeoplePerDay: 5 };

const TABLES = ["heat_cells", "heat_cells_hourly", "park_occupancy", "place_stays", "place_visitors_daily", "zone_flows_daily", "park_people_daily"] as const;

const dayOf = (ms: number): string => new Intl.DateTimeFormat("en-CA", { timeZone: PARK_TIME_ZONE }).format(new Date(ms));
const DAY_MS = 86_400_000;

async function counts(server: TestServer): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = (await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`)).rows[0]!.n;
  return out;
}

describe("the demo members' simulated days in the parks (DEMO_DATA on)", () => {
  let server: TestServer;
  const now = new Date();
  const range = { from: dayOf(now.getTime() - DAYS * DAY_MS), to: dayOf(now.getTime()) };
  beforeAll(async () => {
    server = await startTestServer({ demoData: true });
    const result = await seedDemoTelemetry(server.db, log, now, SMALL);
    expect(result.parks.map((p) => p.parkId).sort()).toEqual(["changshu-enclave", "home"]);
    for (const p of result.parks) expect(p.days).toBe(DAYS);
  });
  afterAll(async () => { await server.stop(); });

  it("leaves dwell on the home park's heatmap only inside the park, and most of it inside its zones", async () => {
    const park = (await findPark(server.db, "home"))!;
    const heat = await parkHeatmap(server.db, { parkId: "home", ...range });
    expect(heat.totalDwellSeconds).toBeGreaterThan(3600);
    let inZones = 0;
    for (const c of heat.cells) {
      expect(c.cx * heat.cellSize).toBeLessThan(park.layout.size.width);
      expect(c.cz * heat.cellSize).toBeLessThan(park.layout.size.depth);
      const [x, z] = [(c.cx + 0.5) * heat.cellSize, (c.cz + 0.5) * heat.cellSize];
      if (park.layout.zones.some((zone) => pointInPolygon(x, z, zone.polygon))) inZones += c.dwellSeconds;
    }
    expect(inZones / heat.totalDwellSeconds).toBeGreaterThan(0.6);
  });

  it("ranks zones by their visits, with moves between them", async () => {
    const report = await parkZoneReport(server.db, { parkId: "home", ...range });
    const visited = report.zones.filter((z) => z.visits > 0);
    expect(visited.length).toBeGreaterThanOrEqual(3);
    for (const z of visited) expect(z.totalDwellSeconds).toBeGreaterThan(0);
    expect(report.flows.length).toBeGreaterThan(0);
  });

  it("has its peak hours in the daytime", async () => {
    const { cells } = await parkPeakHours(server.db, { parkId: "home", ...range });
    const total = cells.reduce((s, c) => s + c.averagePeople, 0);
    const daytime = cells.filter((c) => c.hour >= 9 && c.hour < 19).reduce((s, c) => s + c.averagePeople, 0);
    expect(total).toBeGreaterThan(0);
    expect(daytime / total).toBeGreaterThan(0.7);
  });

  it("shows active people on every simulated day in the community figures", async () => {
    const report = await communityReport(server.db, range);
    const active = report.days.filter((d) => d.activePeople > 0);
    expect(active.length).toBe(DAYS);
    expect(report.days.at(-1)!.activePeople).toBe(0); // today is left to the real people
  });

  it("gives demo companies figures for their booths, from visitors who are not their own people", async () => {
    const { rows } = await server.db.query<{ id: string; name: string }>("SELECT id, name FROM companies WHERE demo ORDER BY name");
    let visited = 0;
    for (const company of rows) {
      const figures = await companyDashboard(server.db, { ...company, booths: [] }, range);
      visited += figures.booths.reduce((s, b) => s + b.visits, 0);
    }
    expect(visited).toBeGreaterThan(0);
    // People stop at the counters of held booths; an empty slot sees at most a passer-by.
    const { rows: [split] } = await server.db.query<{ held: number; empty: number }>(
      "SELECT coalesce(sum(visits) FILTER (WHERE company_id IS NOT NULL), 0)::int AS held, coalesce(sum(visits) FILTER (WHERE company_id IS NULL), 0)::int AS empty FROM place_visitors_daily WHERE kind = 'booth'",
    );
    expect(split!.held).toBeGreaterThan(3 * split!.empty);
    const own = await server.db.query(
      `SELECT 1 FROM place_visitors_daily v JOIN company_members m ON m.company_id = v.company_id AND m.user_id = v.user_id WHERE v.kind = 'booth'`,
    );
    expect(own.rowCount).toBe(0);
  });

  it("adds nothing when it runs again (a restart)", async () => {
    const before = await counts(server);
    const again = await seedDemoTelemetry(server.db, log, now, SMALL);
    expect(again.parks).toEqual([]);
    expect(await counts(server)).toEqual(before);
  });
});

describe("DEMO_DATA off after the simulation", () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer({ demoData: true }); });
  afterAll(async () => { await server.stop(); });

  it("simulates only days before the park's first real telemetry, and removing the demo takes the simulated days and nothing real", async () => {
    const now = new Date();
    const guest: Session = await server.guest("真人访客");
    // A real person walked the Changshu park two days ago: only the days before that are simulated there.
    const twoDaysAgo = now.getTime() - 2 * DAY_MS;
    const real = {
      heat: [{ bucket: Math.floor(twoDaysAgo / 300_000) * 300_000, cx: 1, cz: 1, dwellSeconds: 30, newVisitors: 1 }],
      heatHourly: [{ bucket: Math.floor(twoDaysAgo / 3_600_000) * 3_600_000, cx: 1, cz: 1, dwellSeconds: 30, newVisitors: 1 }],
      occupancy: [{ bucket: Math.floor(twoDaysAgo / 300_000) * 300_000, zoneId: "", samples: 30, peopleSum: 30, peak: 1 }],
      stays: [{ kind: "zone" as const, placeId: "plaza", userId: guest.user.id, fromPlaceId: null, enteredAt: twoDaysAgo, leftAt: twoDaysAgo + 30_000 }],
      people: [{ day: dayOf(twoDaysAgo), userId: guest.user.id, seconds: 30, lateSeconds: 0 }],
    };
    await writeTelemetry(server.db, "changshu-enclave", real);
    const before = await counts(server);

    const result = await seedDemoTelemetry(server.db, log, now, SMALL);
    expect(result.parks.find((p) => p.parkId === "changshu-enclave")?.days).toBe(DAYS - 2);
    const { rows: days } = await server.db.query<{ last: string }>(
      "SELECT to_char(max(p.day), 'YYYY-MM-DD') AS last FROM park_people_daily p JOIN users u ON u.id = p.user_id WHERE u.demo AND p.park_id = 'changshu-enclave'",
    );
    expect(days[0]!.last < dayOf(twoDaysAgo)).toBe(true);

    await removeDemoData(server.db);
    expect(await counts(server)).toEqual(before);
  });
});

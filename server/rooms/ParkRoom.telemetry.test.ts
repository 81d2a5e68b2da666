import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HEAT_CELL_METRES } from "../../shared/constants.ts";
import type { Session } from "../../shared/protocol/http.ts";
import { ROOM_PARK } from "../../shared/protocol/rooms.ts";
import { createCompany, manager, resident } from "../testing/companyFixtures.ts";
import { joinPark, type ParkProbe } from "../testing/parkProbe.ts";
import { startTestServer, until, type TestServer } from "../testing/testServer.ts";
import type { ParkListingMetadata } from "../telemetry/parkListing.ts";

/**
 * Telemetry as the park room records it: bots walk known straight paths in the Changshu park and
 * stand still at known places; the tables then hold dwell exactly along those paths, the stays, the
 * move between two zones, the booth stay, and each person's seconds.
 *
 * The park (160 × 160 m): plaza 50–110 × 50–110 (the main spawn at 80, 80 lies in it), exhibition
 * 10–70 × 10–50 (touching the plaza along z = 50, booth-5 at 54, 44 facing north), cafe 10–70 ×
 * 110–150 and launch hall 90–150 × 110–150, the Beijing spawn (80, 138) on the path between them.
 */
const PARK = "changshu-enclave";

let server: TestServer;
let companyId: string;

beforeAll(async () => {
  server = await startTestServer({ telemetryFlushMs: 300 });
  const owner = await resident(server, "heatowner");
  const boss = await manager(server, "heatboss");
  companyId = await createCompany(server, owner, "Heat Booth Co");
  expect((await server.api("PUT", `/api/parks/${PARK}/booths/booth-5`, { companyId }, boss.token)).status).toBe(200);
});
afterAll(async () => { await server?.stop(); });

interface Bot { who: Session; probe: ParkProbe; from: [number, number]; to: [number, number] }

const position = (probe: ParkProbe) => probe.last(probe.idx)!;
const arrived = (bot: Bot) => {
  const p = bot.probe.last(bot.probe.idx);
  return p !== undefined && Math.hypot(p.x - bot.to[0], p.z - bot.to[1]) < 0.1;
};

async function bot(username: string, spawnId: string, to: [number, number]): Promise<Bot> {
  const who = await resident(server, username);
  const probe = await joinPark(server, who.token, PARK, spawnId);
  const { x, z } = position(probe);
  probe.room.send("move", { to });
  return { who, probe, from: [x, z], to };
}

/** Distance from a point to the segment a–b. */
function toSegment(px: number, pz: number, [ax, az]: [number, number], [bx, bz]: [number, number]): number {
  const [dx, dz] = [bx - ax, bz - az];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (pz - az) * dz) / (dx * dx + dz * dz || 1)));
  return Math.hypot(px - (ax + t * dx), pz - (az + t * dz));
}

const cellOf = ([x, z]: [number, number]) => ({ cx: Math.floor(x / HEAT_CELL_METRES), cz: Math.floor(z / HEAT_CELL_METRES) });
const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await server.db.query(sql, params)).rows as T[];
const dwellAt = async (cell: { cx: number; cz: number }): Promise<number> =>
  (await query<{ d: number }>("SELECT coalesce(sum(dwell_s), 0)::int AS d FROM heat_cells WHERE park_id = $1 AND cx = $2 AND cz = $3", [PARK, cell.cx, cell.cz]))[0]!.d;

describe("park telemetry", () => {
  it("records dwell where bots stood and walked, zone stays, the move between zones, the booth stay and people's seconds", { timeout: 90_000 }, async () => {
    // Targets in the middle of 2 m cells, so that an avatar stopping a hair short stays in the cell.
    const visitor = await bot("heatvisitor", "main", [55, 43]); // plaza → exhibition, in front of booth-5
    const cafe = await bot("heatcafe", "from-beijing", [65, 141]);
    const launch = await bot("heatlaunch", "from-beijing", [97, 141]);
    const bots = [visitor, cafe, launch];
    try {
      await until(() => bots.every(arrived), "the bots to reach their places", 60_000);

      // The live view: people per zone in the room's listing.
      const listed = async () => {
        const [listing] = await matchMaker.query({ name: ROOM_PARK, parkId: PARK } as never);
        return (listing?.metadata as ParkListingMetadata | undefined);
      };
      const deadline = Date.now() + 20_000;
      let meta = await listed();
      while (Date.now() < deadline && !(meta?.zones?.cafe === 1 && meta.zones["launch-hall"] === 1 && meta.zones.exhibition === 1)) {
        await new Promise((r) => setTimeout(r, 100));
        meta = await listed();
      }
      expect(meta).toEqual({ parkId: PARK, zones: { plaza: 0, exhibition: 1, "meeting-wing": 0, cafe: 1, "launch-hall": 1 } });

      // Standing: at least four seconds in each cell, written by the flushes as they go.
      const standing = async () => Math.min(...await Promise.all(bots.map((b) => dwellAt(cellOf(b.to)))));
      const stood = Date.now() + 20_000;
      while (Date.now() < stood && await standing() < 4) await new Promise((r) => setTimeout(r, 100));
      expect(await standing()).toBeGreaterThanOrEqual(4);
    } finally {
      await Promise.all(bots.map((b) => b.probe.room.leave()));
    }

    // Leaving ends the stays; the next flush writes them with the last samples.
    const stays = async () => query<{ kind: string; place_id: string; user_id: string; from_place_id: string | null; company_id: string | null; dwell_s: number }>(
      "SELECT kind, place_id, user_id, from_place_id, company_id, dwell_s FROM place_stays WHERE park_id = $1 ORDER BY entered_at, kind", [PARK],
    );
    const written = Date.now() + 10_000;
    while (Date.now() < written && (await stays()).length < 5) await new Promise((r) => setTimeout(r, 100));
    const all = await stays();
    const of = (b: Bot) => all.filter((s) => s.user_id === b.who.user.id).map(({ user_id: _, dwell_s: __, ...s }) => s);
    expect(of(visitor)).toEqual([
      { kind: "zone", place_id: "plaza", from_place_id: null, company_id: null },
      { kind: "zone", place_id: "exhibition", from_place_id: "plaza", company_id: null },
      { kind: "booth", place_id: "booth-5", from_place_id: null, company_id: companyId },
    ]);
    expect(of(cafe)).toEqual([{ kind: "zone", place_id: "cafe", from_place_id: null, company_id: null }]);
    expect(of(launch)).toEqual([{ kind: "zone", place_id: "launch-hall", from_place_id: null, company_id: null }]);
    expect(all).toHaveLength(5);
    // Four samples where they stood span three seconds at least: the booth's stay is a visit.
    for (const s of all.filter((x) => x.kind === "booth" || x.place_id === "cafe" || x.place_id === "launch-hall")) expect(s.dwell_s).toBeGreaterThanOrEqual(3);

    expect(await query("SELECT from_zone_id, to_zone_id, moves FROM zone_flows_daily WHERE park_id = $1", [PARK]))
      .toEqual([{ from_zone_id: "plaza", to_zone_id: "exhibition", moves: 1 }]);

    const daily = await query<{ kind: string; place_id: string; user_id: string; company_id: string | null; visits: number; dwell_s: number }>(
      "SELECT kind, place_id, user_id, company_id, visits, dwell_s FROM place_visitors_daily WHERE park_id = $1 ORDER BY kind, place_id", [PARK],
    );
    expect(daily.map(({ dwell_s: _, ...d }) => d)).toEqual([
      { kind: "booth", place_id: "booth-5", user_id: visitor.who.user.id, company_id: companyId, visits: 1 },
      { kind: "zone", place_id: "cafe", user_id: cafe.who.user.id, company_id: null, visits: 1 },
      { kind: "zone", place_id: "exhibition", user_id: visitor.who.user.id, company_id: null, visits: 1 },
      { kind: "zone", place_id: "launch-hall", user_id: launch.who.user.id, company_id: null, visits: 1 },
      { kind: "zone", place_id: "plaza", user_id: visitor.who.user.id, company_id: null, visits: 1 },
    ]);
    // The daily dwell is the stays' dwell.
    for (const d of daily) {
      expect(d.dwell_s).toBe(all.filter((s) => s.kind === d.kind && s.place_id === d.place_id && s.user_id === d.user_id).reduce((n, s) => n + s.dwell_s, 0));
    }

    // Dwell lies only along the bots' paths: every cell with dwell is within a cell's diagonal of one.
    const cells = await query<{ cx: number; cz: number; dwell: number; visitors: number }>(
      "SELECT cx, cz, sum(dwell_s)::int AS dwell, max(visitors) AS visitors FROM heat_cells WHERE park_id = $1 GROUP BY cx, cz", [PARK],
    );
    const diagonal = Math.SQRT2 * HEAT_CELL_METRES / 2 + 0.05;
    for (const c of cells) {
      const [x, z] = [(c.cx + 0.5) * HEAT_CELL_METRES, (c.cz + 0.5) * HEAT_CELL_METRES];
      const near = bots.filter((b) => toSegment(x, z, b.from, b.to) <= diagonal).length;
      expect(near, `cell ${c.cx},${c.cz} lies on someone's path`).toBeGreaterThan(0);
      expect(c.visitors).toBeLessThanOrEqual(near);
    }
    // Most of it where they stood.
    for (const b of bots) expect(cells.find((c) => c.cx === cellOf(b.to).cx && c.cz === cellOf(b.to).cz)!.dwell).toBeGreaterThanOrEqual(4);
    expect(cells.some((c) => c.cx < 5 && c.cz < 5)).toBe(false);

    // The hourly cells hold the same dwell, cell by cell.
    const hourly = await query<{ cx: number; cz: number; dwell: number }>(
      "SELECT cx, cz, sum(dwell_s)::int AS dwell FROM heat_cells_hourly WHERE park_id = $1 GROUP BY cx, cz", [PARK],
    );
    const key = (c: { cx: number; cz: number; dwell: number }) => `${c.cx},${c.cz}:${c.dwell}`;
    expect(hourly.map(key).sort()).toEqual(cells.map(key).sort());

    // One second of dwell is one person-second of occupancy and one second of someone's day.
    const dwell = cells.reduce((n, c) => n + c.dwell, 0);
    const [park] = await query<{ people: number; peak: number; samples: number }>(
      "SELECT sum(people_sum)::int AS people, max(peak) AS peak, sum(samples)::int AS samples FROM park_occupancy WHERE park_id = $1 AND zone_id = ''", [PARK],
    );
    expect(park).toMatchObject({ people: dwell, peak: 3 });
    const zones = await query<{ zone_id: string; peak: number }>(
      "SELECT zone_id, max(peak) AS peak FROM park_occupancy WHERE park_id = $1 AND zone_id <> '' GROUP BY zone_id ORDER BY zone_id", [PARK],
    );
    expect(zones).toEqual([
      { zone_id: "cafe", peak: 1 }, { zone_id: "exhibition", peak: 1 }, { zone_id: "launch-hall", peak: 1 }, { zone_id: "plaza", peak: 1 },
    ]);
    const people = await query<{ user_id: string; seconds: number; late_seconds: number }>(
      "SELECT user_id, seconds, late_seconds FROM park_people_daily WHERE park_id = $1", [PARK],
    );
    expect(people.map((p) => p.user_id).sort()).toEqual(bots.map((b) => b.who.user.id).sort());
    expect(people.reduce((n, p) => n + p.seconds, 0)).toBe(dwell);
    for (const p of people) expect(p.late_seconds).toBeLessThanOrEqual(p.seconds);
  });
});

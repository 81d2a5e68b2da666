import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ParkDetail, Session } from "../../../shared/protocol/http.ts";
import { addMember, createCompany, manager, resident } from "../../testing/companyFixtures.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";
import type { TelemetryBatch } from "../../telemetry/telemetryBatch.ts";
import { writeTelemetry } from "./telemetry.ts";

let server: TestServer;
let alice: Session;
let bob: Session;
let owner: Session;
let companyId: string;
let slotId: string;
const PARK = "home";

/** 2026-03-01 22:00 in Shanghai (UTC+8): late in the evening, park-local day 2026-03-01. */
const T = Date.UTC(2026, 2, 1, 14, 0, 0);
const S = 1000;

const none: TelemetryBatch = { heat: [], heatHourly: [], occupancy: [], stays: [], people: [] };
const batch = (b: Partial<TelemetryBatch>): TelemetryBatch => ({ ...none, ...b });

beforeAll(async () => {
  server = await startTestServer();
  alice = await resident(server, "telalice");
  bob = await resident(server, "telbob");
  owner = await resident(server, "telowner");
  const boss = await manager(server, "telboss");
  companyId = await createCompany(server, owner, "Telemetry Works");
  await addMember(server, companyId, owner, bob);
  const { layout } = (await server.api<ParkDetail>("GET", `/api/parks/${PARK}`)).body;
  slotId = layout.boothSlots[0]!.id;
  expect((await server.api("PUT", `/api/parks/${PARK}/booths/${slotId}`, { companyId }, boss.token)).status).toBe(200);
});
afterAll(async () => { await server?.stop(); });

const rows = async (sql: string, params: unknown[] = []): Promise<unknown[]> => (await server.db.query(sql, params)).rows;

describe("writeTelemetry", () => {
  it("adds heat cells up across writes, five-minute and hourly, and leaves other cells alone", async () => {
    await writeTelemetry(server.db, PARK, batch({
      heat: [{ bucket: T, cx: 3, cz: 4, dwellSeconds: 10, newVisitors: 2 }, { bucket: T, cx: 5, cz: 4, dwellSeconds: 1, newVisitors: 1 }],
      heatHourly: [{ bucket: T, cx: 3, cz: 4, dwellSeconds: 10, newVisitors: 2 }],
    }));
    await writeTelemetry(server.db, PARK, batch({
      heat: [{ bucket: T, cx: 3, cz: 4, dwellSeconds: 5, newVisitors: 1 }],
      heatHourly: [{ bucket: T, cx: 3, cz: 4, dwellSeconds: 5, newVisitors: 0 }],
    }));
    expect(await rows("SELECT cx, cz, dwell_s, visitors, bucket FROM heat_cells WHERE park_id = $1 ORDER BY cx", [PARK]))
      .toEqual([{ cx: 3, cz: 4, dwell_s: 15, visitors: 3, bucket: new Date(T) }, { cx: 5, cz: 4, dwell_s: 1, visitors: 1, bucket: new Date(T) }]);
    expect(await rows("SELECT cx, cz, dwell_s, visitors FROM heat_cells_hourly WHERE park_id = $1", [PARK]))
      .toEqual([{ cx: 3, cz: 4, dwell_s: 15, visitors: 2 }]);
  });

  it("adds occupancy samples and sums, and keeps the greatest peak; a key twice in one batch is summed", async () => {
    await writeTelemetry(server.db, PARK, batch({
      occupancy: [{ bucket: T, zoneId: "", samples: 10, peopleSum: 30, peak: 5 }, { bucket: T, zoneId: "plaza", samples: 10, peopleSum: 8, peak: 2 }],
    }));
    await writeTelemetry(server.db, PARK, batch({
      occupancy: [{ bucket: T, zoneId: "", samples: 5, peopleSum: 5, peak: 1 }, { bucket: T, zoneId: "", samples: 1, peopleSum: 6, peak: 6 }],
    }));
    expect(await rows("SELECT zone_id, samples, people_sum, peak FROM park_occupancy WHERE park_id = $1 ORDER BY zone_id", [PARK])).toEqual([
      { zone_id: "", samples: 16, people_sum: 41, peak: 6 },
      { zone_id: "plaza", samples: 10, people_sum: 8, peak: 2 },
    ]);
  });

  it("stores zone and booth stays with their dwell, daily figures per place and person, and moves between zones", async () => {
    const gone = crypto.randomUUID();
    await writeTelemetry(server.db, PARK, batch({
      stays: [
        { kind: "zone", placeId: "plaza", userId: alice.user.id, fromPlaceId: null, enteredAt: T, leftAt: T + 60 * S },
        { kind: "zone", placeId: "cafe", userId: alice.user.id, fromPlaceId: "plaza", enteredAt: T + 70 * S, leftAt: T + 100 * S },
        { kind: "zone", placeId: "cafe", userId: gone, fromPlaceId: "plaza", enteredAt: T, leftAt: T + 10 * S },
        { kind: "booth", placeId: slotId, userId: alice.user.id, fromPlaceId: null, enteredAt: T + 80 * S, leftAt: T + 95 * S },
        // Bob works for the company: standing at its booth is no visit.
        { kind: "booth", placeId: slotId, userId: bob.user.id, fromPlaceId: null, enteredAt: T, leftAt: T + 300 * S },
      ],
    }));
    // Two hours later it is the next day in Shanghai (00:20 on 2 March).
    await writeTelemetry(server.db, PARK, batch({
      stays: [
        { kind: "zone", placeId: "cafe", userId: alice.user.id, fromPlaceId: "plaza", enteredAt: T + 7200 * S, leftAt: T + 7220 * S },
        { kind: "zone", placeId: "cafe", userId: alice.user.id, fromPlaceId: null, enteredAt: T + 3600 * S, leftAt: T + 3610 * S },
      ],
    }));
    const stays = await rows(
      "SELECT kind, place_id, user_id, company_id, from_place_id, dwell_s FROM place_stays WHERE park_id = $1 ORDER BY left_at", [PARK],
    );
    expect(stays).toEqual([
      { kind: "zone", place_id: "cafe", user_id: null, company_id: null, from_place_id: "plaza", dwell_s: 10 },
      { kind: "zone", place_id: "plaza", user_id: alice.user.id, company_id: null, from_place_id: null, dwell_s: 60 },
      { kind: "booth", place_id: slotId, user_id: alice.user.id, company_id: companyId, from_place_id: null, dwell_s: 15 },
      { kind: "zone", place_id: "cafe", user_id: alice.user.id, company_id: null, from_place_id: "plaza", dwell_s: 30 },
      { kind: "zone", place_id: "cafe", user_id: alice.user.id, company_id: null, from_place_id: null, dwell_s: 10 },
      { kind: "zone", place_id: "cafe", user_id: alice.user.id, company_id: null, from_place_id: "plaza", dwell_s: 20 },
    ]);
    expect(await rows("SELECT kind, place_id, to_char(day, 'YYYY-MM-DD') AS day, company_id, visits, dwell_s FROM place_visitors_daily WHERE park_id = $1 ORDER BY day, kind, place_id", [PARK]))
      .toEqual([
        { kind: "booth", place_id: slotId, day: "2026-03-01", company_id: companyId, visits: 1, dwell_s: 15 },
        // Alice's two cafe stays of 1 March: 30 s at 22:01 and 10 s at 23:00.
        { kind: "zone", place_id: "cafe", day: "2026-03-01", company_id: null, visits: 2, dwell_s: 40 },
        { kind: "zone", place_id: "plaza", day: "2026-03-01", company_id: null, visits: 1, dwell_s: 60 },
        { kind: "zone", place_id: "cafe", day: "2026-03-02", company_id: null, visits: 1, dwell_s: 20 },
      ]);
    expect(await rows("SELECT to_char(day, 'YYYY-MM-DD') AS day, from_zone_id, to_zone_id, moves FROM zone_flows_daily WHERE park_id = $1 ORDER BY day", [PARK])).toEqual([
      { day: "2026-03-01", from_zone_id: "plaza", to_zone_id: "cafe", moves: 2 },
      { day: "2026-03-02", from_zone_id: "plaza", to_zone_id: "cafe", moves: 1 },
    ]);
  });

  it("adds each person's seconds per day and skips people whose account is gone", async () => {
    const people = [
      { day: "2026-03-01", userId: alice.user.id, seconds: 100, lateSeconds: 40 },
      { day: "2026-03-01", userId: crypto.randomUUID(), seconds: 5, lateSeconds: 0 },
    ];
    await writeTelemetry(server.db, PARK, batch({ people }));
    await writeTelemetry(server.db, PARK, batch({ people: [{ day: "2026-03-01", userId: alice.user.id, seconds: 20, lateSeconds: 20 }] }));
    expect(await rows("SELECT user_id, to_char(day, 'YYYY-MM-DD') AS day, seconds, late_seconds FROM park_people_daily WHERE park_id = $1", [PARK]))
      .toEqual([{ user_id: alice.user.id, day: "2026-03-01", seconds: 120, late_seconds: 60 }]);
  });

  it("writes all of a batch or none of it", async () => {
    const before = await rows("SELECT count(*)::int AS n FROM heat_cells");
    await expect(writeTelemetry(server.db, PARK, batch({
      heat: [{ bucket: T + 3600 * S, cx: 1, cz: 1, dwellSeconds: 1, newVisitors: 1 }],
      people: [{ day: "not a day", userId: alice.user.id, seconds: 1, lateSeconds: 0 }],
    }))).rejects.toThrow();
    expect(await rows("SELECT count(*)::int AS n FROM heat_cells")).toEqual(before);
  });
});

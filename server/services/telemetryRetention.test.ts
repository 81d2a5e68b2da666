import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resident } from "../testing/companyFixtures.ts";
import { insertMeetingRoom } from "../testing/meetingFixtures.ts";
import { startTestServer, type TestServer } from "../testing/testServer.ts";
import { pruneTelemetry } from "./telemetryRetention.ts";

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.stop(); });

const DAY = 86_400_000;

/** One row in every telemetry table, dated `at` (days: its date in Shanghai). */
async function rowsAt(at: Date, userId: string, roomId: string, cx: number): Promise<void> {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(at);
  const q = (sql: string, params: unknown[]) => server.db.query(sql, params);
  await q("INSERT INTO heat_cells VALUES ('home', $1, $2, 0, 5, 1)", [at, cx]);
  await q("INSERT INTO heat_cells_hourly VALUES ('home', $1, $2, 0, 5, 1)", [at, cx]);
  await q("INSERT INTO park_occupancy VALUES ('home', '', $1, 10, 10, 1)", [at]);
  await q("INSERT INTO place_stays (park_id, kind, place_id, user_id, entered_at, left_at, dwell_s) VALUES ('home', 'zone', 'plaza', $1, $2, $2, 0)", [userId, at]);
  await q("INSERT INTO place_visitors_daily VALUES ('home', 'zone', 'plaza', $1, $2, NULL, 1, 0)", [userId, day]);
  await q("INSERT INTO zone_flows_daily VALUES ('home', $1, 'plaza', 'cafe', 1)", [day]);
  await q("INSERT INTO park_people_daily VALUES ('home', $1, $2, 60, 0)", [userId, day]);
  await q("INSERT INTO meeting_attendance (room_id, user_id, joined_at, left_at) VALUES ($1, $2, $3, $3)", [roomId, userId, at]);
}

describe("pruneTelemetry", () => {
  it("deletes telemetry older than the retention from every table and keeps what is younger", async () => {
    const who = await resident(server, "retained");
    const roomId = await insertMeetingRoom(server.db);
    // Years ahead: the prune the server runs at start (on the real clock) leaves these rows alone.
    const now = new Date("2031-03-01T04:00:00Z");
    await rowsAt(new Date(now.getTime() - 402 * DAY), who.user.id, roomId, 1);
    await rowsAt(new Date(now.getTime() - 398 * DAY), who.user.id, roomId, 2);

    const deleted = await pruneTelemetry(server.db, 400, now);
    expect(deleted).toEqual({
      heat_cells: 1, heat_cells_hourly: 1, park_occupancy: 1, place_stays: 1,
      place_visitors_daily: 1, zone_flows_daily: 1, park_people_daily: 1, meeting_attendance: 1,
    });
    for (const table of Object.keys(deleted)) {
      expect((await server.db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows, table).toEqual([{ n: 1 }]);
    }
    expect((await server.db.query("SELECT cx FROM heat_cells")).rows).toEqual([{ cx: 2 }]);
    // Nothing more to delete.
    expect(Object.values(await pruneTelemetry(server.db, 400, now)).every((n) => n === 0)).toBe(true);
  });
});

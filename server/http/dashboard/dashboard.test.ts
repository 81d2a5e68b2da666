import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  BoothReport, CommunityReport, CompanyDashboard, Heatmap, LiveOccupancy, PeakHours, ZoneReport,
} from "../../../shared/protocol/dashboard.ts";
import type { ApiError, Session } from "../../../shared/protocol/http.ts";
import type { TaskDetail } from "../../../shared/protocol/tasks.ts";
import { HEAT_CELL_METRES, PARK_TIME_ZONE } from "../../../shared/constants.ts";
import { createCompany, manager, resident } from "../../testing/companyFixtures.ts";
import { insertEvent } from "../../testing/eventFixtures.ts";
import { joinPark } from "../../testing/parkProbe.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

/**
 * The dashboard's figures on constructed aggregates: rows written straight into the telemetry
 * tables (as the park room's writes would leave them) for a week of March 2026 in the park's time
 * zone (Asia/Shanghai, UTC+8), and a task taken through its lifecycle over HTTP with its
 * transitions moved into that week. The last test has a person stand in a park and reads the
 * heatmap the park room's own telemetry made of it (the rooms write every 300 ms here).
 */

let server: TestServer;
let boss: Session;
let owner: Session;
let ann: Session;
let ben: Session;
let cat: Session;
let company: string;
let other: string;

/** A park-local moment of March 2026 ("02 09:00" is 2 March, 09:00 in Shanghai) as a UTC instant. */
const at = (dayHour: string): string => {
  const [day, time] = dayHour.split(" ") as [string, string];
  return new Date(`2026-03-${day}T${time}:00+08:00`).toISOString();
};

const get = <T>(route: string, token?: string) => server.api<T>("GET", route, undefined, token);

async function heat(hour: string, cx: number, cz: number, dwell: number, visitors: number, parkId = "home"): Promise<void> {
  await server.db.query("INSERT INTO heat_cells_hourly (park_id, hour, cx, cz, dwell_s, visitors) VALUES ($1, $2, $3, $4, $5, $6)", [parkId, at(hour), cx, cz, dwell, visitors]);
}
async function occupancy(bucket: string, zoneId: string, samples: number, peopleSum: number, peak: number): Promise<void> {
  await server.db.query("INSERT INTO park_occupancy (park_id, zone_id, bucket, samples, people_sum, peak) VALUES ('home', $1, $2, $3, $4, $5)", [zoneId, at(bucket), samples, peopleSum, peak]);
}
async function placeDay(kind: "zone" | "booth", placeId: string, who: Session, day: string, visits: number, dwell: number, companyId: string | null = null): Promise<void> {
  await server.db.query(
    `INSERT INTO place_visitors_daily (park_id, kind, place_id, user_id, day, company_id, visits, dwell_s) VALUES ('home', $1, $2, $3, $4, $5, $6, $7)`,
    [kind, placeId, who.user.id, `2026-03-${day}`, companyId, visits, dwell],
  );
}
async function flow(day: string, from: string, to: string, moves: number): Promise<void> {
  await server.db.query("INSERT INTO zone_flows_daily (park_id, day, from_zone_id, to_zone_id, moves) VALUES ('home', $1, $2, $3, $4)", [`2026-03-${day}`, from, to, moves]);
}
async function personDay(parkId: string, who: Session, day: string): Promise<void> {
  await server.db.query("INSERT INTO park_people_daily (park_id, user_id, day, seconds, late_seconds) VALUES ($1, $2, $3, 600, 0)", [parkId, who.user.id, `2026-03-${day}`]);
}

/** Posts a task over HTTP, takes it as far as `until`, then moves each transition to the park-local time given. */
async function taskThrough(poster: Session, taker: Session | null, companyId: string | null, times: { publish: string; apply?: string; pick?: string; deliver?: string; accept?: string }): Promise<string> {
  const task = await server.api<TaskDetail>("POST", "/api/tasks", { title: "夹具设计 fixture", description: "Design a fixture for a thin-walled part.", category: "engineering", budget: 3000, companyId }, poster.token);
  expect(task.status).toBe(201);
  const id = task.body.id;
  if (taker && times.apply) {
    const applied = await server.api<TaskDetail>("POST", `/api/tasks/${id}/apply`, { note: "I can do it.", proposedFee: 2800 }, taker.token);
    expect(applied.status).toBe(201);
    if (times.pick) {
      const applicationId = applied.body.applicationList.find((a) => a.applicant.id === taker.user.id)!.id;
      expect((await server.api("POST", `/api/tasks/${id}/actions/pick`, { applicationId }, poster.token)).status).toBe(200);
    }
    if (times.deliver) expect((await server.api("POST", `/api/tasks/${id}/actions/deliver`, { message: "Drawings attached.", links: [] }, taker.token)).status).toBe(200);
    if (times.accept) expect((await server.api("POST", `/api/tasks/${id}/actions/accept`, {}, poster.token)).status).toBe(200);
  }
  for (const [action, time] of Object.entries(times)) {
    await server.db.query("UPDATE task_events SET created_at = $3 WHERE task_id = $1 AND action = $2", [id, action, at(time)]);
  }
  return id;
}

beforeAll(async () => {
  server = await startTestServer({ telemetryFlushMs: 300 });
  boss = await manager(server, "boss");
  owner = await resident(server, "owner");
  ann = await resident(server, "ann");
  ben = await resident(server, "ben");
  cat = await resident(server, "cat");
  company = await createCompany(server, owner, "Fixture Works");
  other = await createCompany(server, cat, "Other Tenant");
  expect((await server.api("PUT", "/api/parks/home/booths/booth-1", { companyId: company }, boss.token)).status).toBe(200);
  expect((await server.api("PUT", "/api/parks/home/booths/booth-3", { companyId: other }, boss.token)).status).toBe(200);

  // Heat: Monday 2 March and Tuesday 3 March; one hour before the week and one after it.
  await heat("02 09:00", 10, 20, 600, 3);
  await heat("03 14:00", 10, 20, 300, 2);
  await heat("02 20:00", 11, 20, 120, 1);
  // 07:00 on Monday in Shanghai is still Sunday in UTC: it belongs to Monday.
  await heat("02 07:00", 40, 41, 50, 1);
  // 00:00 on Monday 9 March in Shanghai is still Sunday 8 March in UTC: it is outside the week.
  await heat("09 00:00", 40, 41, 7000, 9);
  await heat("01 23:00", 40, 41, 8000, 9);
  // Another park's cells are not this park's.
  await heat("02 09:00", 10, 20, 999, 9, "changshu-enclave");

  // Occupancy of the whole park ('') and of a zone, in five-minute buckets.
  await occupancy("02 09:00", "", 300, 1500, 7);
  await occupancy("02 09:05", "", 300, 900, 4);
  await occupancy("02 09:00", "plaza", 300, 30000, 100);
  await occupancy("02 07:30", "", 300, 300, 1);
  // 23:30 on Sunday in Shanghai: that Sunday's, 23:00 hour.
  await occupancy("08 23:30", "", 300, 600, 2);
  // 00:30 on Monday 9 March in Shanghai (Sunday 16:30 UTC): outside.
  await occupancy("09 00:30", "", 300, 3000, 10);
  await occupancy("09 09:00", "", 300, 3000, 10);

  await placeDay("zone", "plaza", ann, "02", 2, 600);
  await placeDay("zone", "plaza", ann, "03", 1, 300);
  await placeDay("zone", "plaza", ben, "02", 1, 100);
  await placeDay("zone", "cafe", cat, "04", 1, 1200);
  await placeDay("zone", "green", ann, "10", 5, 5000);
  await placeDay("booth", "booth-1", ann, "02", 2, 90, company);
  await placeDay("booth", "booth-1", ben, "03", 1, 30, company);
  await placeDay("booth", "booth-2", cat, "02", 1, 60);
  await placeDay("booth", "booth-4", ben, "12", 4, 400, other);
  await flow("02", "plaza", "cafe", 3);
  await flow("05", "plaza", "cafe", 2);
  await flow("04", "cafe", "plaza", 1);
  await flow("01", "green", "plaza", 7);
});
afterAll(async () => { await server?.stop(); });

const WEEK = "parkId=home&from=2026-03-02&to=2026-03-08";

describe("the manager's dashboard", () => {
  it("sums each cell's dwell over the park-local days, weekdays and hours asked for", async () => {
    const week = await get<Heatmap>(`/api/dashboard/heatmap?${WEEK}`, boss.token);
    expect(week.status).toBe(200);
    expect(week.body).toMatchObject({ parkId: "home", cellSize: 2, width: 300, depth: 300, totalDwellSeconds: 1070, maxDwellSeconds: 900 });
    const byCell = (h: Heatmap) => Object.fromEntries(h.cells.map((c) => [`${c.cx},${c.cz}`, [c.dwellSeconds, c.visitors]]));
    expect(byCell(week.body)).toEqual({ "10,20": [900, 5], "11,20": [120, 1], "40,41": [50, 1] });

    const mondays = await get<Heatmap>(`/api/dashboard/heatmap?${WEEK}&weekdays=1`, boss.token);
    expect(byCell(mondays.body)).toEqual({ "10,20": [600, 3], "11,20": [120, 1], "40,41": [50, 1] });
    const mornings = await get<Heatmap>(`/api/dashboard/heatmap?${WEEK}&hours=8-13`, boss.token);
    expect(byCell(mornings.body)).toEqual({ "10,20": [600, 3] });
    const tuesdayAfternoons = await get<Heatmap>(`/api/dashboard/heatmap?${WEEK}&weekdays=2,3&hours=14-14`, boss.token);
    expect(byCell(tuesdayAfternoons.body)).toEqual({ "10,20": [300, 2] });

    const sunday = await get<Heatmap>("/api/dashboard/heatmap?parkId=home&from=2026-03-01&to=2026-03-01", boss.token);
    expect(byCell(sunday.body)).toEqual({ "40,41": [8000, 9] });
    const empty = await get<Heatmap>("/api/dashboard/heatmap?parkId=home&from=2026-04-01&to=2026-04-30", boss.token);
    expect(empty.body).toMatchObject({ cells: [], totalDwellSeconds: 0, maxDwellSeconds: 0 });
  });

  it("ranks every zone by dwell, with distinct visitors over the range and the flows between zones", async () => {
    const r = await get<ZoneReport>(`/api/dashboard/zones?${WEEK}`, boss.token);
    expect(r.status).toBe(200);
    expect(r.body.zones.slice(0, 2)).toEqual([
      { zoneId: "cafe", name: expect.any(Object), kind: "cafe", visits: 1, visitors: 1, totalDwellSeconds: 1200, averageDwellSeconds: 1200 },
      { zoneId: "plaza", name: expect.any(Object), kind: "plaza", visits: 4, visitors: 2, totalDwellSeconds: 1000, averageDwellSeconds: 250 },
    ]);
    // The other zones of the layout, in its order, with nothing: green's visits were after the week.
    expect(r.body.zones.slice(2).map((z) => [z.zoneId, z.visits, z.totalDwellSeconds, z.averageDwellSeconds]))
      .toEqual([["demand-hall", 0, 0, 0], ["exhibition", 0, 0, 0], ["meeting-wing", 0, 0, 0], ["launch-hall", 0, 0, 0], ["green", 0, 0, 0]]);
    expect(r.body.flows).toEqual([{ fromZoneId: "plaza", toZoneId: "cafe", moves: 5 }, { fromZoneId: "cafe", toZoneId: "plaza", moves: 1 }]);

    const monday = await get<ZoneReport>("/api/dashboard/zones?parkId=home&from=2026-03-02&to=2026-03-02", boss.token);
    expect(monday.body.zones[0]).toMatchObject({ zoneId: "plaza", visits: 3, visitors: 2, totalDwellSeconds: 700 });
    expect(monday.body.flows).toEqual([{ fromZoneId: "plaza", toZoneId: "cafe", moves: 3 }]);
  });

  it("ranks every booth by visits, with the company that held it", async () => {
    const r = await get<BoothReport>(`/api/dashboard/booths?${WEEK}`, boss.token);
    expect(r.status).toBe(200);
    expect(r.body.booths).toHaveLength(12);
    expect(r.body.booths.slice(0, 3)).toEqual([
      { slotId: "booth-1", companyId: company, companyName: "Fixture Works", visits: 3, visitors: 2, totalDwellSeconds: 120, averageDwellSeconds: 40 },
      { slotId: "booth-2", companyId: null, companyName: null, visits: 1, visitors: 1, totalDwellSeconds: 60, averageDwellSeconds: 60 },
      // Not visited that week: the company on it now.
      { slotId: "booth-3", companyId: other, companyName: "Other Tenant", visits: 0, visitors: 0, totalDwellSeconds: 0, averageDwellSeconds: 0 },
    ]);
    expect(r.body.booths.find((b) => b.slotId === "booth-4")).toMatchObject({ visits: 0, companyId: null });
  });

  it("gives the park's average and peak people per park-local weekday and hour", async () => {
    const r = await get<PeakHours>(`/api/dashboard/peak-hours?${WEEK}`, boss.token);
    expect(r.status).toBe(200);
    expect(r.body.cells).toEqual([
      { weekday: 1, hour: 7, averagePeople: 1, peakPeople: 1 },
      { weekday: 1, hour: 9, averagePeople: 4, peakPeople: 7 },
      { weekday: 7, hour: 23, averagePeople: 2, peakPeople: 2 },
    ]);
    expect((await get<PeakHours>(`/api/dashboard/peak-hours?${WEEK}&hours=8-22`, boss.token)).body.cells)
      .toEqual([{ weekday: 1, hour: 9, averagePeople: 4, peakPeople: 7 }]);
    expect((await get<PeakHours>(`/api/dashboard/peak-hours?${WEEK}&weekdays=6,7`, boss.token)).body.cells)
      .toEqual([{ weekday: 7, hour: 23, averagePeople: 2, peakPeople: 2 }]);
  });

  it("lists every park now, with its zones and the last hours of occupancy", async () => {
    const recent = new Date(Date.now() - 30 * 60_000);
    recent.setUTCMinutes(recent.getUTCMinutes() - (recent.getUTCMinutes() % 5), 0, 0);
    await server.db.query(
      `INSERT INTO park_occupancy (park_id, zone_id, bucket, samples, people_sum, peak) VALUES
         ('home', '', $1, 300, 900, 5), ('home', 'cafe', $1, 300, 600, 3), ('home', '', $2, 300, 30000, 100)`,
      [recent, new Date(Date.now() - 7 * 3600_000)],
    );
    const r = await get<LiveOccupancy>("/api/dashboard/live", boss.token);
    expect(r.status).toBe(200);
    expect(r.body.parks.map((p) => p.parkId)).toEqual(["home", "changshu-enclave"]);
    const home = r.body.parks[0]!;
    expect(home.online).toBe(0);
    expect(home.zones.map((z) => [z.zoneId, z.people])).toEqual([
      ["plaza", 0], ["demand-hall", 0], ["exhibition", 0], ["meeting-wing", 0], ["launch-hall", 0], ["cafe", 0], ["green", 0],
    ]);
    // The room's own writes (an empty park) may add buckets of nobody; seven hours ago is too long ago.
    expect(home.history.filter((p) => p.peak > 0)).toEqual([{ at: recent.toISOString(), average: 3, peak: 5 }]);
    expect(home.zoneHistory.find((z) => z.zoneId === "cafe")!.points.filter((p) => p.peak > 0)).toEqual([{ at: recent.toISOString(), average: 2, peak: 3 }]);
    expect(home.zoneHistory.find((z) => z.zoneId === "plaza")!.points.filter((p) => p.peak > 0)).toEqual([]);
  });

  it("counts active people per day and week, registrations, the task funnel and events' attendance", async () => {
    await personDay("home", ann, "02");
    await personDay("home", ann, "03");
    await personDay("changshu-enclave", ann, "03");
    await personDay("home", ben, "02");
    await personDay("home", cat, "09");
    // 00:30 on 4 March in Shanghai is still 3 March in UTC: a registration of the 4th.
    await server.db.query("UPDATE users SET created_at = $2 WHERE id = $1", [ann.user.id, at("04 00:30")]);
    await server.db.query("UPDATE users SET created_at = $2 WHERE id = $1", [ben.user.id, at("05 18:00")]);
    const guest = await server.guest("Passer-by");
    await server.db.query("UPDATE users SET created_at = $2 WHERE id = $1", [guest.user.id, at("05 18:00")]);

    // Two tasks posted in the range: one taken all the way, one that only drew an application.
    await taskThrough(owner, ann, company, { publish: "03 10:00", apply: "03 12:00", pick: "03 16:00", deliver: "04 16:00", accept: "04 22:00" });
    await taskThrough(ben, cat, null, { publish: "04 09:00", apply: "04 13:00" });
    // A draft is not posted, and a task posted before the range is not counted.
    expect((await server.api("POST", "/api/tasks", { title: "草稿 draft", description: "Not yet.", category: "engineering", publish: false }, ben.token)).status).toBe(201);
    await taskThrough(owner, null, company, { publish: "01 10:00" });

    const launch = await insertEvent(server.db, { companyId: company, title: "Spring launch", startsAt: new Date(at("05 20:00")) });
    await insertEvent(server.db, { companyId: company, title: "Waiting", startsAt: new Date(at("06 20:00")), status: "pending" });
    await insertEvent(server.db, { title: "Later", startsAt: new Date(at("12 20:00")) });
    const salon = await insertEvent(server.db, { title: "Park salon", startsAt: new Date(at("09 23:30")) });
    for (const who of [ann, ben]) await server.db.query("INSERT INTO event_rsvps (event_id, user_id) VALUES ($1, $2)", [launch, who.user.id]);
    for (const who of [ann, ann, cat]) {
      await server.db.query("INSERT INTO event_attendance (event_id, user_id, joined_at, left_at) VALUES ($1, $2, $3, $3)", [launch, who.user.id, at("05 20:10")]);
    }

    const r = await get<CommunityReport>("/api/dashboard/community?from=2026-03-03&to=2026-03-09", boss.token);
    expect(r.status).toBe(200);
    expect(r.body.days).toEqual([
      { day: "2026-03-03", activePeople: 1, newPeople: 0 },
      { day: "2026-03-04", activePeople: 0, newPeople: 1 },
      { day: "2026-03-05", activePeople: 0, newPeople: 1 },
      { day: "2026-03-06", activePeople: 0, newPeople: 0 },
      { day: "2026-03-07", activePeople: 0, newPeople: 0 },
      { day: "2026-03-08", activePeople: 0, newPeople: 0 },
      { day: "2026-03-09", activePeople: 1, newPeople: 0 },
    ]);
    // The week of 2 March counts its Monday too, which is before the range.
    expect(r.body.weeks).toEqual([{ weekStart: "2026-03-02", activePeople: 2 }, { weekStart: "2026-03-09", activePeople: 1 }]);
    expect(r.body.funnel.steps).toEqual([
      { step: "posted", tasks: 2, medianHoursFromPrevious: null },
      { step: "applied", tasks: 2, medianHoursFromPrevious: 3 },
      { step: "assigned", tasks: 1, medianHoursFromPrevious: 4 },
      { step: "delivered", tasks: 1, medianHoursFromPrevious: 24 },
      { step: "accepted", tasks: 1, medianHoursFromPrevious: 6 },
    ]);
    expect(r.body.events).toEqual([
      { eventId: launch, title: "Spring launch", kind: "launch", startsAt: at("05 20:00"), rsvps: 2, attendees: 2 },
      { eventId: salon, title: "Park salon", kind: "launch", startsAt: at("09 23:30"), rsvps: 0, attendees: 0 },
    ]);

    // The company's own view: its booth, its tasks, its events, over the same days.
    const mine = await get<CompanyDashboard>(`/api/companies/${company}/dashboard?from=2026-03-02&to=2026-03-08`, owner.token);
    expect(mine.status).toBe(200);
    expect(mine.body.booths).toEqual([
      { parkId: "home", slotId: "booth-1", companyId: company, companyName: "Fixture Works", visits: 3, visitors: 2, totalDwellSeconds: 120, averageDwellSeconds: 40 },
    ]);
    expect(mine.body.funnel.steps.map((s) => s.tasks)).toEqual([1, 1, 1, 1, 1]);
    expect(mine.body.funnel.steps.map((s) => s.medianHoursFromPrevious)).toEqual([null, 2, 4, 24, 6]);
    expect(mine.body.events.map((e) => e.eventId)).toEqual([launch]);
    const theirs = await get<CompanyDashboard>(`/api/companies/${other}/dashboard?from=2026-03-02&to=2026-03-08`, boss.token);
    expect(theirs.status).toBe(200);
    // Its booth, visited by nobody that week (booth-4's visits were under its name, but on the 12th).
    expect(theirs.body.booths).toEqual([
      { parkId: "home", slotId: "booth-3", companyId: other, companyName: "Other Tenant", visits: 0, visitors: 0, totalDwellSeconds: 0, averageDwellSeconds: 0 },
    ]);
    expect(theirs.body.funnel.steps[0]).toEqual({ step: "posted", tasks: 0, medianHoursFromPrevious: null });
  });
});

describe("who may see the figures", () => {
  const routes = ["/api/dashboard/live", `/api/dashboard/heatmap?${WEEK}`, `/api/dashboard/zones?${WEEK}`, `/api/dashboard/booths?${WEEK}`,
    `/api/dashboard/peak-hours?${WEEK}`, "/api/dashboard/community?from=2026-03-02&to=2026-03-08"];

  it("answers managers only", async () => {
    const guest = await server.guest();
    for (const route of routes) {
      expect((await get(route)).status, route).toBe(401);
      expect((await get(route, ann.token)).status, route).toBe(403);
      expect((await get(route, guest.token)).status, route).toBe(403);
      expect((await get(route, boss.token)).status, route).toBe(200);
    }
  });

  it("shows a company's figures to its people and managers only", async () => {
    const route = `/api/companies/${company}/dashboard?from=2026-03-02&to=2026-03-08`;
    expect((await get(route)).status).toBe(401);
    const refused = await get<ApiError>(route, ann.token);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain("Fixture Works");
    expect((await get(route, boss.token)).status).toBe(200);
    expect((await get("/api/companies/00000000-0000-4000-8000-000000000000/dashboard?from=2026-03-02&to=2026-03-08", boss.token)).status).toBe(404);
  });

  it("refuses bad queries with the reason", async () => {
    const bad: Array<[string, string]> = [
      ["/api/dashboard/heatmap?parkId=home&from=2026-03-08&to=2026-03-02", "the range ends before it starts"],
      ["/api/dashboard/heatmap?parkId=home&from=2026-03-02", "to:"],
      ["/api/dashboard/heatmap?parkId=home&from=2026-02-30&to=2026-03-02", "not a real day"],
      ["/api/dashboard/zones?parkId=home&from=2024-01-01&to=2026-03-02", "a range spans at most"],
      [`/api/dashboard/booths?${WEEK}&weekdays=0,8`, "weekdays are written 1,2,…,7"],
      [`/api/dashboard/peak-hours?${WEEK}&hours=18-8`, "hours run from 0 to 23"],
      [`/api/dashboard/peak-hours?${WEEK}&hours=8-24`, "hours run from 0 to 23"],
      ["/api/dashboard/heatmap?parkId=Home!&from=2026-03-02&to=2026-03-08", "not a park id"],
      ["/api/dashboard/community?from=2026-3-2&to=2026-03-08", "a day is written YYYY-MM-DD"],
      [`/api/companies/${company}/dashboard?from=2026-03-09&to=2026-03-08`, "the range ends before it starts"],
    ];
    for (const [route, message] of bad) {
      const r = await get<ApiError>(route, boss.token);
      expect(r.status, route).toBe(400);
      expect(r.body.message, route).toContain(message);
    }
    const unknown = await get<ApiError>("/api/dashboard/heatmap?parkId=atlantis&from=2026-03-02&to=2026-03-08", boss.token);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe("park_not_found");
  });
});

describe("the heatmap of a real visit", () => {
  it("shows dwell in exactly the cell where someone stood, and them in the live view", { timeout: 30_000 }, async () => {
    const park = "changshu-enclave";
    const visitor = await resident(server, "stander");
    const probe = await joinPark(server, visitor.token, park, "main");
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: PARK_TIME_ZONE }).format(new Date());
    const yesterday = new Intl.DateTimeFormat("en-CA", { timeZone: PARK_TIME_ZONE }).format(new Date(Date.now() - 86_400_000));
    const route = `/api/dashboard/heatmap?parkId=${park}&from=${yesterday}&to=${today}`;
    try {
      // From the spawn point (80, 80) a step to the middle of its 2 m cell, and standing there: all in one cell.
      const spot = { x: 81, z: 81 };
      probe.room.send("move", { to: [spot.x, spot.z] });
      const heatmap = async () => (await get<Heatmap>(route, boss.token)).body;
      // Standing still at the spawn point for a few seconds: the room samples once a second and writes as it goes.
      let seen = await heatmap();
      for (let i = 0; i < 200 && seen.totalDwellSeconds < 4; i++) {
        await new Promise((r) => setTimeout(r, 100));
        seen = await heatmap();
      }
      expect(seen.totalDwellSeconds).toBeGreaterThanOrEqual(4);
      expect(seen.cells).toEqual([{
        cx: Math.floor(spot.x / HEAT_CELL_METRES), cz: Math.floor(spot.z / HEAT_CELL_METRES), dwellSeconds: seen.totalDwellSeconds, visitors: expect.any(Number),
      }]);
      expect(seen.cells[0]!.visitors).toBeGreaterThanOrEqual(1);
      expect(seen).toMatchObject({ parkId: park, width: 160, depth: 160, maxDwellSeconds: seen.totalDwellSeconds });

      // The live view counts them in the park and in the plaza, where the spawn point lies.
      let live = (await get<LiveOccupancy>("/api/dashboard/live", boss.token)).body;
      for (let i = 0; i < 100 && live.parks.find((p) => p.parkId === park)?.zones.find((z) => z.zoneId === "plaza")?.people !== 1; i++) {
        await new Promise((r) => setTimeout(r, 100));
        live = (await get<LiveOccupancy>("/api/dashboard/live", boss.token)).body;
      }
      const changshu = live.parks.find((p) => p.parkId === park)!;
      expect(changshu.online).toBe(1);
      expect(changshu.zones.filter((z) => z.people > 0).map((z) => [z.zoneId, z.people])).toEqual([["plaza", 1]]);
      expect(changshu.history.at(-1)!.peak).toBe(1);
    } finally {
      await probe.room.leave();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session } from "../../../shared/protocol/http.ts";
import type { CompanyReport, ParkReport, PersonReport } from "../../../shared/protocol/reports.ts";
import { addMember, createCompany, manager, resident } from "../../testing/companyFixtures.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";
import {
  insertAttendance, insertBooking, insertEvent, insertMeetingRoom, insertMeetingStay, insertParkDay, insertPlaceDay, insertRating, insertTask, setCreatedAt,
} from "../../testing/yearActivity.ts";
import { parkYearAt } from "../../services/yearlyReports.ts";

let server: TestServer;
let boss: Session, owner: Session, ann: Session, bob: Session, cal: Session, dee: Session, guest: Session;
let acme: string, beta: string;

/** A moment on the park's clock (Asia/Shanghai, UTC+8). */
const at = (local: string) => `${local}:00+08:00`;

beforeAll(async () => {
  server = await startTestServer();
  boss = await manager(server, "boss");
  owner = await resident(server, "owner", "Olga Owner");
  ann = await resident(server, "ann", "Ann Lee");
  bob = await resident(server, "bob");
  cal = await resident(server, "cal");
  dee = await resident(server, "dee");
  guest = await server.guest("Visitor");
  acme = await createCompany(server, owner, "Acme Robotics");
  beta = await createCompany(server, cal, "Beta Labs");
  await addMember(server, acme, owner, ann);
  const db = server.db;

  // Who is new in 2026 must not depend on the day the test runs.
  await server.db.query("UPDATE users SET created_at = '2025-01-01T00:00:00+08:00'");
  await server.db.query("UPDATE companies SET created_at = '2025-05-01T00:00:00+08:00'");
  for (const [who, when] of [[bob, "2026-02-01"], [cal, "2026-03-01"], [dee, "2026-10-01"], [guest, "2026-04-01"]] as const) {
    await setCreatedAt(db, "users", who.user.id, at(`${when}T09:00`));
  }

  // Time in the parks: Ann's year, with a day on each edge of it, a day in two parks, and rows of
  // the years around it and of Bob that are not hers.
  const home = { parkId: "home", userId: ann.user.id };
  await insertParkDay(db, { ...home, day: "2026-01-01", seconds: 1000, lateSeconds: 0 });
  await insertParkDay(db, { ...home, day: "2026-03-03", seconds: 7200, lateSeconds: 1800 });
  for (const d of [1, 2, 3, 4, 5]) await insertParkDay(db, { ...home, day: `2026-04-0${d}`, seconds: 3600, lateSeconds: 900 });
  await insertParkDay(db, { ...home, day: "2026-12-31", seconds: 600, lateSeconds: 600 });
  await insertParkDay(db, { parkId: "changshu-enclave", userId: ann.user.id, day: "2026-03-03", seconds: 600, lateSeconds: 0 });
  await insertParkDay(db, { ...home, day: "2025-12-31", seconds: 5000, lateSeconds: 100 });
  await insertParkDay(db, { ...home, day: "2027-01-01", seconds: 4000, lateSeconds: 4000 });
  await insertParkDay(db, { parkId: "home", userId: bob.user.id, day: "2026-03-03", seconds: 999, lateSeconds: 999 });

  // Zones: the Café most, then a hall of the other park, then the Plaza; Makers' Green and the
  // Demand Hall trail. Bob's long stay on the Green and Ann's of 2025 are not hers.
  const zone = (parkId: string, placeId: string, userId: string, day: string, dwellSeconds: number) =>
    insertPlaceDay(db, { parkId, kind: "zone", placeId, userId, day, visits: 1, dwellSeconds });
  await zone("home", "plaza", ann.user.id, "2026-03-03", 3000);
  await zone("home", "plaza", ann.user.id, "2026-04-01", 1000);
  await zone("home", "cafe", ann.user.id, "2026-04-02", 5000);
  await zone("changshu-enclave", "exhibition", ann.user.id, "2026-03-03", 4500);
  await zone("home", "green", ann.user.id, "2026-04-03", 500);
  await zone("home", "demand-hall", ann.user.id, "2026-04-04", 200);
  await zone("home", "green", ann.user.id, "2025-12-31", 99_999);
  await zone("home", "green", bob.user.id, "2026-04-03", 88_888);

  // Booths: Acme's on booth-1 five visits, Beta's on booth-3 four, an empty slot one.
  const booth = (placeId: string, userId: string, day: string, companyId: string | null, visits: number, dwellSeconds: number) =>
    insertPlaceDay(db, { parkId: "home", kind: "booth", placeId, userId, day, companyId, visits, dwellSeconds });
  await booth("booth-1", ann.user.id, "2026-03-03", acme, 2, 120);
  await booth("booth-1", ann.user.id, "2026-04-01", acme, 3, 200);
  await booth("booth-3", ann.user.id, "2026-04-03", beta, 4, 90);
  await booth("booth-2", ann.user.id, "2026-04-02", null, 1, 10);
  await booth("booth-2", ann.user.id, "2025-12-31", null, 50, 500);
  await booth("booth-1", bob.user.id, "2026-04-20", acme, 1, 30);
  await booth("booth-1", bob.user.id, "2025-12-31", acme, 9, 900);

  // Tasks. Ann posts T1 (for Acme, done by Bob), T2 (open) and T3 (in 2025); she takes T4 (done),
  // T5 (at work), T6 (given back) and T7 (taken in 2025, accepted in 2026); Olga posts T8 for Acme.
  const publish = (actorId: string, when: string) => ({ action: "publish", from: null, to: "open", at: at(when), actorId });
  const pick = (actorId: string, when: string) => ({ action: "pick", from: "open", to: "assigned", at: at(when), actorId });
  const deliver = (actorId: string, when: string) => ({ action: "deliver", from: "assigned", to: "delivered", at: at(when), actorId });
  const accept = (actorId: string, when: string) => ({ action: "accept", from: "delivered", to: "accepted", at: at(when), actorId });
  const a = ann.user.id, b = bob.user.id, c = cal.user.id;
  const t1 = await insertTask(db, { posterId: a, companyId: acme, title: "T1", status: "accepted", takerId: b,
    steps: [publish(a, "2026-02-01T10:00"), pick(a, "2026-02-05T10:00"), deliver(b, "2026-02-10T10:00"), accept(a, "2026-02-15T10:00")] });
  await insertTask(db, { posterId: a, title: "T2", status: "open", steps: [publish(a, "2026-05-01T10:00")] });
  const t3 = await insertTask(db, { posterId: a, title: "T3", status: "cancelled",
    steps: [publish(a, "2025-12-01T10:00"), { action: "cancel", from: "open", to: "cancelled", at: at("2025-12-05T10:00"), actorId: a }] });
  const t4 = await insertTask(db, { posterId: b, title: "T4", status: "accepted", takerId: a, pickedApplicant: a,
    steps: [publish(b, "2026-02-25T10:00"), pick(b, "2026-03-01T10:00"), deliver(a, "2026-03-08T10:00"), accept(b, "2026-03-10T10:00")] });
  await insertTask(db, { posterId: b, title: "T5", status: "assigned", takerId: a, steps: [publish(b, "2026-05-20T10:00"), pick(b, "2026-06-01T10:00")] });
  await insertTask(db, { posterId: c, title: "T6", status: "open",
    steps: [publish(c, "2026-05-25T10:00"), pick(c, "2026-06-02T10:00"), { action: "withdraw", from: "assigned", to: "open", at: at("2026-06-03T10:00"), actorId: a }] });
  const t7 = await insertTask(db, { posterId: c, title: "T7", status: "accepted", takerId: a,
    steps: [publish(c, "2025-10-01T10:00"), pick(c, "2025-11-01T10:00"), deliver(a, "2025-12-20T10:00"), accept(c, "2026-01-05T10:00")] });
  await insertTask(db, { posterId: owner.user.id, companyId: acme, title: "T8", status: "open", steps: [publish(owner.user.id, "2026-08-01T10:00")] });

  // Ratings: Ann receives three in 2026 (5, 4, 4) and one in 2025, and gives one.
  await insertRating(db, { taskId: t4, from: b, to: a, stars: 5, at: at("2026-03-11T10:00") });
  await insertRating(db, { taskId: t7, from: c, to: a, stars: 4, at: at("2026-01-06T10:00") });
  await insertRating(db, { taskId: t1, from: b, to: a, toCompany: acme, stars: 4, at: at("2026-02-16T10:00") });
  await insertRating(db, { taskId: t3, from: b, to: a, stars: 3, at: at("2025-12-06T10:00") });
  await insertRating(db, { taskId: t1, from: a, to: b, stars: 5, at: at("2026-02-20T10:00") });

  // Events: Acme's launch and the park's salon in 2026, one of 2025, one of Acme's still pending.
  const e1 = await insertEvent(db, { parkId: "home", companyId: acme, title: "Acme launch", startsAt: at("2026-03-20T10:00"), endsAt: at("2026-03-20T11:00"), status: "approved" });
  const e2 = await insertEvent(db, { parkId: "home", title: "Park salon", startsAt: at("2026-05-05T19:00"), endsAt: at("2026-05-05T20:30"), status: "approved" });
  const e3 = await insertEvent(db, { parkId: "home", title: "Old salon", startsAt: at("2025-12-20T19:00"), endsAt: at("2025-12-20T20:00"), status: "approved" });
  await insertEvent(db, { parkId: "home", companyId: acme, title: "Acme roadshow", startsAt: at("2026-06-20T10:00"), endsAt: at("2026-06-20T11:00"), status: "pending" });
  await insertAttendance(db, { eventId: e1, userId: a, joinedAt: at("2026-03-20T10:00"), leftAt: at("2026-03-20T10:20") });
  await insertAttendance(db, { eventId: e1, userId: a, joinedAt: at("2026-03-20T10:25"), leftAt: at("2026-03-20T11:00") });
  await insertAttendance(db, { eventId: e1, userId: b, joinedAt: at("2026-03-20T10:00"), leftAt: at("2026-03-20T11:00") });
  await insertAttendance(db, { eventId: e2, userId: a, joinedAt: at("2026-05-05T19:00"), leftAt: at("2026-05-05T20:00") });
  await insertAttendance(db, { eventId: e2, userId: c, joinedAt: at("2026-05-05T19:00"), leftAt: at("2026-05-05T20:00") });
  await insertAttendance(db, { eventId: e3, userId: a, joinedAt: at("2025-12-20T19:00"), leftAt: at("2025-12-20T20:00") });

  // Meetings: one booked and held (Bob came, so the stay is the same meeting), one cancelled, one
  // still ahead, one of 2025; an unbooked afternoon with Bob then Cal in the room (one meeting);
  // a day alone in it (none).
  const room = await insertMeetingRoom(db, "home", "Room A");
  await insertBooking(db, { roomId: room, bookerId: a, startsAt: at("2026-04-10T10:00"), endsAt: at("2026-04-10T11:00") });
  await insertBooking(db, { roomId: room, bookerId: a, startsAt: at("2026-04-11T10:00"), endsAt: at("2026-04-11T11:00"), cancelledAt: at("2026-04-09T10:00") });
  const ahead = new Date(Date.now() + 3 * 3600_000);
  await insertBooking(db, { roomId: room, bookerId: a, startsAt: ahead.toISOString(), endsAt: new Date(ahead.getTime() + 3600_000).toISOString() });
  await insertBooking(db, { roomId: room, bookerId: a, startsAt: at("2025-12-15T10:00"), endsAt: at("2025-12-15T11:00") });
  await insertMeetingStay(db, { roomId: room, userId: a, joinedAt: at("2026-04-10T10:05"), leftAt: at("2026-04-10T10:50") });
  await insertMeetingStay(db, { roomId: room, userId: b, joinedAt: at("2026-04-10T10:00"), leftAt: at("2026-04-10T11:00") });
  await insertMeetingStay(db, { roomId: room, userId: a, joinedAt: at("2026-06-15T14:00"), leftAt: at("2026-06-15T15:00") });
  await insertMeetingStay(db, { roomId: room, userId: b, joinedAt: at("2026-06-15T14:30"), leftAt: at("2026-06-15T15:30") });
  await insertMeetingStay(db, { roomId: room, userId: a, joinedAt: at("2026-06-15T16:00"), leftAt: at("2026-06-15T16:30") });
  await insertMeetingStay(db, { roomId: room, userId: c, joinedAt: at("2026-06-15T16:10"), leftAt: at("2026-06-15T16:20") });
  await insertMeetingStay(db, { roomId: room, userId: a, joinedAt: at("2026-06-16T09:00"), leftAt: at("2026-06-16T10:00") });
});
afterAll(async () => { await server?.stop(); });

const get = <T>(path: string, token?: string) => server.api<T>("GET", path, undefined, token);

describe("a person's yearly report", () => {
  it("adds up only their own rows of the park's year", async () => {
    const r = await get<PersonReport>("/api/reports/me/2026", ann.token);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      year: 2026, userId: ann.user.id, displayName: "Ann Lee",
      secondsInPark: 1000 + 7200 + 5 * 3600 + 600 + 600,
      // 2026-03-03 in two parks is one day.
      daysInPark: 8,
      lateEvenings: 7,
      favouriteZones: [
        { parkId: "home", zoneId: "cafe", name: { "zh-CN": "咖啡馆", en: "Café" }, seconds: 5000 },
        { parkId: "changshu-enclave", zoneId: "exhibition", name: { "zh-CN": expect.any(String), en: "Changshu Industry Hall" }, seconds: 4500 },
        { parkId: "home", zoneId: "plaza", name: { "zh-CN": expect.any(String), en: "Central Plaza" }, seconds: 4000 },
      ],
      favouriteBooths: [
        { parkId: "home", slotId: "booth-1", companyId: acme, companyName: "Acme Robotics", visits: 5 },
        { parkId: "home", slotId: "booth-3", companyId: beta, companyName: "Beta Labs", visits: 4 },
        { parkId: "home", slotId: "booth-2", companyId: null, companyName: null, visits: 1 },
      ],
      tasks: { posted: 2, taken: 3, completed: 2 },
      ratings: { received: 3, average: 4.33, given: 1 },
      eventsAttended: 2,
      meetingsHeld: 2,
      // night-owl 7/5, connector 4 kinds/3, explorer 6 places/5: three earned, strongest first.
      keywords: ["night-owl", "connector", "explorer"],
    });
  });

  it("gives another person only theirs, and someone without activity none", async () => {
    const r = await get<PersonReport>("/api/reports/me/2026", bob.token);
    expect(r.body.secondsInPark).toBe(999);
    expect(r.body.daysInPark).toBe(1);
    expect(r.body.favouriteZones).toEqual([{ parkId: "home", zoneId: "green", name: { "zh-CN": expect.any(String), en: "Makers' Green" }, seconds: 88_888 }]);
    expect(r.body.tasks).toEqual({ posted: 2, taken: 1, completed: 1 });
    expect(r.body.ratings).toEqual({ received: 1, average: 5, given: 2 });

    const quiet = await get<PersonReport>("/api/reports/me/2026", dee.token);
    expect(quiet.body).toMatchObject({ secondsInPark: 0, daysInPark: 0, lateEvenings: 0, favouriteZones: [], favouriteBooths: [], eventsAttended: 0, meetingsHeld: 0, keywords: [] });
  });

  it("refuses guests, anonymous readers and years without reports", async () => {
    expect((await get("/api/reports/me/2026", guest.token)).status).toBe(403);
    expect((await get("/api/reports/me/2026")).status).toBe(401);
    const before = await get<{ message: string }>("/api/reports/me/2025", ann.token);
    expect(before.status).toBe(400);
    expect(before.body.message).toContain("there are no reports before 2026");
    const ahead = await get<{ message: string }>(`/api/reports/me/${parkYearAt(new Date()) + 1}`, ann.token);
    expect(ahead.status).toBe(400);
    expect(ahead.body.message).toContain("has not begun");
    expect((await get("/api/reports/me/twenty", ann.token)).status).toBe(400);
  });
});

describe("a company's yearly report", () => {
  it("adds up its booth, tasks, ratings and events of the year", async () => {
    const r = await get<CompanyReport>(`/api/reports/companies/${acme}/2026`, owner.token);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      year: 2026, companyId: acme, name: "Acme Robotics",
      booth: { visits: 6, visitors: 2, totalDwellSeconds: 350 },
      busiestMonth: 4,
      tasks: { posted: 2, completed: 1 },
      ratings: { received: 1, average: 4 },
      events: { held: 1, attendees: 2 },
      // None earned: task-maker 2/3, reliable 1/2 and host 1/2 are halfway there.
      keywords: ["task-maker", "reliable", "host"],
    });
  });

  it("is for its people and managers only", async () => {
    expect((await get(`/api/reports/companies/${acme}/2026`, ann.token)).status).toBe(200);
    expect((await get(`/api/reports/companies/${acme}/2026`, boss.token)).status).toBe(200);
    expect((await get(`/api/reports/companies/${acme}/2026`, dee.token)).status).toBe(403);
    expect((await get(`/api/reports/companies/${beta}/2026`, ann.token)).status).toBe(403);
    expect((await get("/api/reports/companies/00000000-0000-4000-8000-000000000000/2026", boss.token)).status).toBe(404);
    expect((await get(`/api/reports/companies/${acme}/2024`, owner.token)).status).toBe(400);
  });
});

describe("a park's yearly report", () => {
  it("adds up the park's people, hours, busiest day, zones, tasks and events", async () => {
    const r = await get<ParkReport>("/api/reports/parks/home/2026", boss.token);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      year: 2026, parkId: "home", name: { "zh-CN": "丰台零工社区园区", en: "Fengtai Gig Community Park" },
      people: 2,
      newPeople: 3,
      // Ann's 26,800 s at home and Bob's 999 s: 7.72 h.
      hoursInPark: 7.7,
      busiestDay: { day: "2026-03-03", people: 2 },
      topZones: [
        { parkId: "home", zoneId: "green", name: { "zh-CN": expect.any(String), en: "Makers' Green" }, seconds: 88_888 + 500 },
        { parkId: "home", zoneId: "cafe", name: { "zh-CN": "咖啡馆", en: "Café" }, seconds: 5000 },
        { parkId: "home", zoneId: "plaza", name: { "zh-CN": expect.any(String), en: "Central Plaza" }, seconds: 4000 },
        { parkId: "home", zoneId: "demand-hall", name: { "zh-CN": expect.any(String), en: "Demand Hall" }, seconds: 200 },
      ],
      tasks: { posted: 6, completed: 3 },
      events: { held: 2, attendees: 3 },
      keywords: ["newcomer"],
    });
  });

  it("is for managers only", async () => {
    expect((await get("/api/reports/parks/home/2026", ann.token)).status).toBe(403);
    expect((await get("/api/reports/parks/atlantis/2026", boss.token)).status).toBe(404);
    expect((await get("/api/reports/parks/home/1999", boss.token)).status).toBe(400);
  });
});

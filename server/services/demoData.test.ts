import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BoothVisitReport, Company, CompanyList, ParkBooths, Profile, UploadedImage } from "../../shared/protocol/companies.ts";
import type { ApiError, Session } from "../../shared/protocol/http.ts";
import type { EventDetail, EventList } from "../../shared/protocol/events.ts";
import type { MeetingRoomDetail, MeetingRoomList } from "../../shared/protocol/meetings.ts";
import type { TaskList } from "../../shared/protocol/tasks.ts";
import { createLogger } from "../logger.ts";
import { pngBytes } from "../testing/fixtures/testImages.ts";
import { joinPark } from "../testing/parkProbe.ts";
import { startTestServer, until, type TestServer } from "../testing/testServer.ts";
import { applyDemoSetting, removeDemoData, seedDemoData } from "./demoData.ts";
import { DEMO_IMAGES_DIR, readDemoFile } from "./demoDataFile.ts";
import { readDemoEventFile } from "./demoEvents.ts";
import { readDemoMeetingFile } from "./demoMeetings.ts";
import { readDemoTaskFile } from "./demoTasks.ts";

const log = createLogger("silent");
const demo = readDemoFile();
const demoNames = demo.companies.map((c) => c.name).sort();
const demoTasks = readDemoTaskFile();
const demoMeetings = readDemoMeetingFile();
const demoEvents = readDemoEventFile();

const TABLES = [
  "users", "images", "companies", "company_members", "booths", "business_cards", "booth_visits",
  "tasks", "task_applications", "task_deliveries", "task_events", "task_ratings", "certification_requests",
  "meeting_rooms", "meeting_room_hours", "meeting_bookings", "meeting_booking_invitees",
  "events", "event_people", "event_rsvps", "event_decks", "event_questions", "event_attendance",
] as const;

/** Every row of the tables the demo writes to, by key, so that two snapshots compare row for row. */
async function snapshot(server: TestServer): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of TABLES) {
    const key = table === "company_members" ? "company_id::text || '/' || user_id::text"
      : table === "booths" ? "park_id || '/' || slot_id || '=' || company_id::text"
        : table === "task_ratings" ? "task_id::text || '/' || from_user::text"
          : table === "meeting_rooms" ? "id::text || '=' || owner_kind || '/' || coalesce(owner_company_id::text, owner_user_id::text, '')"
            : table === "meeting_room_hours" ? "room_id::text || '/' || weekday || '/' || start_minute || '-' || end_minute"
              : table === "meeting_booking_invitees" ? "booking_id::text || '/' || user_id::text"
                : table === "event_people" || table === "event_rsvps" ? "event_id::text || '/' || user_id::text"
                : "id::text";
    const { rows } = await server.db.query<{ k: string }>(`SELECT ${key} AS k FROM ${table} ORDER BY 1`);
    out[table] = rows.map((r) => r.k);
  }
  return out;
}

async function manager(server: TestServer): Promise<Session> {
  await server.accounts.createManager({ username: "boss", displayName: "园区经理", password: "password1" });
  return (await server.api<Session>("POST", "/api/auth/login", { username: "boss", password: "password1" })).body;
}

describe("a server started with DEMO_DATA on", () => {
  let server: TestServer;
  let boss: Session;
  beforeAll(async () => {
    server = await startTestServer({ demoData: true });
    boss = await manager(server);
  });
  afterAll(async () => { await server.stop(); });

  it("shows the demo companies to anyone, with their booths along the exhibition street", async () => {
    const list = await server.api<CompanyList>("GET", "/api/companies");
    expect(list.status).toBe(200);
    expect(list.body.companies.map((c) => c.name).sort()).toEqual(demoNames);
    expect(list.body.companies.filter((c) => c.verified).length).toBeGreaterThanOrEqual(demo.companies.length / 2);

    const street = await server.api<ParkBooths>("GET", "/api/parks/changshu-enclave/booths");
    const held = Object.fromEntries(street.body.booths.map((b) => [b.slotId, b.company?.name ?? null]));
    const expected = Object.fromEntries(demo.companies.flatMap((c) => c.booths.filter((b) => b.parkId === "changshu-enclave").map((b) => [b.slotId, c.name])));
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(3);
    for (const [slot, name] of Object.entries(expected)) expect(held[slot]).toBe(name);
    // One slot stays free, so that a new company has somewhere to apply.
    expect(Object.values(held)).toContain(null);

    const home = await server.api<ParkBooths>("GET", "/api/parks/home/booths");
    expect(home.body.booths.filter((b) => b.company).length).toBeGreaterThanOrEqual(1);
  });

  it("puts their signs up in the park a guest walks into", async () => {
    const guest = await joinPark(server, (await server.guest("访客")).token, "changshu-enclave");
    try {
      const expected = demo.companies.flatMap((c) => c.booths.filter((b) => b.parkId === "changshu-enclave").map((b) => [b.slotId, c.name, c.colour, c.verified]));
      await until(() => guest.room.state.booths.size === expected.length, "the demo booth signs");
      for (const [slotId, name, colour, verified] of expected) {
        expect(guest.room.state.booths.get(slotId as string)).toMatchObject({ name, colour, verified });
      }
    } finally {
      await guest.room.leave();
    }
  });

  it("gives each company its page: bilingual text, products with pictures, a gallery and contact details", async () => {
    const list = await server.api<CompanyList>("GET", "/api/companies");
    for (const summary of list.body.companies) {
      const { status, body } = await server.api<Company>("GET", `/api/companies/${summary.id}`);
      expect(status).toBe(200);
      const source = demo.companies.find((c) => c.name === body.name)!;
      expect(body.description).toEqual(source.description);
      expect(body.logoImageId).not.toBeNull();
      expect(body.products.map((p) => p.name)).toEqual(source.products.map((p) => p.name));
      expect(body.products.every((p) => p.imageId)).toBe(true);
      expect(body.gallery).toHaveLength(source.gallery.length);
      expect(body.contact.email).toMatch(/@([a-z0-9-]+\.)?example\.com$/);
      expect(body.memberCount).toBe(source.members.length);
      expect(body.myRole).toBeNull();
    }
  });

  it("serves the demo pictures as the files in assets/demo/images", async () => {
    const list = await server.api<CompanyList>("GET", "/api/companies");
    const summary = list.body.companies.find((c) => c.name === demo.companies[0]!.name)!;
    const company = (await server.api<Company>("GET", `/api/companies/${summary.id}`)).body;

    const logo = await fetch(`${server.url}/api/images/${company.logoImageId}`);
    expect(logo.status).toBe(200);
    expect(logo.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await logo.arrayBuffer()).equals(fs.readFileSync(path.join(DEMO_IMAGES_DIR, demo.companies[0]!.logo)))).toBe(true);

    const product = await fetch(`${server.url}/api/images/${company.products[0]!.imageId}`);
    expect(product.headers.get("content-type")).toBe("image/jpeg");
    const { rows } = await server.db.query<{ width: number; height: number }>("SELECT width, height FROM images WHERE id = $1", [company.products[0]!.imageId]);
    expect(rows[0]).toEqual({ width: 640, height: 400 });
  });

  it("shows demo people's profiles, and nobody can sign in as one of them", async () => {
    const member = demo.companies[0]!.members[0]!;
    const { rows } = await server.db.query<{ id: string; demo: boolean; password_hash: string | null }>(
      "SELECT id, demo, password_hash FROM users WHERE username = $1", [member.username],
    );
    expect(rows[0]).toMatchObject({ demo: true, password_hash: null });

    const profile = await server.api<Profile>("GET", `/api/users/${rows[0]!.id}/profile`);
    expect(profile.body).toMatchObject({ displayName: member.displayName, bio: member.bio, skills: member.skills, role: "resident" });
    expect(profile.body.companies).toEqual([expect.objectContaining({ name: demo.companies[0]!.name, role: "owner" })]);

    for (const password of ["", "password1", member.username]) {
      const login = await server.api<ApiError>("POST", "/api/auth/login", { username: member.username, password: password || "x" });
      expect(login.status).toBe(401);
    }
  });

  it("has a fortnight of booth visits and a few cards in the inboxes", async () => {
    const list = await server.api<CompanyList>("GET", "/api/companies");
    const withBooth = list.body.companies.find((c) => c.booths.length > 0)!;
    const report = await server.api<BoothVisitReport>("GET", `/api/companies/${withBooth.id}/visits?days=14`, undefined, boss.token);
    expect(report.status).toBe(200);
    expect(report.body.totalVisits).toBeGreaterThan(20);
    expect(new Set(report.body.days.map((d) => d.day)).size).toBeGreaterThanOrEqual(10);

    const { rows } = await server.db.query<{ n: number; unread: number }>(
      "SELECT count(*)::int AS n, count(*) FILTER (WHERE read_at IS NULL)::int AS unread FROM business_cards",
    );
    expect(rows[0]!.n).toBe(demo.companies.reduce((sum, c) => sum + c.cards.length, 0));
    expect(rows[0]!.unread).toBeGreaterThan(0);
  });

  it("fills the demand hall: open tasks with applications, work under way, delivered and rated, each with its history", async () => {
    const open = (await server.api<TaskList>("GET", "/api/tasks?limit=100")).body;
    const openDemo = demoTasks.tasks.filter((t) => t.status === "open");
    expect(open.tasks.map((t) => t.title).sort()).toEqual(openDemo.map((t) => t.title).sort());
    expect(open.tasks.filter((t) => t.applications > 0).length).toBeGreaterThanOrEqual(openDemo.length - 1);
    expect(open.tasks.some((t) => t.company === null)).toBe(true);
    const found = (await server.api<TaskList>("GET", `/api/tasks?q=${encodeURIComponent("缩痕")}`)).body;
    expect(found.tasks.map((t) => t.title)).toEqual(["注塑件缺陷分析：门板饰条缩痕与银纹"]);
    for (const status of ["assigned", "delivered", "accepted"] as const) {
      const listed = (await server.api<TaskList>("GET", `/api/tasks?status=${status}`)).body;
      expect(listed.total, status).toBe(demoTasks.tasks.filter((t) => t.status === status).length);
    }

    // Every task's history starts with its publication and ends in the state it is in.
    const { rows } = await server.db.query<{ status: string; first: string; last: string; steps: number }>(
      `SELECT t.status, (array_agg(e.action ORDER BY e.id))[1] AS first, (array_agg(e.to_status ORDER BY e.id DESC))[1] AS last, count(e.id)::int AS steps
         FROM tasks t JOIN task_events e ON e.task_id = t.id WHERE t.demo GROUP BY t.id`,
    );
    expect(rows).toHaveLength(demoTasks.tasks.length);
    for (const r of rows) expect([r.first, r.last]).toEqual(["publish", r.status]);

    const { rows: people } = await server.db.query<{ id: string; username: string }>(
      "SELECT id, username FROM users WHERE username IN ('demo-ma-lihua', 'demo-yang-fan', 'demo-xu-jing')",
    );
    const idOf = (u: string) => people.find((p) => p.username === u)!.id;
    expect((await server.api<Profile>("GET", `/api/users/${idOf("demo-ma-lihua")}/profile`)).body).toMatchObject({ expertLevel: "authority" });
    expect((await server.api<Profile>("GET", `/api/users/${idOf("demo-yang-fan")}/profile`)).body).toMatchObject({
      expertLevel: "expert", completedTasks: 1, rating: { stars: 4, count: 1 },
    });
    expect((await server.api<Profile>("GET", `/api/users/${idOf("demo-xu-jing")}/profile`)).body).toMatchObject({
      expertLevel: "expert", expertFields: ["automation", "software"], completedTasks: 1, rating: { stars: 5, count: 1 },
    });
    // A taker's rating of a company's task rates the company.
    const companies = (await server.api<CompanyList>("GET", "/api/companies")).body.companies;
    const rated = companies.find((c) => c.name === "晶澄新材")!;
    expect((await server.api<Company>("GET", `/api/companies/${rated.id}`)).body.rating).toEqual({ stars: 5, count: 1 });
    const unrated = companies.find((c) => c.name === "链途物流")!;
    expect((await server.api<Company>("GET", `/api/companies/${unrated.id}`)).body.rating).toEqual({ stars: null, count: 0 });
  });

  it("gives the clinic to the demo authority with clinic hours, room B to a demo company, and books meetings over the next days", async () => {
    const rooms = (await server.api<MeetingRoomList>("GET", "/api/parks/home/meeting-rooms")).body.rooms;
    const clinic = rooms.find((r) => r.doorId === "door-clinic")!;
    expect(clinic.owner).toMatchObject({ kind: "expert", displayName: "马立华", level: "authority" });
    const detail = (await server.api<MeetingRoomDetail>("GET", `/api/meeting-rooms/${clinic.id}`)).body;
    expect(detail.hours).toContainEqual({ weekday: 6, startMinute: 540, endMinute: 720 });
    expect(detail.hours.filter((h) => h.startMinute === 840)).toHaveLength(5);
    expect(rooms.find((r) => r.doorId === "door-meeting-2")!.owner).toMatchObject({ kind: "company", name: "数匠工业软件" });

    const { rows } = await server.db.query<{ title: string; starts: Date; task: string | null; invitees: number }>(
      `SELECT b.title, b.starts_at AS starts, t.title AS task, (SELECT count(*)::int FROM meeting_booking_invitees i WHERE i.booking_id = b.id) AS invitees
         FROM meeting_bookings b LEFT JOIN tasks t ON t.id = b.task_id WHERE b.demo ORDER BY b.starts_at`,
    );
    expect(rows.map((r) => r.title).sort()).toEqual(demoMeetings.bookings.map((b) => b.title).sort());
    expect(rows.every((r) => r.starts.getTime() > Date.now() && r.invitees > 0)).toBe(true);
    const aboutTask = rows.find((r) => r.title === "MES 看板改版：首轮方案评审")!;
    expect(aboutTask.task).toBe("MES 车间看板 UI 改版设计");
  });

  it("schedules events in the home park's launch hall: one about to start, more over the next days (one pending), one past with its figures", async () => {
    const titleOf = (kind: "soon" | "days" | "pending" | "past") => demoEvents.events.find((e) =>
      kind === "soon" ? "inMinutes" in e.start : kind === "past" ? "daysAgo" in e.start : kind === "pending" ? e.status === "pending" : "inDays" in e.start && e.status === "approved")!.title;
    const upcoming = (await server.api<EventList>("GET", "/api/events?parkId=home&when=upcoming")).body.events;
    expect(upcoming.map((e) => e.title)).toEqual(expect.arrayContaining([titleOf("soon"), titleOf("days")]));
    expect(upcoming.map((e) => e.title)).not.toContain(titleOf("pending"));
    const soon = upcoming.find((e) => e.title === titleOf("soon"))!;
    expect(soon).toMatchObject({ status: "approved", venue: { kind: "launch-hall" }, company: { name: "数匠工业软件" } });
    expect(soon.rsvps).toBeGreaterThan(0);
    expect(Date.parse(soon.startsAt) - Date.now()).toBeLessThan(90 * 60_000);
    expect((await server.api<{ next: { title: string } | null }>("GET", "/api/parks/home/events/now-next")).body.next?.title).toBe(titleOf("soon"));

    const queue = (await server.api<EventList>("GET", "/api/events?when=pending", undefined, boss.token)).body.events;
    expect(queue.map((e) => e.title)).toContain(titleOf("pending"));

    const past = (await server.api<EventList>("GET", "/api/events?parkId=home&when=past")).body.events.find((e) => e.title === titleOf("past"))!;
    const page = (await server.api<EventDetail>("GET", `/api/events/${past.id}`)).body;
    expect(page.attendance.total).toBeGreaterThanOrEqual(5);
    expect(page.attendance.peak).toBeGreaterThan(1);
    expect(page.attendance.averageMinutes).toBeGreaterThan(10);
    expect(page.answered.length).toBeGreaterThanOrEqual(2);
    expect(page.decks).toHaveLength(1);
    expect(page.decks[0]!.pageIds.length).toBeGreaterThan(0);
    expect(page.coverImageId).not.toBeNull();
  });

  it("changes nothing when seeded a second time", async () => {
    const before = await snapshot(server);
    const again = await seedDemoData(server.db, log);
    expect(again).toEqual({ added: [], skipped: [], booths: [] });
    expect(await snapshot(server)).toEqual(before);
  });
});

describe("turning DEMO_DATA off after a run with it on", () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer(); });
  afterAll(async () => { await server.stop(); });

  it("starts test servers with an empty park", async () => {
    expect((await server.api<CompanyList>("GET", "/api/companies")).body.companies).toEqual([]);
    const { rows } = await server.db.query<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE demo");
    expect(rows[0]!.n).toBe(0);
  });

  it("takes out the demo companies, their booths, people and pictures, and leaves real ones alone", async () => {
    await seedDemoData(server.db, log);
    const boss = await manager(server);

    // A real company with a picture of its own on a free slot, and a real visitor's card at a demo booth.
    const real = (await server.api<Session>("POST", "/api/auth/register", { username: "realowner", displayName: "Real", password: "password1" })).body;
    const uploaded = await fetch(`${server.url}/api/images`, {
      method: "POST", headers: { "content-type": "image/png", authorization: `Bearer ${real.token}` }, body: new Uint8Array(pngBytes(3, 3)),
    });
    const picture = (await uploaded.json()) as UploadedImage;
    const created = await server.api<Company>("POST", "/api/companies", {
      name: "常熟真实机械", industry: "manufacturing", description: { "zh-CN": "一家真实的公司。" }, colour: "#336699", logoImageId: picture.id,
    }, real.token);
    expect(created.status).toBe(201);
    const taken = new Set(demo.companies.flatMap((c) => c.booths.filter((b) => b.parkId === "changshu-enclave").map((b) => b.slotId)));
    const street = (await server.api<ParkBooths>("GET", "/api/parks/changshu-enclave/booths")).body;
    const free = street.booths.find((b) => !b.company && !taken.has(b.slotId))!.slotId;
    expect((await server.api("PUT", `/api/parks/changshu-enclave/booths/${free}`, { companyId: created.body.id }, boss.token)).status).toBe(200);
    const demoCompany = (await server.api<CompanyList>("GET", "/api/companies")).body.companies.find((c) => c.name === demo.companies[0]!.name)!;
    expect((await server.api("POST", `/api/companies/${demoCompany.id}/cards`, { note: "你好" }, real.token)).status).toBe(201);
    const demoLogo = (await server.api<Company>("GET", `/api/companies/${demoCompany.id}`)).body.logoImageId;

    await applyDemoSetting(server.db, "off", log);

    expect((await server.api<CompanyList>("GET", "/api/companies")).body.companies.map((c) => c.name)).toEqual(["常熟真实机械"]);
    const after = (await server.api<ParkBooths>("GET", "/api/parks/changshu-enclave/booths")).body.booths.filter((b) => b.company);
    expect(after.map((b) => [b.slotId, b.company!.name])).toEqual([[free, "常熟真实机械"]]);
    expect((await server.api("GET", `/api/companies/${demoCompany.id}`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/images/${demoLogo}`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/images/${picture.id}`)).status).toBe(200);
    const { rows } = await server.db.query<{ users: number; visits: number; cards: number; tasks: number }>(
      `SELECT (SELECT count(*)::int FROM users WHERE demo) AS users, (SELECT count(*)::int FROM booth_visits) AS visits,
              (SELECT count(*)::int FROM business_cards) AS cards, (SELECT count(*)::int FROM tasks) AS tasks`,
    );
    expect(rows[0]).toEqual({ users: 0, visits: 0, cards: 0, tasks: 0 });
    // The meeting rooms stay, back with the park: no owner, no clinic hours, no demo meetings.
    const rooms = (await server.api<MeetingRoomList>("GET", "/api/parks/home/meeting-rooms")).body.rooms;
    expect(rooms.filter((r) => r.doorId).map((r) => [r.doorId, r.owner.kind]).sort()).toEqual([
      ["door-clinic", "park"], ["door-meeting-1", "park"], ["door-meeting-2", "park"],
    ]);
    const left = await server.db.query<{ hours: number; bookings: number }>(
      "SELECT (SELECT count(*)::int FROM meeting_room_hours) AS hours, (SELECT count(*)::int FROM meeting_bookings) AS bookings",
    );
    expect(left.rows[0]).toEqual({ hours: 0, bookings: 0 });
    expect((await server.db.query<{ n: number }>("SELECT count(*)::int AS n FROM events")).rows[0]!.n).toBe(0);
    expect((await server.api("POST", "/api/auth/login", { username: "realowner", password: "password1" })).status).toBe(200);

    // Nothing left to remove the next time.
    expect(await removeDemoData(server.db)).toEqual({ companies: [], users: 0, images: 0, parks: [], rooms: [] });
  });

  it("seeds again later around what real companies took meanwhile: their names and their slots", async () => {
    const real = (await server.api<Session>("POST", "/api/auth/login", { username: "realowner", password: "password1" })).body;
    const [first, second] = demo.companies;
    const namesake = await server.api<Company>("POST", "/api/companies", {
      name: first!.name, industry: "other", description: { en: "A real company that chose this name first." }, colour: "#445566",
    }, real.token);
    expect(namesake.status).toBe(201);
    const slot = second!.booths[0]!;
    const boss = (await server.api<Session>("POST", "/api/auth/login", { username: "boss", password: "password1" })).body;
    expect((await server.api("PUT", `/api/parks/${slot.parkId}/booths/${slot.slotId}`, { companyId: namesake.body.id }, boss.token)).status).toBe(200);

    const seeded = await seedDemoData(server.db, log);
    expect(seeded.skipped).toEqual([{ name: first!.name, reason: "a real company has this name" }]);
    expect(seeded.added.sort()).toEqual(demoNames.filter((n) => n !== first!.name));
    expect(seeded.booths).not.toContain(`${slot.parkId}/${slot.slotId}`);

    const booths = (await server.api<ParkBooths>("GET", `/api/parks/${slot.parkId}/booths`)).body.booths;
    expect(booths.find((b) => b.slotId === slot.slotId)!.company!.id).toBe(namesake.body.id);
    const secondCompany = (await server.api<CompanyList>("GET", "/api/companies")).body.companies.find((c) => c.name === second!.name)!;
    expect(secondCompany.booths).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError, ParkDetail, Session } from "../../../shared/protocol/http.ts";
import { MeetingRoomDetail, MeetingRoomList, type MeetingBooking } from "../../../shared/protocol/meetings.ts";
import type { SavedLayout } from "../../../shared/protocol/parkEditor.ts";
import { insertMissingMeetingRooms, readMeetingRoomSeeds } from "../../services/meetingRoomSeeds.ts";
import { createCompany, manager, resident } from "../../testing/companyFixtures.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
let boss: Session, owner: Session, stranger: Session, expert: Session, invitee: Session;
let companyId: string;

beforeAll(async () => {
  server = await startTestServer();
  [owner, stranger, expert, invitee] = await Promise.all(["mr.owner", "mr.stranger", "mr.expert", "mr.invitee"].map((u) => resident(server, u))) as [Session, Session, Session, Session];
  boss = await manager(server, "mr.boss");
  companyId = await createCompany(server, owner, "Room Works");
  expect((await server.api("POST", `/api/users/${expert.user.id}/expert-level`, { level: "authority" }, boss.token)).status).toBe(200);
});
afterAll(async () => { await server?.stop(); });

type Answer<T> = T & ApiError;
const room = (fields: Record<string, unknown> = {}, who: Session = boss, parkId = "home") =>
  server.api<Answer<MeetingRoomDetail>>("POST", `/api/parks/${parkId}/meeting-rooms`, {
    name: "Workshop", kind: "meeting", capacity: 8, visibility: "public", ...fields,
  }, who.token);
const read = (id: string, who?: Session) => server.api<Answer<MeetingRoomDetail>>("GET", `/api/meeting-rooms/${id}`, undefined, who?.token);
const patch = (id: string, body: unknown, who: Session) => server.api<Answer<MeetingRoomDetail>>("PATCH", `/api/meeting-rooms/${id}`, body, who.token);
const hours = (id: string, spans: unknown[], who: Session = boss) => server.api<Answer<MeetingRoomDetail>>("PUT", `/api/meeting-rooms/${id}/hours`, { hours: spans }, who.token);
const list = (parkId = "home") => server.api<MeetingRoomList>("GET", `/api/parks/${parkId}/meeting-rooms`);
const hoursFromNow = (h: number) => new Date(Math.ceil(Date.now() / 60_000) * 60_000 + h * 3_600_000).toISOString();

describe("the parks' own meeting rooms", () => {
  it("are there from the start, each behind the door of its park that names it", async () => {
    const seeds = readMeetingRoomSeeds();
    for (const parkId of ["home", "changshu-enclave"]) {
      const rooms = (await list(parkId)).body.rooms;
      for (const s of seeds.filter((x) => x.parkId === parkId)) {
        expect(rooms.find((r) => r.id === s.id)).toMatchObject({ name: s.name, kind: s.kind, doorId: s.doorId, owner: { kind: "park" }, present: 0, clinicOpen: false });
      }
    }
    const park = (await server.api<ParkDetail>("GET", "/api/parks/home")).body;
    expect(park.layout.doors.find((d) => d.id === "door-clinic")?.meetingRoomId).toBe(seeds.find((s) => s.doorId === "door-clinic")!.id);
  });

  it("reads one room, and tells an anonymous reader to sign in", async () => {
    const id = readMeetingRoomSeeds()[0]!.id;
    expect((await read(id)).body).toMatchObject({ id, doorId: "door-meeting-1", hours: [], upcoming: [], current: null, can: { edit: false, book: false, enter: "sign-in" } });
    expect((await read(id, stranger)).body.can).toEqual({ edit: false, book: true, enter: "enter" });
    expect((await read(id, boss)).body.can).toEqual({ edit: true, book: true, enter: "enter" });
    const guest = await server.guest();
    expect((await read(id, guest)).body.can).toEqual({ edit: false, book: false, enter: "enter" });
    expect((await read("00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await server.api("GET", "/api/parks/nowhere/meeting-rooms")).status).toBe(404);
  });
});

describe("creating a room", () => {
  it("lets a manager create one for a company, which lists it (no door yet)", async () => {
    const made = await room({ name: "Room Works salon", kind: "salon", owner: { kind: "company", companyId } });
    expect(made.status).toBe(201);
    // The answers are what the contract says they are (the client parses them with these schemas).
    expect(MeetingRoomDetail.safeParse(made.body).success).toBe(true);
    expect(MeetingRoomList.safeParse((await list()).body).success).toBe(true);
    expect(made.body).toMatchObject({ name: "Room Works salon", parkId: "home", owner: { kind: "company", companyId, name: "Room Works" }, doorId: null, can: { edit: true } });
    expect((await list()).body.rooms.find((r) => r.id === made.body.id)).toMatchObject({ kind: "salon", present: 0 });
  });

  it("refuses residents (403), a bad body naming the field (400), and owners that are not there or not experts", async () => {
    const before = (await list()).body.rooms.length;
    expect((await room({}, owner)).status).toBe(403);
    const bad = await room({ capacity: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.issues?.some((i) => i.path.includes("capacity"))).toBe(true);
    expect((await room({ name: "" })).body.issues?.some((i) => i.path.includes("name"))).toBe(true);
    expect((await room({ owner: { kind: "company", companyId: "00000000-0000-4000-8000-000000000000" } })).status).toBe(404);
    expect((await room({ owner: { kind: "expert", userId: "00000000-0000-4000-8000-000000000000" } })).status).toBe(404);
    const notExpert = await room({ owner: { kind: "expert", userId: stranger.user.id } });
    expect(notExpert.status).toBe(422);
    expect(notExpert.body.code).toBe("not_an_expert");
    expect((await room({}, boss, "nowhere")).status).toBe(404);
    expect((await list()).body.rooms.length).toBe(before);
  });
});

describe("editing a room", () => {
  it("lets the owner side change the name, visibility and capacity, not the owner or kind; others not at all", async () => {
    const id = (await room({ owner: { kind: "company", companyId }, description: "Round table, screen." })).body.id;
    const renamed = await patch(id, { name: "Board room", visibility: "private", capacity: 4 }, owner);
    expect(renamed.status).toBe(200);
    // What the body leaves out stays as it was.
    expect(renamed.body).toMatchObject({ name: "Board room", visibility: "private", capacity: 4, description: "Round table, screen.", can: { edit: true, book: true } });
    expect((await patch(id, { kind: "clinic" }, owner)).status).toBe(403);
    expect((await patch(id, { owner: { kind: "park" } }, owner)).status).toBe(403);
    expect((await patch(id, { name: "Mine now" }, stranger)).status).toBe(403);
    expect((await patch(id, {}, owner)).status).toBe(400);
    // A company's private room: the stranger knocks and may not book.
    expect((await read(id, stranger)).body.can).toEqual({ edit: false, book: false, enter: "knock" });

    const moved = await patch(id, { owner: { kind: "expert", userId: expert.user.id }, kind: "clinic" }, boss);
    expect(moved.body).toMatchObject({ kind: "clinic", owner: { kind: "expert", userId: expert.user.id, displayName: "mr.expert", level: "authority" } });
    expect((await read(id, owner)).body.can.edit).toBe(false);
    expect((await read(id, expert)).body.can.edit).toBe(true);
    expect((await read(id)).body.name).toBe("Board room");
  });
});

describe("clinic hours", () => {
  it("are set by the expert for a clinic, replace the old ones, and refuse overlaps and other kinds", async () => {
    const id = (await room({ kind: "clinic", owner: { kind: "expert", userId: expert.user.id } })).body.id;
    const set = await hours(id, [{ weekday: 1, startMinute: 840, endMinute: 1020 }, { weekday: 6, startMinute: 540, endMinute: 720 }], expert);
    expect(set.status).toBe(200);
    expect(set.body.hours).toEqual([{ weekday: 1, startMinute: 840, endMinute: 1020 }, { weekday: 6, startMinute: 540, endMinute: 720 }]);
    const again = await hours(id, [{ weekday: 3, startMinute: 0, endMinute: 1440 }]);
    expect(again.body.hours).toEqual([{ weekday: 3, startMinute: 0, endMinute: 1440 }]);

    const overlap = await hours(id, [{ weekday: 2, startMinute: 600, endMinute: 700 }, { weekday: 2, startMinute: 660, endMinute: 720 }], expert);
    expect(overlap.status).toBe(400);
    expect(overlap.body.code).toBe("hours_overlap");
    expect(overlap.body.message).toContain("Tuesday");
    // Touching spans do not overlap.
    expect((await hours(id, [{ weekday: 2, startMinute: 600, endMinute: 660 }, { weekday: 2, startMinute: 660, endMinute: 720 }], expert)).status).toBe(200);
    expect((await hours(id, [{ weekday: 2, startMinute: 700, endMinute: 600 }], expert)).status).toBe(400);
    expect((await hours(id, [], stranger)).status).toBe(403);

    const meeting = (await room()).body.id;
    const notClinic = await hours(meeting, []);
    expect(notClinic.status).toBe(409);
    expect(notClinic.body.code).toBe("not_a_clinic");
  });

  it("open the clinic when now is within them", async () => {
    const id = (await room({ kind: "clinic", visibility: "public" })).body.id;
    await hours(id, [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: 0, endMinute: 1440 })));
    expect((await list()).body.rooms.find((r) => r.id === id)?.clinicOpen).toBe(true);
    expect((await read(id, stranger)).body.can.enter).toBe("queue");
  });
});

describe("archiving a room", () => {
  it("takes it out of the list, 404s it, and cancels its bookings with their people told", async () => {
    const id = (await room()).body.id;
    const booked = await server.api<MeetingBooking>("POST", `/api/meeting-rooms/${id}/bookings`, {
      title: "Soon gone", startsAt: hoursFromNow(2), endsAt: hoursFromNow(3), inviteeIds: [invitee.user.id],
    }, owner.token);
    expect(booked.status).toBe(201);
    expect((await server.api("DELETE", `/api/meeting-rooms/${id}`, undefined, owner.token)).status).toBe(403);
    expect((await server.api("DELETE", `/api/meeting-rooms/${id}`, undefined, boss.token)).status).toBe(204);
    expect((await read(id)).status).toBe(404);
    expect((await list()).body.rooms.some((r) => r.id === id)).toBe(false);
    const { rows } = await server.db.query<{ cancelled: boolean }>("SELECT cancelled_at IS NOT NULL AS cancelled FROM meeting_bookings WHERE id = $1", [booked.body.id]);
    expect(rows).toEqual([{ cancelled: true }]);
    const told = await server.db.query<{ user_id: string }>("SELECT user_id FROM notifications WHERE kind = 'meeting-cancelled' AND payload->>'bookingId' = $1", [booked.body.id]);
    expect(told.rows.map((r) => r.user_id).sort()).toEqual([owner.user.id, invitee.user.id].sort());
    expect((await server.api("DELETE", `/api/meeting-rooms/${id}`, undefined, boss.token)).status).toBe(404);
  });
});

describe("a park layout's doors", () => {
  it("may lead only to rooms of the park: an unknown room is refused with 400 and nothing saved", async () => {
    const before = (await server.api<ParkDetail>("GET", "/api/parks/changshu-enclave")).body;
    const layout = { ...before.layout, doors: before.layout.doors.map((d) => ({ ...d, meetingRoomId: "00000000-0000-4000-8000-0000000000aa" })) };
    const refused = await server.api<Answer<SavedLayout>>("PUT", "/api/parks/changshu-enclave/layout", { baseVersion: before.version, layout }, boss.token);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toContain("meeting room");
    expect(refused.body.issues?.[0]?.path).toMatch(/^layout\.doors\.0\.meetingRoomId/);
    // A room of another park is just as unknown here.
    const homeRoom = readMeetingRoomSeeds().find((s) => s.parkId === "home")!.id;
    const elsewhere = { ...before.layout, doors: before.layout.doors.map((d) => ({ ...d, meetingRoomId: homeRoom })) };
    expect((await server.api("PUT", "/api/parks/changshu-enclave/layout", { baseVersion: before.version, layout: elsewhere }, boss.token)).status).toBe(400);
    expect((await server.api<ParkDetail>("GET", "/api/parks/changshu-enclave")).body.version).toBe(before.version);

    // A door led to a new room of the park is saved, and the room then lists that door.
    const id = (await room({ name: "Annex" }, boss, "changshu-enclave")).body.id;
    const linked = { ...before.layout, doors: [...before.layout.doors, { id: "door-annex", zoneId: before.layout.doors[0]!.zoneId, x: 120, z: 60, rotation: 0, meetingRoomId: id }] };
    const saved = await server.api<Answer<SavedLayout>>("PUT", "/api/parks/changshu-enclave/layout", { baseVersion: before.version, layout: linked }, boss.token);
    expect(saved.status).toBe(200);
    expect((await list("changshu-enclave")).body.rooms.find((r) => r.id === id)?.doorId).toBe("door-annex");
  });
});

describe("a database from before meeting rooms", () => {
  it("gains the parks' rooms at the next start, with their doors linked, and keeps a manager's own links", async () => {
    const seed = readMeetingRoomSeeds().find((s) => s.parkId === "changshu-enclave")!;
    // As it was: the room not there, and its door leading nowhere.
    const before = (await server.api<ParkDetail>("GET", "/api/parks/changshu-enclave")).body;
    const unlinked = { ...before.layout, doors: before.layout.doors.map(({ meetingRoomId: _room, ...d }) => d) };
    await server.db.query("UPDATE parks SET layout = $2 WHERE id = $1", ["changshu-enclave", JSON.stringify(unlinked)]);
    await server.db.query("DELETE FROM meeting_rooms WHERE id = $1", [seed.id]);

    expect(await insertMissingMeetingRooms(server.db, readMeetingRoomSeeds())).toEqual([seed.id]);
    const after = (await server.api<ParkDetail>("GET", "/api/parks/changshu-enclave")).body;
    expect(after.version).toBe(before.version + 1);
    expect(after.layout.doors.find((d) => d.id === seed.doorId)?.meetingRoomId).toBe(seed.id);
    expect((await list("changshu-enclave")).body.rooms.find((r) => r.id === seed.id)?.doorId).toBe(seed.doorId);
    // A second start finds everything there.
    expect(await insertMissingMeetingRooms(server.db, readMeetingRoomSeeds())).toEqual([]);
  });
});

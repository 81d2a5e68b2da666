import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError, Session } from "../../../shared/protocol/http.ts";
import { MeetingBooking, MeetingBookingList, MeetingRoomDetail } from "../../../shared/protocol/meetings.ts";
import type { TaskDetail } from "../../../shared/protocol/tasks.ts";
import { addMember, createCompany, manager, resident } from "../../testing/companyFixtures.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
let boss: Session, booker: Session, guestOfHonour: Session, colleague: Session, stranger: Session, taker: Session;
let companyId: string, parkRoom: string, companyRoom: string;

beforeAll(async () => {
  server = await startTestServer();
  [booker, guestOfHonour, colleague, stranger, taker] = await Promise.all(
    ["bk.booker", "bk.guest", "bk.colleague", "bk.stranger", "bk.taker"].map((u) => resident(server, u)),
  ) as [Session, Session, Session, Session, Session];
  boss = await manager(server, "bk.boss");
  companyId = await createCompany(server, booker, "Booking Works");
  await addMember(server, companyId, booker, colleague);
  const make = (fields: Record<string, unknown>) => server.api<MeetingRoomDetail>("POST", "/api/parks/home/meeting-rooms", {
    name: "Calendar room", kind: "meeting", capacity: 10, visibility: "public", ...fields,
  }, boss.token);
  parkRoom = (await make({})).body.id;
  companyRoom = (await make({ name: "Company room", owner: { kind: "company", companyId } })).body.id;
});
afterAll(async () => { await server?.stop(); });

type Answer<T> = T & ApiError;
/** A whole minute `h` hours from now (negative: ago). */
const at = (h: number) => new Date(Math.ceil(Date.now() / 60_000) * 60_000 + h * 3_600_000).toISOString();
const book = (who: Session, roomId: string, body: Record<string, unknown>) =>
  server.api<Answer<MeetingBooking>>("POST", `/api/meeting-rooms/${roomId}/bookings`, { title: "Design review", ...body }, who.token);
const myMeetings = async (who: Session) => (await server.api<MeetingBookingList>("GET", "/api/me/meetings", undefined, who.token)).body.bookings;
const notificationsOf = async (who: Session, kind: string) =>
  (await server.db.query<{ payload: Record<string, string> }>("SELECT payload FROM notifications WHERE user_id = $1 AND kind = $2 ORDER BY created_at", [who.user.id, kind])).rows.map((r) => r.payload);
const rowsOf = async (roomId: string) =>
  Number((await server.db.query<{ n: string }>("SELECT count(*) AS n FROM meeting_bookings WHERE room_id = $1 AND cancelled_at IS NULL", [roomId])).rows[0]!.n);

describe("booking a room", () => {
  it("books a park room, invites people (each once, not the booker), notifies them and lists it as their meetings", async () => {
    const r = await book(booker, parkRoom, { startsAt: at(24), endsAt: at(25), inviteeIds: [guestOfHonour.user.id, guestOfHonour.user.id, booker.user.id] });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      roomId: parkRoom, roomName: "Calendar room", parkId: "home", title: "Design review", startsAt: at(24), endsAt: at(25),
      booker: { id: booker.user.id, displayName: "bk.booker" }, invitees: [{ id: guestOfHonour.user.id, displayName: "bk.guest" }], task: null, cancelled: false,
    });
    expect(await notificationsOf(guestOfHonour, "meeting-invited")).toEqual([
      expect.objectContaining({ bookingId: r.body.id, roomId: parkRoom, roomName: "Calendar room", title: "Design review", startsAt: at(24) }),
    ]);
    expect(await notificationsOf(booker, "meeting-invited")).toEqual([]);
    expect(MeetingBooking.safeParse(r.body).success).toBe(true);
    expect(MeetingBookingList.safeParse({ bookings: await myMeetings(guestOfHonour) }).success).toBe(true);
    expect(MeetingRoomDetail.safeParse((await server.api("GET", `/api/meeting-rooms/${parkRoom}`, undefined, booker.token)).body).success).toBe(true);
    expect((await myMeetings(guestOfHonour)).map((b) => b.id)).toContain(r.body.id);
    expect((await myMeetings(booker)).map((b) => b.id)).toContain(r.body.id);
    expect((await myMeetings(stranger)).map((b) => b.id)).not.toContain(r.body.id);

    const calendar = await server.api<MeetingBookingList>("GET", `/api/meeting-rooms/${parkRoom}/bookings?from=${encodeURIComponent(at(23))}&days=1`);
    expect(calendar.body.bookings.map((b) => b.id)).toEqual([r.body.id]);
    // Outsiders see that the time is taken and by whom, not what for or with whom.
    expect(calendar.body.bookings[0]).toMatchObject({ title: "", invitees: [], booker: { id: booker.user.id } });
    const asStranger = await server.api<MeetingBookingList>("GET", `/api/meeting-rooms/${parkRoom}/bookings?from=${encodeURIComponent(at(23))}&days=1`, undefined, stranger.token);
    expect(asStranger.body.bookings[0]).toMatchObject({ title: "", invitees: [] });
    const asInvitee = await server.api<MeetingBookingList>("GET", `/api/meeting-rooms/${parkRoom}/bookings?from=${encodeURIComponent(at(23))}&days=1`, undefined, guestOfHonour.token);
    expect(asInvitee.body.bookings[0]).toMatchObject({ title: "Design review", invitees: [{ id: guestOfHonour.user.id }] });
    const later = await server.api<MeetingBookingList>("GET", `/api/meeting-rooms/${parkRoom}/bookings?from=${encodeURIComponent(at(25))}&days=1`);
    expect(later.body.bookings).toEqual([]);
    expect((await server.api<MeetingRoomDetail>("GET", `/api/meeting-rooms/${parkRoom}`)).body.upcoming.map((b) => b.id)).toContain(r.body.id);
  });

  it("refuses bad times with their reasons, and changes nothing", async () => {
    const before = await rowsOf(parkRoom);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ startsAt: at(50), endsAt: at(49) }, "ends after it starts"],
      [{ startsAt: at(50), endsAt: at(50.1) }, "at least 15 minutes"],
      [{ startsAt: at(50), endsAt: at(59) }, "at most 8 hours"],
      [{ startsAt: at(-2), endsAt: at(-1) }, "in the past"],
      [{ startsAt: at(24 * 91), endsAt: at(24 * 91 + 1) }, "within 90 days"],
    ];
    for (const [times, words] of cases) {
      const r = await book(booker, parkRoom, times);
      expect(r.status, words).toBe(400);
      expect(r.body.message).toContain(words);
    }
    const badTime = await book(booker, parkRoom, { startsAt: "tomorrow at nine", endsAt: at(51) });
    expect(badTime.status).toBe(400);
    expect(badTime.body.issues?.some((i) => i.path.includes("startsAt"))).toBe(true);
    expect(await rowsOf(parkRoom)).toBe(before);
  });

  it("refuses an overlap with 409 naming the other booking's time; back-to-back slots are fine", async () => {
    expect((await book(booker, parkRoom, { startsAt: at(30), endsAt: at(31) })).status).toBe(201);
    const clash = await book(stranger, parkRoom, { startsAt: at(30.5), endsAt: at(31.5) });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe("booking_overlap");
    expect(clash.body.message).toContain(at(30));
    expect((await book(stranger, parkRoom, { startsAt: at(31), endsAt: at(32) })).status).toBe(201);
    expect((await book(stranger, parkRoom, { startsAt: at(29), endsAt: at(30) })).status).toBe(201);
  });

  it("lets only the owner side (and managers) book a company's room", async () => {
    const refused = await book(stranger, companyRoom, { startsAt: at(40), endsAt: at(41) });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe("not_bookable");
    expect((await book(colleague, companyRoom, { startsAt: at(40), endsAt: at(41) })).status).toBe(201);
    expect((await book(boss, companyRoom, { startsAt: at(41), endsAt: at(42) })).status).toBe(201);
    expect((await server.api<MeetingRoomDetail>("GET", `/api/meeting-rooms/${companyRoom}`, undefined, stranger.token)).body.can.book).toBe(false);
    const guest = await server.guest();
    expect((await book(guest, parkRoom, { startsAt: at(60), endsAt: at(61) })).status).toBe(403);
  });

  it("refuses an unknown invitee with 404 naming them, and an unknown room", async () => {
    const nobody = "00000000-0000-4000-8000-00000000dead";
    const before = await rowsOf(parkRoom);
    const r = await book(booker, parkRoom, { startsAt: at(70), endsAt: at(71), inviteeIds: [guestOfHonour.user.id, nobody] });
    expect(r.status).toBe(404);
    expect(r.body.message).toContain(nobody);
    expect((await book(booker, "00000000-0000-4000-8000-000000000000", { startsAt: at(70), endsAt: at(71) })).status).toBe(404);
    // More invitees than the room holds (the booker comes too).
    const crowd = Array.from({ length: 10 }, (_, i) => `00000000-0000-4000-8000-0000000001${String(i).padStart(2, "0")}`);
    const tooMany = await book(booker, parkRoom, { startsAt: at(70), endsAt: at(71), inviteeIds: crowd });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.message).toContain("holds 10 people");
    expect(await rowsOf(parkRoom)).toBe(before);
  });
});

describe("two people after the same slot at the same moment", () => {
  it("gives it to exactly one; the others hear 409 and one row is written", async () => {
    const people = [booker, guestOfHonour, colleague, stranger, taker, boss];
    const answers = await Promise.all([...people, ...people].map((who) => book(who, parkRoom, { title: `Mine (${who.user.username})`, startsAt: at(80), endsAt: at(81.5) })));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.code === "booking_overlap")).toBe(true);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(answers.length - 1);
    const { rows } = await server.db.query("SELECT id FROM meeting_bookings WHERE room_id = $1 AND starts_at = $2", [parkRoom, at(80)]);
    expect(rows).toHaveLength(1);
  });
});

describe("cancelling a booking", () => {
  it("lets the booker cancel; the invitees are told; a second cancel is 409; others 403", async () => {
    const made = (await book(booker, parkRoom, { startsAt: at(90), endsAt: at(91), inviteeIds: [guestOfHonour.user.id] })).body;
    expect((await server.api("DELETE", `/api/bookings/${made.id}`, undefined, stranger.token)).status).toBe(403);
    const cancelled = await server.api<MeetingBooking>("DELETE", `/api/bookings/${made.id}`, undefined, booker.token);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.cancelled).toBe(true);
    expect((await notificationsOf(guestOfHonour, "meeting-cancelled")).map((p) => p.bookingId)).toEqual([made.id]);
    expect((await myMeetings(guestOfHonour)).map((b) => b.id)).not.toContain(made.id);
    const again = await server.api<ApiError>("DELETE", `/api/bookings/${made.id}`, undefined, booker.token);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("already_cancelled");
    // The slot is free again.
    expect((await book(stranger, parkRoom, { startsAt: at(90), endsAt: at(91) })).status).toBe(201);
    expect((await server.api("DELETE", "/api/bookings/00000000-0000-4000-8000-000000000000", undefined, booker.token)).status).toBe(404);
  });

  it("lets managers and the room's owner side cancel, and refuses a meeting that has ended", async () => {
    const byStranger = (await book(colleague, companyRoom, { startsAt: at(100), endsAt: at(101) })).body;
    expect((await server.api("DELETE", `/api/bookings/${byStranger.id}`, undefined, booker.token)).status).toBe(200);
    const other = (await book(stranger, parkRoom, { startsAt: at(100), endsAt: at(101) })).body;
    expect((await server.api("DELETE", `/api/bookings/${other.id}`, undefined, boss.token)).status).toBe(200);
    await server.db.query("UPDATE meeting_bookings SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = $1", [other.id]);
    await server.db.query("UPDATE meeting_bookings SET cancelled_at = NULL WHERE id = $1", [other.id]);
    const ended = await server.api<ApiError>("DELETE", `/api/bookings/${other.id}`, undefined, stranger.token);
    expect(ended.status).toBe(409);
    expect(ended.body.code).toBe("already_ended");
  });
});

describe("a meeting about a task", () => {
  it("is booked by the poster's side, seen by the task's sides on its page, and refused to outsiders", async () => {
    const task = (await server.api<TaskDetail>("POST", "/api/tasks", {
      title: "Fixture for a gearbox housing", description: "Design a milling fixture.", category: "engineering", companyId,
    }, booker.token)).body;
    expect((await server.api("POST", `/api/tasks/${task.id}/apply`, { note: "I have built twenty of these.", proposedFee: null }, taker.token)).status).toBe(201);

    const linked = await book(colleague, parkRoom, { title: "Kick-off", startsAt: at(120), endsAt: at(121), inviteeIds: [taker.user.id], taskId: task.id });
    expect(linked.status).toBe(201);
    expect(linked.body.task).toEqual({ id: task.id, title: "Fixture for a gearbox housing" });
    // The applicant may book about it too; an outsider may not.
    expect((await book(taker, parkRoom, { title: "Follow-up", startsAt: at(122), endsAt: at(123), taskId: task.id })).status).toBe(201);
    const outsider = await book(stranger, parkRoom, { startsAt: at(124), endsAt: at(125), taskId: task.id });
    expect(outsider.status).toBe(403);
    expect((await book(booker, parkRoom, { startsAt: at(124), endsAt: at(125), taskId: "00000000-0000-4000-8000-000000000000" })).status).toBe(404);

    for (const who of [booker, colleague, taker, boss]) {
      const list = await server.api<MeetingBookingList>("GET", `/api/tasks/${task.id}/meetings`, undefined, who.token);
      expect(list.body.bookings.map((b) => b.title), who.user.username).toEqual(["Kick-off", "Follow-up"]);
    }
    expect((await server.api("GET", `/api/tasks/${task.id}/meetings`, undefined, stranger.token)).status).toBe(403);
    expect((await server.api("GET", `/api/tasks/${task.id}/meetings`)).status).toBe(401);
    expect((await server.api("GET", "/api/tasks/00000000-0000-4000-8000-000000000000/meetings", undefined, boss.token)).status).toBe(404);
  });
});

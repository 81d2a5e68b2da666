import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UploadedImage } from "../../../shared/protocol/companies.ts";
import {
  AttendanceReport, EventDeck, EventDetail, EventList, NowAndNext,
} from "../../../shared/protocol/events.ts";
import type { ApiError, Session } from "../../../shared/protocol/http.ts";
import { createLogger } from "../../logger.ts";
import { remindDueEvents } from "../../services/eventReminders.ts";
import { addMember, createCompany, manager, resident } from "../../testing/companyFixtures.ts";
import { joinStage } from "../../testing/eventFixtures.ts";
import { pngBytes } from "../../testing/fixtures/testImages.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
let boss: Session, host: Session, colleague: Session, fan: Session, other: Session, stranger: Session;
let companyId: string;
const log = createLogger("silent");

beforeAll(async () => {
  server = await startTestServer();
  [host, colleague, fan, other, stranger] = await Promise.all(
    ["ev.host", "ev.colleague", "ev.fan", "ev.other", "ev.stranger"].map((u) => resident(server, u)),
  ) as [Session, Session, Session, Session, Session];
  boss = await manager(server, "ev.boss");
  companyId = await createCompany(server, host, "Launch Works");
  await addMember(server, companyId, host, colleague);
});
afterAll(async () => { await server?.stop(); });

/** An answer that may be an error instead (ApiError's `status` would clash with the event's). */
type Answer<T> = T & Partial<Pick<ApiError, "code" | "message">>;
/** A whole minute `h` hours from now (negative: ago). */
const at = (h: number) => new Date(Math.ceil(Date.now() / 60_000) * 60_000 + h * 3_600_000).toISOString();
const create = (who: Session, body: Record<string, unknown>) => server.api<Answer<EventDetail>>("POST", "/api/events", {
  parkId: "home", companyId, kind: "launch", title: "Widget 2 launch", startsAt: at(24), endsAt: at(25), venue: { kind: "launch-hall" }, ...body,
}, who.token);
const detail = (id: string, who?: Session) => server.api<Answer<EventDetail>>("GET", `/api/events/${id}`, undefined, who?.token);
const list = async (query: string, who?: Session) => (await server.api<EventList>("GET", `/api/events?${query}`, undefined, who?.token)).body.events;
const decide = (id: string, approve: boolean, who = boss) => server.api<Answer<EventDetail>>("POST", `/api/events/${id}/decision`, { approve }, who.token);
const notificationsOf = async (who: Session, kind: string) =>
  (await server.db.query<{ payload: Record<string, string> }>("SELECT payload FROM notifications WHERE user_id = $1 AND kind = $2 ORDER BY created_at", [who.user.id, kind])).rows.map((r) => r.payload);
async function upload(who: Session): Promise<string> {
  const res = await fetch(`${server.url}/api/images`, {
    method: "POST", headers: { "content-type": "image/png", authorization: `Bearer ${who.token}` }, body: new Uint8Array(pngBytes(8, 6, [200, 40, 40])),
  });
  return ((await res.json()) as UploadedImage).id;
}
/** An approved company event: created by the host, approved by the manager. */
async function approved(body: Record<string, unknown> = {}): Promise<EventDetail> {
  const made = await create(host, body);
  expect(made.status).toBe(201);
  expect((await decide(made.body.id, true)).status).toBe(200);
  return (await detail(made.body.id, host)).body;
}

describe("creating events", () => {
  it("a company member's event waits for approval, the creator hosts it, and it names its people", async () => {
    const cover = await upload(host);
    const r = await create(host, { coverImageId: cover, description: "New widgets.", people: [{ userId: colleague.user.id, role: "speaker" }] });
    expect(r.status).toBe(201);
    expect(EventDetail.safeParse(r.body).success).toBe(true);
    expect(r.body).toMatchObject({
      status: "pending", parkId: "home", company: { id: companyId, name: "Launch Works" }, title: "Widget 2 launch", coverImageId: cover,
      venue: { kind: "launch-hall" }, createdBy: { id: host.user.id }, rsvps: 0, going: false, watching: 0,
      can: { edit: true, decide: false, rsvp: false },
    });
    expect(r.body.people).toEqual([
      expect.objectContaining({ id: host.user.id, role: "host" }), expect.objectContaining({ id: colleague.user.id, role: "speaker" }),
    ]);
  });

  it("a manager's park event is approved at once; only managers hold park events", async () => {
    const r = await create(boss, { companyId: null, kind: "competition", title: "Park hackathon" });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: "approved", company: null });
    const refused = await create(host, { companyId: null });
    expect(refused.status).toBe(403);
  });

  it("refuses someone outside the company", async () => {
    const r = await create(stranger, {});
    expect(r.status).toBe(403);
    expect(r.body.code).toBe("not_a_member");
  });

  it("refuses bad times with the rule in words, and changes nothing", async () => {
    const before = Number((await server.db.query<{ n: string }>("SELECT count(*) AS n FROM events")).rows[0]!.n);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ startsAt: at(50), endsAt: at(49) }, "ends after it starts"],
      [{ startsAt: at(50), endsAt: at(50.1) }, "at least 15 minutes"],
      [{ startsAt: at(50), endsAt: at(63) }, "at most 12 hours"],
      [{ startsAt: at(-2), endsAt: at(-1) }, "in the past"],
      [{ startsAt: at(24 * 370), endsAt: at(24 * 370 + 1) }, "within a year"],
    ];
    for (const [times, words] of cases) {
      const r = await create(host, times);
      expect(r.status, words).toBe(400);
      expect(r.body.message).toContain(words);
    }
    expect(Number((await server.db.query<{ n: string }>("SELECT count(*) AS n FROM events")).rows[0]!.n)).toBe(before);
  });

  it("names an unknown person (404), an unknown room (404), a missing cover (400)", async () => {
    const nobody = "00000000-0000-4000-8000-000000000000";
    const person = await create(host, { people: [{ userId: nobody, role: "speaker" }] });
    expect(person.status).toBe(404);
    expect(person.body.message).toContain(nobody);
    const room = await create(host, { venue: { kind: "meeting-room", roomId: nobody } });
    expect(room.status).toBe(404);
    const cover = await create(host, { coverImageId: nobody });
    expect(cover.status).toBe(400);
  });
});

describe("approval", () => {
  it("lists pending events for managers only, approves once (409 the second time), and tells the creator", async () => {
    const made = await create(host, { title: "Queue test" });
    const queue = await list("when=pending", boss);
    expect(queue.map((e) => e.id)).toContain(made.body.id);
    expect((await server.api("GET", "/api/events?when=pending", undefined, host.token)).status).toBe(403);
    expect((await decide(made.body.id, true, host)).status).toBe(403);

    const first = await decide(made.body.id, true);
    expect(first.status).toBe(200);
    expect(first.body.status).toBe("approved");
    expect((await decide(made.body.id, false)).status).toBe(409);
    expect(await notificationsOf(host, "event-approved")).toEqual(
      expect.arrayContaining([expect.objectContaining({ eventId: made.body.id, title: "Queue test", parkId: "home" })]),
    );
    expect((await list("when=pending", boss)).map((e) => e.id)).not.toContain(made.body.id);
  });

  it("a rejected event tells its creator, and stays hidden from the public", async () => {
    const made = await create(host, { title: "Rejected launch" });
    expect((await decide(made.body.id, false)).body.status).toBe("rejected");
    expect(await notificationsOf(host, "event-rejected")).toEqual([expect.objectContaining({ eventId: made.body.id })]);
    expect((await detail(made.body.id)).status).toBe(404);
    expect((await detail(made.body.id, colleague)).status).toBe(200);

    // Changed, it goes back to the managers' queue.
    const resent = await server.api<Answer<EventDetail>>("PATCH", `/api/events/${made.body.id}`, { title: "Better launch" }, host.token);
    expect(resent.body).toMatchObject({ status: "pending", title: "Better launch" });
    expect((await list("when=pending", boss)).map((e) => e.id)).toContain(made.body.id);
  });
});

describe("lists", () => {
  it("shows the public approved events only, soonest first; past ones newest first", async () => {
    const pending = await create(host, { title: "Secret launch", startsAt: at(30), endsAt: at(31) });
    const later = await approved({ title: "Later launch", startsAt: at(60), endsAt: at(61) });
    const sooner = await approved({ title: "Sooner launch", startsAt: at(26), endsAt: at(27) });
    const publicIds = (await list("when=upcoming")).map((e) => e.id);
    expect(publicIds).not.toContain(pending.body.id);
    expect(publicIds.indexOf(sooner.id)).toBeLessThan(publicIds.indexOf(later.id));
    expect((await list("when=upcoming", stranger)).map((e) => e.id)).not.toContain(pending.body.id);
    expect((await list("when=upcoming", colleague)).map((e) => e.id)).toContain(pending.body.id);
    expect((await list("when=upcoming", boss)).map((e) => e.id)).toContain(pending.body.id);
    expect((await detail(pending.body.id)).status).toBe(404);

    // A calendar window: from one hour before `sooner` for one day holds it but not `later`.
    const window = (await list(`when=upcoming&from=${encodeURIComponent(at(25))}&days=1`)).map((e) => e.id);
    expect(window).toContain(sooner.id);
    expect(window).not.toContain(later.id);

    const [a, b] = await Promise.all([approved({ title: "Old one" }), approved({ title: "Older one" })]);
    await server.db.query("UPDATE events SET starts_at = now() - interval '3 days', ends_at = now() - interval '3 days' + interval '1 hour' WHERE id = $1", [a.id]);
    await server.db.query("UPDATE events SET starts_at = now() - interval '5 days', ends_at = now() - interval '5 days' + interval '1 hour' WHERE id = $1", [b.id]);
    const past = (await list("when=past")).map((e) => e.id);
    expect(past.indexOf(a.id)).toBeGreaterThanOrEqual(0);
    expect(past.indexOf(a.id)).toBeLessThan(past.indexOf(b.id));
    expect((await list("when=upcoming")).map((e) => e.id)).not.toContain(a.id);
    expect(EventList.safeParse({ events: past.length ? await list("when=past") : [] }).success).toBe(true);
  });
});

describe("RSVP", () => {
  it("RSVPs to approved events, lists them as mine, takes it back; refuses pending and ended ones (409) and guests", async () => {
    const event = await approved({ title: "RSVP launch" });
    const going = await server.api<Answer<EventDetail>>("PUT", `/api/events/${event.id}/rsvp`, undefined, fan.token);
    expect(going.status).toBe(200);
    expect(going.body).toMatchObject({ going: true, rsvps: 1 });
    expect((await list("when=mine", fan)).map((e) => e.id)).toEqual([event.id]);
    expect((await list("when=mine", host)).map((e) => e.id)).toContain(event.id);
    expect((await server.api("GET", "/api/events?when=mine")).status).toBe(401);

    const back = await server.api<Answer<EventDetail>>("DELETE", `/api/events/${event.id}/rsvp`, undefined, fan.token);
    expect(back.body).toMatchObject({ going: false, rsvps: 0 });
    expect(await list("when=mine", fan)).toEqual([]);

    const pending = await create(host, { title: "Not yet" });
    expect((await server.api("PUT", `/api/events/${pending.body.id}/rsvp`, undefined, colleague.token)).status).toBe(409);
    const ended = await approved({ title: "Ended" });
    await server.db.query("UPDATE events SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = $1", [ended.id]);
    expect((await server.api("PUT", `/api/events/${ended.id}/rsvp`, undefined, fan.token)).status).toBe(409);
    const guest = await server.guest("Visitor");
    expect((await server.api("PUT", `/api/events/${event.id}/rsvp`, undefined, guest.token)).status).toBe(403);
  });

  it("cancelling tells the people who RSVPed", async () => {
    const event = await approved({ title: "To be cancelled" });
    await server.api("PUT", `/api/events/${event.id}/rsvp`, undefined, other.token);
    expect((await server.api("DELETE", `/api/events/${event.id}`, undefined, stranger.token)).status).toBe(403);
    const r = await server.api<Answer<EventDetail>>("DELETE", `/api/events/${event.id}`, undefined, colleague.token);
    expect(r.body.status).toBe("cancelled");
    expect(await notificationsOf(other, "event-cancelled")).toEqual([expect.objectContaining({ eventId: event.id, title: "To be cancelled" })]);
    expect((await server.api("DELETE", `/api/events/${event.id}`, undefined, colleague.token)).status).toBe(409);
  });

  it("an approved event stays approved when its time moves; bad new times are refused", async () => {
    const event = await approved({ title: "Moving launch" });
    const moved = await server.api<Answer<EventDetail>>("PATCH", `/api/events/${event.id}`, { startsAt: at(72), endsAt: at(73), title: "Moved launch" }, host.token);
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ status: "approved", title: "Moved launch", startsAt: at(72) });
    expect((await server.api<ApiError>("PATCH", `/api/events/${event.id}`, { endsAt: at(71) }, host.token)).body.message).toContain("ends after it starts");
    expect((await server.api("PATCH", `/api/events/${event.id}`, { title: "Mine now" }, stranger.token)).status).toBe(403);
  });
});

describe("reminders", () => {
  it("reminds each RSVPed person exactly once, however often and however concurrently called", async () => {
    const event = await approved({ title: "Reminder launch", startsAt: at(2), endsAt: at(3) });
    await server.api("PUT", `/api/events/${event.id}/rsvp`, undefined, fan.token);
    await server.api("PUT", `/api/events/${event.id}/rsvp`, undefined, other.token);
    // Long before the start: nothing yet.
    await remindDueEvents(server.db, log, new Date(Date.parse(event.startsAt) - 3_600_000));
    expect(await notificationsOf(fan, "event-starting")).toEqual([]);

    const justBefore = new Date(Date.parse(event.startsAt) - 5 * 60_000);
    const runs = await Promise.all([remindDueEvents(server.db, log, justBefore), remindDueEvents(server.db, log, justBefore)]);
    await remindDueEvents(server.db, log, justBefore);
    expect(runs.flat().filter((id) => id === event.id)).toHaveLength(1);
    for (const who of [fan, other]) {
      expect((await notificationsOf(who, "event-starting")).filter((p) => p.eventId === event.id)).toEqual([
        { eventId: event.id, title: "Reminder launch", startsAt: event.startsAt, parkId: "home" },
      ]);
    }
    expect(await notificationsOf(stranger, "event-starting")).toEqual([]);
  });
});

describe("the .ics file", () => {
  it("answers a calendar file with its headers and the event in UTC", async () => {
    const event = await approved({ title: "Widget; launch, v2", description: "Come\nsee" });
    const res = await fetch(`${server.url}/api/events/${event.id}/ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="widget-launch-v2.ics"');
    const text = await res.text();
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain(`UID:${event.id}@enclave`);
    expect(lines).toContain(`DTSTART:${event.startsAt.replace(/[-:]/g, "").replace(".000", "")}`);
    expect(lines).toContain("SUMMARY:Widget\\; launch\\, v2");
    expect(lines).toContain("DESCRIPTION:Come\\nsee");
    expect(lines).toContain("LOCATION:Fengtai Gig Community Park · launch hall");
    expect(lines.some((l) => l.startsWith("URL:") && l.endsWith(`/events/${event.id}`))).toBe(true);
    expect(lines.some((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toBe(true);

    const pending = await create(host, { title: "Hidden" });
    expect((await fetch(`${server.url}/api/events/${pending.body.id}/ics`)).status).toBe(404);
  });
});

describe("after the event", () => {
  it("reports attendance figures from the rows, to the company and managers only", async () => {
    const event = await approved({ title: "Attended launch" });
    const t0 = Date.parse(event.startsAt);
    const min = (m: number) => new Date(t0 + m * 60_000);
    await server.db.query(
      `INSERT INTO event_attendance (event_id, user_id, instance, joined_at, left_at) VALUES
        ($1, $2, 1, $5, $7), ($1, $3, 1, $6, $7), ($1, $4, 2, $6, $8), ($1, $2, 1, $8, $9)`,
      [event.id, fan.user.id, other.user.id, stranger.user.id, min(0), min(10), min(40), min(30), min(50)],
    );
    const report = await server.api<Answer<AttendanceReport>>("GET", `/api/events/${event.id}/attendance`, undefined, colleague.token);
    expect(report.status).toBe(200);
    expect(AttendanceReport.safeParse(report.body).success).toBe(true);
    // fan 0–40 and 30–50 (50 min), other 10–40 (30), stranger 10–30 (20): at 30–40 fan twice and other: 3 at once
    expect(report.body.figures).toEqual({ peak: 3, total: 3, averageMinutes: Math.round((50 + 30 + 20) / 3 * 10) / 10 });
    expect(report.body.records).toHaveLength(4);
    expect((await detail(event.id)).body.attendance).toEqual(report.body.figures);
    expect((await server.api("GET", `/api/events/${event.id}/attendance`, undefined, fan.token)).status).toBe(403);
    expect((await server.api("GET", `/api/events/${event.id}/attendance`, undefined, boss.token)).status).toBe(200);
  });

  it("keeps decks and answered questions on the event's page", async () => {
    const event = await approved({ title: "Deck launch", people: [{ userId: other.user.id, role: "speaker" }] });
    const page = await upload(other);
    const deck = await server.api<Answer<EventDeck>>("POST", `/api/events/${event.id}/decks`, { title: "Keynote", pageIds: [page] }, other.token);
    expect(deck.status).toBe(201);
    expect(deck.body).toMatchObject({ eventId: event.id, title: "Keynote", pageIds: [page] });
    expect((await server.api("POST", `/api/events/${event.id}/decks`, { title: "Mine", pageIds: [page] }, fan.token)).status).toBe(403);
    const missing = await server.api<ApiError>("POST", `/api/events/${event.id}/decks`, { title: "Bad", pageIds: ["00000000-0000-4000-8000-000000000000"] }, other.token);
    expect(missing.status).toBe(400);
    expect((await server.api<{ decks: EventDeck[] }>("GET", `/api/events/${event.id}/decks`)).body.decks.map((d) => d.id)).toEqual([deck.body.id]);

    await server.db.query(
      `INSERT INTO event_questions (event_id, user_id, name, text, status, votes, answered_at) VALUES
        ($1, $2, 'ev.fan', 'When does it ship?', 'answered', 4, now()), ($1, $2, 'ev.fan', 'Open one', 'open', 1, NULL)`,
      [event.id, fan.user.id],
    );
    const questions = await server.api<{ questions: Array<{ text: string }> }>("GET", `/api/events/${event.id}/questions?status=answered`);
    expect(questions.body.questions.map((q) => q.text)).toEqual(["When does it ship?"]);
    const page2 = (await detail(event.id)).body;
    expect(page2.answered.map((q) => q.text)).toEqual(["When does it ship?"]);
    expect(page2.decks.map((d) => d.id)).toEqual([deck.body.id]);
    expect(page2.can).toMatchObject({ edit: false, rsvp: false, present: false });
  });
});

describe("now and next", () => {
  it("shows the park's running event and the next one", async () => {
    await server.db.query("UPDATE events SET status = 'cancelled' WHERE park_id = 'home' AND status = 'approved'");
    const running = await approved({ title: "Running now", startsAt: at(1), endsAt: at(3) });
    await server.db.query("UPDATE events SET starts_at = now() - interval '10 minutes' WHERE id = $1", [running.id]);
    const next = await approved({ title: "Up next", startsAt: at(4), endsAt: at(5) });
    await approved({ title: "After that", startsAt: at(6), endsAt: at(7) });
    const r = await server.api<NowAndNext>("GET", "/api/parks/home/events/now-next");
    expect(NowAndNext.safeParse(r.body).success).toBe(true);
    expect(r.body.now?.id).toBe(running.id);
    expect(r.body.next?.id).toBe(next.id);
    expect((await server.api("GET", "/api/parks/nowhere/events/now-next")).status).toBe(404);
  });
});

describe("watching", () => {
  it("counts the people in the event's hall, in its summary and on the sign", async () => {
    const event = await approved({ title: "Watched launch", startsAt: at(1), endsAt: at(3) });
    await server.db.query("UPDATE events SET starts_at = now() - interval '1 minute' WHERE id = $1", [event.id]);
    const viewers = await Promise.all([fan, other].map((who) => joinStage(server, who.token, event.id)));
    try {
      const watching = async () => (await list("parkId=home&when=upcoming")).find((e) => e.id === event.id)?.watching;
      const deadline = Date.now() + 5000;
      while ((await watching()) !== 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(await watching()).toBe(2);
      expect((await detail(event.id)).body.watching).toBe(2);
    } finally {
      await Promise.all(viewers.map((v) => v.room.leave()));
    }
  });
});

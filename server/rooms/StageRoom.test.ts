import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVENT_DOORS_OPEN_MINUTES } from "../../shared/constants.ts";
import type { Session } from "../../shared/protocol/http.ts";
import {
  CLOSE_STAGE_ENDED, CLOSE_STAGE_REMOVED, CLOSE_STAGE_REPLACED, MSG_S_ASK, MSG_S_COUNTDOWN, MSG_S_MUTE, MSG_S_PAGE, MSG_S_QUESTION, MSG_S_REACT,
  MSG_S_REMOVE, MSG_S_SLIDES, MSG_S_SPOTLIGHT, MSG_S_VOTE, REACTION_BURST,
} from "../../shared/protocol/stageMessages.ts";
import { seatTaken } from "../../shared/rules/hallSeats.ts";
import { createCompany, resident } from "../testing/companyFixtures.ts";
import { insertEvent, insertEventDeck, joinStage, lastStage, setProducts, type StageProbe } from "../testing/eventFixtures.ts";
import type { StageRoom } from "./StageRoom.ts";
import { startTestServer, until, type TestServer } from "../testing/testServer.ts";

const HALL = 4;
let server: TestServer;
beforeAll(async () => { server = await startTestServer({ hallSeats: HALL }); });
afterAll(async () => { await server?.stop(); });

let n = 0;
const guest = (): Promise<Session> => server.guest(`watcher ${++n}`);
const leaveAll = (...probes: StageProbe[]) => Promise.all(probes.filter((p) => p.closed === null).map((p) => p.room.leave()));

/** Polls an asynchronous condition (a database row written after the fact). */
async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function refusedJoin(token: string, eventId: string): Promise<{ code: number; message: string }> {
  try {
    const probe = await joinStage(server, token, eventId);
    await probe.room.leave();
  } catch (e) {
    const err = e as { code: number; message: string };
    return { code: err.code, message: err.message };
  }
  throw new Error("the join was not refused");
}

describe("the hall's door", () => {
  it("refuses unknown, unapproved, not-yet-open and finished events, but lets the programme in early", async () => {
    const someone = await guest();
    expect((await refusedJoin(someone.token, "00000000-0000-4000-8000-000000000000")).code).toBe(404);

    const speaker = await guest();
    const later = await insertEvent(server.db, {
      startsAt: new Date(Date.now() + (EVENT_DOORS_OPEN_MINUTES + 60) * 60_000), people: [{ userId: speaker.user.id, role: "speaker" }],
    });
    expect(await refusedJoin(someone.token, later)).toEqual({ code: 425, message: `the hall opens ${EVENT_DOORS_OPEN_MINUTES} minutes before the start` });
    const early = await joinStage(server, speaker.token, later);
    expect(early.me()?.onStage).toBe(true);
    await early.room.leave();

    const pending = await insertEvent(server.db, { status: "pending" });
    expect((await refusedJoin(someone.token, pending)).code).toBe(409);
    const over = await insertEvent(server.db, { startsAt: new Date(Date.now() - 3 * 3_600_000), endsAt: new Date(Date.now() - 3_600_000) });
    expect((await refusedJoin(someone.token, over)).code).toBe(410);
  });

  it("seats people front centre outwards, shown in the bitmap; a second session of the same account replaces the first", async () => {
    const eventId = await insertEvent(server.db);
    const a = await guest();
    const first = await joinStage(server, a.token, eventId);
    const second = await joinStage(server, (await guest()).token, eventId);
    // With four seats in the front row's middle, the order is 3, 2, 1, 0 (shared/rules/hallSeats.ts).
    expect(first.me()?.seat).toBe(3);
    expect(second.me()?.seat).toBe(2);
    await until(() => seatTaken(first.room.state.seats, 2), "the neighbour's seat in the bitmap");
    expect(seatTaken(first.room.state.seats, 1)).toBe(false);
    expect(first.room.state.watching).toBe(2);

    const again = await joinStage(server, a.token, eventId);
    await until(() => first.closed !== null, "the first session to be replaced");
    expect(first.closed).toBe(CLOSE_STAGE_REPLACED);
    expect(again.me()?.seat).toBe(3);
    await until(() => second.room.state.watching === 2, "the count after the replacement");
    await leaveAll(second, again);
    // One attendance row for the account, kept by the replacing session and closed when it left.
    const rows = () => server.db.query<{ left: boolean }>(
      `SELECT left_at IS NOT NULL AS left FROM event_attendance WHERE event_id = $1 AND user_id = $2`, [eventId, a.user.id]);
    await eventually(async () => (await rows()).rows.every((r) => r.left), "the attendance row closed");
    expect((await rows()).rows).toEqual([{ left: true }]);
  });
});

describe("one account, one seat", () => {
  it("replaces a session in a full hall by the same account's new one in the overflow hall", async () => {
    const eventId = await insertEvent(server.db);
    const a = await guest();
    const first = await joinStage(server, a.token, eventId);
    const others: StageProbe[] = [];
    for (let i = 1; i < HALL; i++) others.push(await joinStage(server, (await guest()).token, eventId));
    const again = await joinStage(server, a.token, eventId);
    expect(again.room.state.instance).toBe(2);
    await until(() => first.closed !== null, "the session in the main hall replaced");
    expect(first.closed).toBe(CLOSE_STAGE_REPLACED);
    await until(() => others[0]!.room.state.watching === HALL - 1, "the main hall's count without them");
    await until(() => again.room.state.watchingAll === HALL, "everyone counted once");
    await leaveAll(again, ...others);
  });
});

describe("the stage", () => {
  it("reaches every audience member when a speaker changes it, and refuses the audience's hands on it", async () => {
    const owner = await resident(server, "launcher", "Launcher");
    const companyId = await createCompany(server, owner, "Servo Works");
    await setProducts(server.db, companyId, [{ name: "SV-200", text: "A 200 W servo", imageId: null }]);
    const presenter = await guest();
    const eventId = await insertEvent(server.db, { companyId, people: [{ userId: presenter.user.id, role: "speaker" }] });
    const deck = await insertEventDeck(server.db, eventId, 3, "Launch deck");
    const otherDeck = await insertEventDeck(server.db, await insertEvent(server.db), 2);

    const speaker = await joinStage(server, presenter.token, eventId);
    const audience = [await joinStage(server, (await guest()).token, eventId), await joinStage(server, (await guest()).token, eventId)];
    expect(speaker.me()).toMatchObject({ onStage: true, seat: -1, stageRole: "speaker" });

    audience[0]!.room.send(MSG_S_SLIDES, { deckId: deck.id, page: 0 });
    await until(() => audience[0]!.refusals.some((r) => r.action === MSG_S_SLIDES && r.reason === "not-allowed"), "the audience's slides refused");

    speaker.room.send(MSG_S_SLIDES, { deckId: otherDeck.id, page: 0 });
    await until(() => speaker.refusals.some((r) => r.reason === "no-such-deck"), "another event's deck refused");
    speaker.room.send(MSG_S_SLIDES, { deckId: "not a uuid" });
    await until(() => speaker.refusals.some((r) => r.reason === "malformed"), "a malformed message refused");
    speaker.room.send("no-such-message", { whatever: true });
    expect(speaker.closed).toBeNull();

    speaker.room.send(MSG_S_SLIDES, { deckId: deck.id, page: 0 });
    speaker.room.send(MSG_S_PAGE, { page: 2 });
    speaker.room.send(MSG_S_SPOTLIGHT, { spotlight: { kind: "product", index: 0 } });
    speaker.room.send(MSG_S_COUNTDOWN, { seconds: 10 });
    for (const p of [...audience, speaker]) {
      await until(() => lastStage(p)?.countdownEndsAt != null, "the countdown to reach everyone");
      const stage = lastStage(p)!;
      expect(stage.deck).toEqual({ id: deck.id, title: "Launch deck", pageIds: deck.pageIds });
      expect(stage.page).toBe(2);
      expect(stage.spotlight).toEqual({ kind: "product", name: "SV-200", description: "A 200 W servo", imageId: null, companyName: "Servo Works" });
      expect(stage.countdownEndsAt! - stage.at).toBe(10_000);
    }
    speaker.room.send(MSG_S_PAGE, { page: 3 });
    speaker.room.send(MSG_S_SPOTLIGHT, { spotlight: { kind: "product", index: 1 } });
    await until(() => speaker.refusals.some((r) => r.reason === "no-such-page"), "a page past the deck refused");
    await until(() => speaker.refusals.some((r) => r.reason === "no-such-product"), "a product the company lacks refused");

    // The stage is written through: someone arriving later gets it on joining.
    const stored = await server.db.query<{ page: number }>(`SELECT (stage->>'page')::int AS page FROM events WHERE id = $1`, [eventId]);
    expect(stored.rows[0]!.page).toBe(2);
    const late = await joinStage(server, (await guest()).token, eventId);
    expect(lastStage(late)?.page).toBe(2);
    await leaveAll(speaker, late, ...audience);
  });

  it("opens an overflow instance when the hall is full, which says so and follows the same stage", async () => {
    const presenter = await guest();
    const eventId = await insertEvent(server.db, { people: [{ userId: presenter.user.id, role: "host" }] });
    const deck = await insertEventDeck(server.db, eventId, 5);
    const speaker = await joinStage(server, presenter.token, eventId);
    speaker.room.send(MSG_S_SLIDES, { deckId: deck.id, page: 0 });
    await until(() => lastStage(speaker)?.deck?.id === deck.id, "the deck on screen");
    const main: StageProbe[] = [];
    for (let i = 0; i < HALL; i++) main.push(await joinStage(server, (await guest()).token, eventId));
    const overflow = await joinStage(server, (await guest()).token, eventId);
    expect(main.every((p) => p.room.state.instance === 1)).toBe(true);
    expect(overflow.room.state.instance).toBe(2);
    expect(overflow.room.roomId).not.toBe(speaker.room.roomId);
    expect(lastStage(overflow)?.deck?.id).toBe(deck.id);
    await until(() => overflow.room.state.watchingAll === HALL + 2 && speaker.room.state.watchingAll === HALL + 2, "both halls counting everyone");

    speaker.room.send(MSG_S_PAGE, { page: 4 });
    await until(() => lastStage(overflow)?.page === 4, "the overflow hall to follow the page");
    for (const p of main) await until(() => lastStage(p)?.page === 4, "the main hall to follow the page");
    expect(lastStage(overflow)).toEqual(lastStage(main[0]!));
    await leaveAll(speaker, overflow, ...main);
  });
});

describe("the audience", () => {
  it("asks, upvotes once, sees the queue by votes; a moderator puts a question on screen in every instance and marks it answered", async () => {
    const mod = await guest();
    const eventId = await insertEvent(server.db, { people: [{ userId: mod.user.id, role: "moderator" }] });
    const moderator = await joinStage(server, mod.token, eventId);
    const main: StageProbe[] = [];
    for (let i = 0; i < HALL - 1; i++) main.push(await joinStage(server, (await guest()).token, eventId));
    const overflow = await joinStage(server, (await guest()).token, eventId);
    expect(overflow.room.state.instance).toBe(2);
    const [asker, voter, other] = main as [StageProbe, StageProbe, StageProbe];

    asker.room.send(MSG_S_ASK, { text: "   " });
    asker.room.send(MSG_S_ASK, { text: "x".repeat(301) });
    await until(() => asker.refusals.length === 2, "empty and long questions refused");
    expect(asker.refusals.map((r) => r.reason)).toEqual(["empty", "too-long"]);
    asker.room.send(MSG_S_ASK, { text: "When does it ship?" });
    await until(() => overflow.room.state.questions.size === 1, "the question in the overflow hall's queue");
    overflow.room.send(MSG_S_ASK, { text: "What does it cost?" });
    await until(() => asker.room.state.questions.size === 2, "the second question in the main hall");
    const idOf = (p: StageProbe, text: string) => [...p.room.state.questions.values()].find((q) => q.text === text)!.id;
    const cost = idOf(asker, "What does it cost?");

    voter.room.send(MSG_S_VOTE, { questionId: cost });
    other.room.send(MSG_S_VOTE, { questionId: cost });
    await until(() => asker.room.state.questions.get(cost)?.votes === 2, "two votes counted");
    voter.room.send(MSG_S_VOTE, { questionId: cost });
    await until(() => voter.refusals.some((r) => r.action === MSG_S_VOTE && r.reason === "already-voted"), "the second vote refused");
    const ordered = await server.db.query<{ text: string; votes: number }>(
      `SELECT text, votes FROM event_questions WHERE event_id = $1 ORDER BY votes DESC, created_at`, [eventId]);
    expect(ordered.rows).toEqual([{ text: "What does it cost?", votes: 2 }, { text: "When does it ship?", votes: 0 }]);

    asker.room.send(MSG_S_QUESTION, { questionId: cost, status: "on-screen" });
    await until(() => asker.refusals.some((r) => r.action === MSG_S_QUESTION && r.reason === "not-allowed"), "the audience cannot moderate");
    moderator.room.send(MSG_S_QUESTION, { questionId: cost, status: "on-screen" });
    for (const p of [overflow, ...main, moderator]) {
      await until(() => lastStage(p)?.questionOnScreen?.id === cost, "the question on screen in every hall");
    }
    expect(lastStage(overflow)!.questionOnScreen).toEqual({ id: cost, name: expect.any(String), text: "What does it cost?" });
    moderator.room.send(MSG_S_QUESTION, { questionId: cost, status: "answered" });
    await until(() => lastStage(overflow)?.questionOnScreen === null, "the screen cleared once answered");
    await until(() => !overflow.room.state.questions.has(cost), "the answered question out of the queue");

    // Three questions at once, then one every twenty seconds: the asker has used one.
    for (const text of ["One more", "And another", "Too many"]) asker.room.send(MSG_S_ASK, { text });
    await until(() => asker.refusals.some((r) => r.action === MSG_S_ASK && r.reason === "too-fast"), "the fourth question refused");
    await until(() => asker.room.state.questions.size === 3, "two more questions in the queue");
    expect([...asker.room.state.questions.values()].map((q) => q.text)).not.toContain("Too many");
    const answered = await server.db.query(`SELECT 1 FROM event_questions WHERE id = $1 AND status = 'answered' AND answered_at IS NOT NULL`, [cost]);
    expect(answered.rowCount).toBe(1);
    await leaveAll(moderator, overflow, ...main);
  });

  it("aggregates thirty people's applause into a few messages, within what the allowance lets through", async () => {
    const eventId = await insertEvent(server.db);
    const crowd: StageProbe[] = [];
    for (let i = 0; i < 30; i++) crowd.push(await joinStage(server, (await guest()).token, eventId));
    expect(new Set(crowd.map((p) => p.room.state.instance)).size).toBe(Math.ceil(30 / HALL));
    for (const p of crowd) for (let k = 0; k < REACTION_BURST + 5; k++) p.room.send(MSG_S_REACT, { kind: "applause" });
    const allowed = 30 * REACTION_BURST;
    const applause = (p: StageProbe) => p.reactions.reduce((s, c) => s + c.applause, 0);
    for (const p of crowd) await until(() => applause(p) === allowed, "every hall to hear the whole crowd's applause", 8000);
    for (const p of crowd) {
      // One message per window, whatever the number of people clapping; nobody is told off.
      expect(p.reactions.length).toBeLessThanOrEqual(4);
      expect(p.refusals).toEqual([]);
    }
    await leaveAll(...crowd);
  });
});

describe("moderation and attendance", () => {
  it("mutes someone's questions, and removes someone from every instance for good", async () => {
    const mod = await guest();
    const eventId = await insertEvent(server.db, { people: [{ userId: mod.user.id, role: "host" }] });
    const host = await joinStage(server, mod.token, eventId);
    const loud = await guest();
    const main: StageProbe[] = [await joinStage(server, loud.token, eventId)];
    for (let i = 1; i < HALL; i++) main.push(await joinStage(server, (await guest()).token, eventId));
    const far = await guest();
    const overflow = await joinStage(server, far.token, eventId);
    expect(overflow.room.state.instance).toBe(2);

    host.room.send(MSG_S_MUTE, { userId: loud.user.id, muted: true });
    await until(() => main[0]!.me()?.muted === true, "the muted flag");
    main[0]!.room.send(MSG_S_ASK, { text: "Can I speak?" });
    await until(() => main[0]!.refusals.some((r) => r.reason === "muted"), "a muted question refused");
    host.room.send(MSG_S_MUTE, { userId: loud.user.id, muted: false });
    await until(() => main[0]!.me()?.muted === false, "unmuted");
    main[0]!.room.send(MSG_S_ASK, { text: "Now can I?" });
    await until(() => host.room.state.questions.size === 1, "the question once unmuted");

    main[1]!.room.send(MSG_S_REMOVE, { userId: far.user.id });
    await until(() => main[1]!.refusals.some((r) => r.action === MSG_S_REMOVE && r.reason === "not-allowed"), "the audience cannot remove");
    host.room.send(MSG_S_REMOVE, { userId: far.user.id });
    await until(() => overflow.closed !== null, "the removed person closed in the other instance");
    expect(overflow.closed).toBe(CLOSE_STAGE_REMOVED);
    expect(await refusedJoin(far.token, eventId)).toEqual({ code: 403, message: "a moderator removed you from this event" });
    await leaveAll(host, ...main);
  });

  it("records who watched from when to when, in which instance", async () => {
    const eventId = await insertEvent(server.db);
    const people = [await guest(), await guest(), await guest(), await guest(), await guest()];
    const probes: StageProbe[] = [];
    for (const p of people) probes.push(await joinStage(server, p.token, eventId));
    const rows = () => server.db.query<{ userId: string; instance: number; left: boolean }>(
      `SELECT user_id AS "userId", instance, left_at IS NOT NULL AS left FROM event_attendance WHERE event_id = $1 ORDER BY joined_at`, [eventId]);
    await eventually(async () => (await rows()).rows.length === people.length, "every arrival recorded");
    const now = await rows();
    expect(now.rows.map((r) => r.userId)).toEqual(people.map((p) => p.user.id));
    expect(now.rows.map((r) => r.instance)).toEqual([1, 1, 1, 1, 2]);
    expect(now.rows.every((r) => !r.left)).toBe(true);
    await probes[0]!.room.leave();
    await eventually(async () => (await rows()).rows[0]!.left, "the first leaver's row closed");
    expect((await rows()).rows.filter((r) => r.left)).toHaveLength(1);
    await leaveAll(...probes);
    await eventually(async () => (await rows()).rows.every((r) => r.left), "every row closed");
    expect((await rows()).rows).toHaveLength(people.length);
  });
});

describe("dropped connections and the end", () => {
  it("keeps a dropped person's seat and attendance row; back, they get the stage as it is now", async () => {
    const presenter = await guest();
    const eventId = await insertEvent(server.db, { people: [{ userId: presenter.user.id, role: "speaker" }] });
    const deck = await insertEventDeck(server.db, eventId, 3);
    const speaker = await joinStage(server, presenter.token, eventId);
    const dropperSession = await guest();
    const dropper = await joinStage(server, dropperSession.token, eventId);
    const { sessionId } = dropper.room;
    const seat = dropper.me()!.seat;
    let reconnected = false;
    dropper.room.onReconnect(() => { reconnected = true; });
    const local = matchMaker.getLocalRoomById(dropper.room.roomId)!;
    const serverClient = local.clients.find((c) => c.sessionId === sessionId)!;
    (serverClient.ref as unknown as { terminate(): void }).terminate();
    speaker.room.send(MSG_S_SLIDES, { deckId: deck.id, page: 1 });
    await until(() => reconnected, "the dropper to reconnect", 15_000);
    await until(() => lastStage(dropper)?.page === 1, "the stage as it is now");
    expect(dropper.room.sessionId).toBe(sessionId);
    await until(() => dropper.me()?.seat === seat, "their own seat, kept");
    await until(() => dropper.seen().has(presenter.user.id), "the speaker seen again");
    await leaveAll(speaker, dropper);
    const rows = await server.db.query(`SELECT 1 FROM event_attendance WHERE event_id = $1 AND user_id = $2`, [eventId, dropperSession.user.id]);
    expect(rows.rowCount).toBe(1);
  }, 30_000);

  it("closes the hall when the event is over, recording everyone's leaving", async () => {
    const eventId = await insertEvent(server.db);
    const [a, b] = [await joinStage(server, (await guest()).token, eventId), await joinStage(server, (await guest()).token, eventId)];
    await server.db.query(`UPDATE events SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = $1`, [eventId]);
    await (matchMaker.getLocalRoomById(a.room.roomId) as unknown as StageRoom).checkEnd();
    await until(() => a.closed !== null && b.closed !== null, "both sent home");
    expect([a.closed, b.closed]).toEqual([CLOSE_STAGE_ENDED, CLOSE_STAGE_ENDED]);
    await eventually(async () => (await server.db.query(
      `SELECT 1 FROM event_attendance WHERE event_id = $1 AND left_at IS NOT NULL`, [eventId])).rowCount === 2, "both rows closed");
  });
});

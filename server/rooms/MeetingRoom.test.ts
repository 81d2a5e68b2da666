import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CLOSE_MEETING_DENIED, CLOSE_MEETING_REMOVED, CLOSE_MEETING_REPLACED, MEETING_STROKES_MAX, MSG_M_ADMIT, MSG_M_CALL_NEXT,
  MSG_M_CHAT, MSG_M_CLEAR, MSG_M_DENY, MSG_M_HAND_OVER, MSG_M_LOCK, MSG_M_MUTE, MSG_M_PAGE, MSG_M_REMOVE, MSG_M_SCREEN, MSG_M_STROKE,
} from "../../shared/protocol/meetingMessages.ts";
import type { Session } from "../../shared/protocol/http.ts";
import { queuePlaces } from "../../shared/rules/clinicQueue.ts";
import { parkChannel, type ParkEvent } from "../park/parkEvents.ts";
import { WAITING_ALLOWANCE, type MeetingRoom } from "./MeetingRoom.ts";
import { manager, resident } from "../testing/companyFixtures.ts";
import { joinPark } from "../testing/parkProbe.ts";
import {
  insertBooking, insertDeck, insertMeetingRoom, joinMeeting, openClinicAllWeek, type MeetingProbe,
} from "../testing/meetingFixtures.ts";
import { startTestServer, until, type TestServer } from "../testing/testServer.ts";

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.stop(); });

let people = 0;
const someone = (name = "person"): Promise<Session> => resident(server, `${name}${++people}`, `${name} ${people}`);
const line = { colour: "#dc2626", width: 4, points: [10, 10, 500, 500, 900, 100] } as const;
const statusOf = (watcher: MeetingProbe, sessionId: string) => watcher.room.state.people.get(sessionId)?.status;
const leaveAll = (...probes: MeetingProbe[]) => Promise.all(probes.filter((p) => p.closed === null).map((p) => p.room.leave()));

/** A join the room refuses: the SDK rejects with the server's code. */
async function refusedJoin(token: string, roomId: string): Promise<{ code: number; message: string }> {
  try {
    const probe = await joinMeeting(server, token, roomId);
    await probe.room.leave();
  } catch (e) {
    const err = e as { code: number; message: string };
    return { code: err.code, message: err.message };
  }
  throw new Error("the join was not refused");
}

describe("the meeting room's door", () => {
  it("makes a stranger knock at a private room; the host lets them in, and then they get the room", async () => {
    const expert = await someone("expert");
    const roomId = await insertMeetingRoom(server.db, { visibility: "private", ownerUserId: expert.user.id });
    const host = await joinMeeting(server, expert.token, roomId);
    await until(() => host.welcome !== null, "the host's welcome");
    expect(host.me()?.status).toBe("present");
    expect(host.room.state.hostUserId).toBe(expert.user.id);
    host.room.send(MSG_M_CHAT, { text: "said before anyone knocked" });
    await until(() => host.chat.length === 1, "the host's own line");

    const visitor = await someone("visitor");
    const knocker = await joinMeeting(server, visitor.token, roomId);
    await until(() => statusOf(host, knocker.room.sessionId) === "knocking", "the host to see the knock");
    expect(knocker.me()?.seat).toBe(-1);
    // While waiting, nothing of the room reaches them, and they cannot speak.
    host.room.send(MSG_M_CHAT, { text: "said while someone knocks" });
    await until(() => host.chat.length === 2, "the second line");
    knocker.room.send(MSG_M_CHAT, { text: "let me in" });
    await until(() => knocker.refusals.some((r) => r.action === MSG_M_CHAT && r.reason === "not-present"), "the knocker's chat refused");
    expect(knocker.content).toEqual([]);

    host.room.send(MSG_M_ADMIT, { sessionId: knocker.room.sessionId });
    await until(() => knocker.welcome !== null, "the welcome once let in");
    expect(knocker.me()?.status).toBe("present");
    expect(knocker.me()?.seat).toBe(1);
    expect(knocker.welcome!.chat.map((l) => l.text)).toEqual(["said before anyone knocked", "said while someone knocks"]);
    knocker.room.send(MSG_M_CHAT, { text: "thank you" });
    await until(() => host.chat.some((l) => l.text === "thank you" && l.userId === visitor.user.id), "the host to hear the newcomer");

    // A second knocker is sent away.
    const other = await someone("unwanted");
    const denied = await joinMeeting(server, other.token, roomId);
    await until(() => statusOf(host, denied.room.sessionId) === "knocking", "the second knock");
    host.room.send(MSG_M_DENY, { sessionId: denied.room.sessionId });
    await until(() => denied.closed !== null, "the denied knocker to be sent away");
    expect(denied.closed).toBe(CLOSE_MEETING_DENIED);
    expect(denied.content).toEqual([]);
    await until(() => !host.room.state.people.has(denied.room.sessionId), "the denied knocker gone from the list");
    await leaveAll(host, knocker);
  });

  it("keeps strangers and guests out of an invite-only room, and lets a booking's invitee in with the booker as host", async () => {
    const owner = await someone("owner");
    const booker = await someone("booker");
    const invitee = await someone("invitee");
    const stranger = await someone("stranger");
    const roomId = await insertMeetingRoom(server.db, { visibility: "invite-only", ownerUserId: owner.user.id });
    await insertBooking(server.db, roomId, { bookerId: booker.user.id, inviteeIds: [invitee.user.id], title: "Quarterly review" });

    const inviteeProbe = await joinMeeting(server, invitee.token, roomId);
    await until(() => inviteeProbe.welcome !== null, "the invitee's welcome");
    expect(inviteeProbe.me()?.status).toBe("present");
    expect(inviteeProbe.room.state.bookingTitle).toBe("Quarterly review");
    expect(inviteeProbe.room.state.hostUserId).toBe(invitee.user.id); // the only one here, for now

    const bookerProbe = await joinMeeting(server, booker.token, roomId);
    await until(() => inviteeProbe.room.state.hostUserId === booker.user.id, "the booker to take the host's role");
    const ownerProbe = await joinMeeting(server, owner.token, roomId);
    await until(() => ownerProbe.welcome !== null, "the owner's welcome");
    expect(ownerProbe.room.state.hostUserId).toBe(booker.user.id);

    expect(await refusedJoin(stranger.token, roomId)).toEqual({ code: 403, message: "this room is for invited people only" });
    expect((await refusedJoin((await server.guest()).token, roomId)).code).toBe(403);
    await leaveAll(inviteeProbe, bookerProbe, ownerProbe);
  });

  it("has no room behind an unknown id", async () => {
    const who = await someone();
    expect((await refusedJoin(who.token, "00000000-0000-4000-8000-000000000000")).code).toBe(404);
  });

  it("lets guests walk into a public room but not speak, and records their time inside when they leave", async () => {
    const roomId = await insertMeetingRoom(server.db, { visibility: "public" });
    const session = await server.guest();
    const guest = await joinMeeting(server, session.token, roomId);
    await until(() => guest.welcome !== null, "the guest's welcome");
    guest.room.send(MSG_M_CHAT, { text: "hello" });
    await until(() => guest.refusals.some((r) => r.reason === "not-allowed"), "the guest's chat refused");
    await guest.room.leave();
    const attendance = async () => (await server.db.query<{ user_id: string; in_order: boolean }>(
      "SELECT user_id, joined_at <= left_at AS in_order FROM meeting_attendance WHERE room_id = $1", [roomId],
    )).rows;
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && (await attendance()).length === 0) await new Promise((r) => setTimeout(r, 50));
    expect(await attendance()).toEqual([{ user_id: session.user.id, in_order: true }]);
  });

  it("refuses the third person at a room for two, and never overfills under concurrent joins", async () => {
    const roomId = await insertMeetingRoom(server.db, { capacity: 2 });
    const [a, b, c] = [await someone(), await someone(), await someone()];
    const first = await joinMeeting(server, a.token, roomId);
    const second = await joinMeeting(server, b.token, roomId);
    expect(await refusedJoin(c.token, roomId)).toEqual({ code: 409, message: "this room is full (2 people)" });
    await leaveAll(first, second);

    const rush = await insertMeetingRoom(server.db, { capacity: 2 });
    const crowd = await Promise.all(Array.from({ length: 6 }, () => someone("rush")));
    const results = await Promise.allSettled(crowd.map((p) => joinMeeting(server, p.token, rush)));
    const inside = results.filter((r): r is PromiseFulfilledResult<MeetingProbe> => r.status === "fulfilled").map((r) => r.value);
    expect(inside.length).toBe(2);
    for (const r of results) if (r.status === "rejected") expect((r.reason as { code: number }).code).toBe(409);
    const seats = [...inside[0]!.room.state.people.values()].map((p) => p.seat).sort();
    expect(seats).toEqual([0, 1]);
    await leaveAll(...inside);
  });

  it("gives an account joining again the same place and ends the older session", async () => {
    const roomId = await insertMeetingRoom(server.db, {});
    const me = await someone("twice");
    const other = await someone();
    const firstTab = await joinMeeting(server, me.token, roomId);
    const watcher = await joinMeeting(server, other.token, roomId);
    await until(() => firstTab.welcome !== null, "the first tab's welcome");
    expect(watcher.room.state.hostUserId).toBe(me.user.id);
    const seat = firstTab.me()!.seat;
    const secondTab = await joinMeeting(server, me.token, roomId);
    await until(() => firstTab.closed !== null, "the first tab to be closed");
    expect(firstTab.closed).toBe(CLOSE_MEETING_REPLACED);
    expect(secondTab.me()?.seat).toBe(seat);
    // The host who reloads is still the host.
    expect(secondTab.room.state.hostUserId).toBe(me.user.id);
    await until(() => watcher.room.state.people.size === 2, "one entry for the account");
    await leaveAll(watcher, secondTab);
  });
});

describe("the clock", () => {
  /** The live room, to stand in for its minute timer. */
  const live = (probe: MeetingProbe) => matchMaker.getLocalRoomById(probe.room.roomId) as unknown as MeetingRoom;

  it("makes the booker host when their slot starts, and shows the booking", async () => {
    const roomId = await insertMeetingRoom(server.db, {});
    const [a, b] = [await someone("early"), await someone("booker")];
    const pa = await joinMeeting(server, a.token, roomId);
    const pb = await joinMeeting(server, b.token, roomId);
    await until(() => pb.room.state.hostUserId === a.user.id, "the earliest arrival to host");
    const endsAt = new Date(Date.now() + 1_800_000);
    await insertBooking(server.db, roomId, { bookerId: b.user.id, title: "Design review", startsAt: new Date(Date.now() - 1000), endsAt });
    await live(pa).refresh();
    await until(() => pa.room.state.hostUserId === b.user.id, "the booker to host");
    expect(pa.room.state.bookingTitle).toBe("Design review");
    expect(pa.room.state.bookingEndsAt).toBe(endsAt.toISOString());
    // The same booking on the next minute does not take the role back from someone it was handed to.
    pb.room.send(MSG_M_HAND_OVER, { userId: a.user.id });
    await until(() => pa.room.state.hostUserId === a.user.id, "the hand-over");
    await live(pa).refresh();
    expect(live(pa).state.hostUserId).toBe(a.user.id);
    await leaveAll(pa, pb);
  });

  it("opens the clinic's queue when its hours begin", async () => {
    const expert = await someone("expert");
    const roomId = await insertMeetingRoom(server.db, { kind: "clinic", ownerUserId: expert.user.id });
    const host = await joinMeeting(server, expert.token, roomId);
    const early = await joinMeeting(server, (await someone("early")).token, roomId);
    expect(host.room.state.clinicOpen).toBe(false);
    expect(early.me()?.status).toBe("present");
    await openClinicAllWeek(server.db, roomId);
    await live(host).refresh();
    await until(() => host.room.state.clinicOpen, "the clinic to open");
    const visitor = await joinMeeting(server, (await someone("visitor")).token, roomId);
    expect(visitor.me()).toMatchObject({ status: "queued", ticket: 1 });
    await leaveAll(host, early, visitor);
  });
});

describe("a crowd at the door", () => {
  it("lets a bounded number wait, and keeps one instance of the room however many come", async () => {
    const roomId = await insertMeetingRoom(server.db, { kind: "clinic", capacity: 2 });
    await openClinicAllWeek(server.db, roomId);
    const queue: MeetingProbe[] = [];
    for (let i = 0; i < WAITING_ALLOWANCE; i++) queue.push(await joinMeeting(server, (await server.guest()).token, roomId));
    expect(new Set(queue.map((q) => q.room.roomId)).size).toBe(1);
    expect(queue.at(-1)!.me()?.ticket).toBe(WAITING_ALLOWANCE);
    expect(await refusedJoin((await server.guest()).token, roomId)).toEqual({ code: 409, message: `too many people are waiting at this door (${WAITING_ALLOWANCE})` });
    // People inside are still let in while the queue is long.
    const boss = await manager(server, `boss${++people}`);
    const inside = await joinMeeting(server, boss.token, roomId);
    expect(inside.me()?.status).toBe("present");
    expect(inside.room.roomId).toBe(queue[0]!.room.roomId);
    await leaveAll(inside, ...queue);
  }, 30_000);
});

describe("dropped connections", () => {
  const cut = (probe: MeetingProbe) => {
    const room = matchMaker.getLocalRoomById(probe.room.roomId)!;
    const serverClient = room.clients.find((c) => c.sessionId === probe.room.sessionId)!;
    (serverClient.ref as unknown as { terminate(): void }).terminate();
  };

  it("keeps a dropped person's seat for their client, which reconnects and gets the room again", async () => {
    const roomId = await insertMeetingRoom(server.db, {});
    const [h, d] = [await someone("host"), await someone("dropper")];
    const host = await joinMeeting(server, h.token, roomId);
    const dropper = await joinMeeting(server, d.token, roomId);
    await until(() => dropper.welcome !== null, "the first welcome");
    const { sessionId } = dropper.room;
    const seat = dropper.me()!.seat;
    let reconnected = false;
    dropper.room.onReconnect(() => { reconnected = true; });
    dropper.welcome = null;
    cut(dropper);
    host.room.send(MSG_M_CHAT, { text: "said while you were away" });
    await until(() => reconnected, "the dropper to reconnect", 15_000);
    await until(() => dropper.welcome !== null, "a fresh welcome");
    expect(dropper.welcome!.chat.map((l) => l.text)).toContain("said while you were away");
    expect(dropper.room.sessionId).toBe(sessionId);
    expect(host.room.state.people.get(sessionId)?.seat).toBe(seat);
    dropper.room.send(MSG_M_CHAT, { text: "back again" });
    await until(() => host.chat.some((l) => l.text === "back again" && l.userId === d.user.id), "the reconnected client to speak");
    await leaveAll(host, dropper);
  }, 30_000);

  it("lets a dropped knocker go at once", async () => {
    const owner = await someone("owner");
    const roomId = await insertMeetingRoom(server.db, { visibility: "private", ownerUserId: owner.user.id });
    const host = await joinMeeting(server, owner.token, roomId);
    const knocker = await joinMeeting(server, (await someone("knocker")).token, roomId);
    await until(() => statusOf(host, knocker.room.sessionId) === "knocking", "the knock");
    cut(knocker);
    await until(() => !host.room.state.people.has(knocker.room.sessionId), "the knocker gone");
    await leaveAll(host);
  });
});

describe("host controls", () => {
  it("refuses them to anyone but the host", async () => {
    const roomId = await insertMeetingRoom(server.db, {});
    const [h, o] = [await someone("host"), await someone("other")];
    const host = await joinMeeting(server, h.token, roomId);
    const other = await joinMeeting(server, o.token, roomId);
    await until(() => other.welcome !== null, "the other's welcome");
    expect(other.room.state.hostUserId).toBe(h.user.id);
    other.room.send(MSG_M_ADMIT, { sessionId: host.room.sessionId });
    other.room.send(MSG_M_MUTE, { userId: h.user.id, muted: true });
    other.room.send(MSG_M_REMOVE, { userId: h.user.id });
    other.room.send(MSG_M_LOCK, { locked: true });
    other.room.send(MSG_M_HAND_OVER, { userId: o.user.id });
    other.room.send(MSG_M_CLEAR);
    await until(() => other.refusals.length === 6, "six refusals");
    expect(other.refusals.map((r) => r.reason)).toEqual(Array(6).fill("not-host"));
    expect(other.refusals.map((r) => r.action)).toEqual([MSG_M_ADMIT, MSG_M_MUTE, MSG_M_REMOVE, MSG_M_LOCK, MSG_M_HAND_OVER, MSG_M_CLEAR]);
    expect(host.room.state.locked).toBe(false);
    expect(host.me()?.muted).toBe(false);
    await leaveAll(host, other);
  });

  it("mutes and unmutes someone's chat", async () => {
    const roomId = await insertMeetingRoom(server.db, {});
    const [h, t] = [await someone("host"), await someone("talker")];
    const host = await joinMeeting(server, h.token, roomId);
    const talker = await joinMeeting(server, t.token, roomId);
    await until(() => talker.welcome !== null, "the talker's welcome");
    host.room.send(MSG_M_MUTE, { userId: t.user.id, muted: true });
    await until(() => talker.me()?.muted === true, "the talker to be muted");
    talker.room.send(MSG_M_CHAT, { text: "can you hear me" });
    await until(() => talker.refusals.some((r) => r.reason === "muted"), "the muted line refused");
    host.room.send(MSG_M_MUTE, { userId: t.user.id, muted: false });
    await until(() => talker.me()?.muted === false, "the talker to be unmuted");
    talker.room.send(MSG_M_CHAT, { text: "now you can" });
    await until(() => host.chat.some((l) => l.text === "now you can"), "the unmuted line");
    expect(host.chat.map((l) => l.text)).toEqual(["now you can"]);
    await leaveAll(host, talker);
  });

  it("removes someone, who cannot come back while the room lives", async () => {
    const roomId = await insertMeetingRoom(server.db, {});
    const [h, t] = [await someone("host"), await someone("troll")];
    const host = await joinMeeting(server, h.token, roomId);
    const troll = await joinMeeting(server, t.token, roomId);
    await until(() => troll.welcome !== null, "the troll's welcome");
    host.room.send(MSG_M_REMOVE, { userId: t.user.id });
    await until(() => troll.closed !== null, "the troll to be removed");
    expect(troll.closed).toBe(CLOSE_MEETING_REMOVED);
    expect(await refusedJoin(t.token, roomId)).toEqual({ code: 403, message: "the host removed you from this room" });
    await host.room.leave();
  });

  it("locks the room against newcomers and unlocks it", async () => {
    const roomId = await insertMeetingRoom(server.db, {});
    const [h, n] = [await someone("host"), await someone("late")];
    const host = await joinMeeting(server, h.token, roomId);
    host.room.send(MSG_M_LOCK, { locked: true });
    await until(() => host.room.state.locked, "the lock");
    expect(await refusedJoin(n.token, roomId)).toEqual({ code: 423, message: "the host has locked this room" });
    // A park manager is of a park room's owner side: the lock does not bind them.
    const boss = await manager(server, `boss${++people}`);
    const managerProbe = await joinMeeting(server, boss.token, roomId);
    expect(managerProbe.me()?.status).toBe("present");
    host.room.send(MSG_M_LOCK, { locked: false });
    await until(() => !host.room.state.locked, "the unlock");
    const late = await joinMeeting(server, n.token, roomId);
    expect(late.me()?.status).toBe("present");
    await leaveAll(host, managerProbe, late);
  });

  it("hands the host's role over to someone present, and passes it on when the host leaves", async () => {
    const roomId = await insertMeetingRoom(server.db, {});
    const [a, b, c] = [await someone("a"), await someone("b"), await someone("c")];
    const pa = await joinMeeting(server, a.token, roomId);
    const pb = await joinMeeting(server, b.token, roomId);
    const pc = await joinMeeting(server, c.token, roomId);
    await until(() => pc.welcome !== null, "c's welcome");
    pa.room.send(MSG_M_HAND_OVER, { userId: "00000000-0000-4000-8000-000000000000" });
    await until(() => pa.refusals.some((r) => r.reason === "no-such-person"), "a hand-over to nobody refused");
    pa.room.send(MSG_M_HAND_OVER, { userId: c.user.id });
    await until(() => pb.room.state.hostUserId === c.user.id, "c to host");
    pa.room.send(MSG_M_LOCK, { locked: true });
    await until(() => pa.refusals.some((r) => r.reason === "not-host"), "the former host refused");
    await pc.room.leave();
    // The host left: the earliest arrival still here takes over.
    await until(() => pb.room.state.hostUserId === a.user.id, "a to host again");
    await leaveAll(pa, pb);
  });

  it("answers malformed payloads with a refusal and keeps the connection", async () => {
    const roomId = await insertMeetingRoom(server.db, {});
    const h = await someone("host");
    const host = await joinMeeting(server, h.token, roomId);
    await until(() => host.welcome !== null, "the welcome");
    host.room.send(MSG_M_CHAT, { text: 42 });
    host.room.send(MSG_M_STROKE, { colour: "#123456", width: 3, points: [1, 2] });
    host.room.send(MSG_M_STROKE, { colour: "#dc2626", width: 3, points: [1, 2, 3] });
    host.room.send(MSG_M_LOCK, "yes");
    host.room.send(MSG_M_SCREEN, { mode: "slides" });
    host.room.send(MSG_M_ADMIT, null);
    host.room.send("m-not-a-message", { anything: true });
    await until(() => host.refusals.length === 6, "six refusals");
    expect(host.refusals.every((r) => r.reason === "malformed")).toBe(true);
    host.room.send(MSG_M_CHAT, { text: "still here" });
    await until(() => host.chat.some((l) => l.text === "still here"), "chat after the bad input");
    expect(host.closed).toBeNull();
    await host.room.leave();
  });
});

describe("the room's content", () => {
  it("shows slides the host picks on every present screen, never a knocker's, and written to the room first", async () => {
    const owner = await someone("presenter");
    const roomId = await insertMeetingRoom(server.db, { visibility: "private", ownerUserId: owner.user.id });
    const otherRoom = await insertMeetingRoom(server.db, {});
    const deck = await insertDeck(server.db, roomId, 3, "Launch plan");
    const foreign = await insertDeck(server.db, otherRoom, 2);
    const guestOfOwner = await someone("colleague");
    await insertBooking(server.db, roomId, { bookerId: owner.user.id, inviteeIds: [guestOfOwner.user.id] });
    const host = await joinMeeting(server, owner.token, roomId);
    const viewer = await joinMeeting(server, guestOfOwner.token, roomId);
    const knocker = await joinMeeting(server, (await someone("outsider")).token, roomId);
    await until(() => statusOf(host, knocker.room.sessionId) === "knocking", "the knock");
    await until(() => viewer.welcome !== null, "the viewer's welcome");
    expect(viewer.welcome!.screen).toEqual({ mode: "none", deck: null, page: 0 });

    host.room.send(MSG_M_SCREEN, { mode: "slides", deckId: foreign.id, page: 0 });
    host.room.send(MSG_M_SCREEN, { mode: "slides", deckId: deck.id, page: 3 });
    await until(() => host.refusals.length === 2, "two refused screens");
    expect(host.refusals.map((r) => r.reason)).toEqual(["no-such-deck", "no-such-page"]);

    host.room.send(MSG_M_SCREEN, { mode: "slides", deckId: deck.id });
    host.room.send(MSG_M_PAGE, { page: 1 });
    host.room.send(MSG_M_PAGE, { page: 2 });
    host.room.send(MSG_M_PAGE, { page: 5 });
    await until(() => viewer.screens.length === 3 && host.screens.length === 3, "three screens for both");
    expect(viewer.screens.map((s) => s.page)).toEqual([0, 1, 2]);
    expect(viewer.screens[0]!.deck).toEqual({ id: deck.id, title: "Launch plan", pageIds: deck.pageIds });
    await until(() => host.refusals.length === 3, "the page past the end refused");
    expect(host.refusals[2]).toEqual({ action: MSG_M_PAGE, reason: "no-such-page" });
    viewer.room.send(MSG_M_PAGE, { page: 0 });
    await until(() => viewer.refusals.some((r) => r.reason === "not-host"), "the viewer cannot turn pages");

    const { rows } = await server.db.query(`SELECT screen_mode, screen_deck_id, screen_page FROM meeting_rooms WHERE id = $1`, [roomId]);
    expect(rows[0]).toEqual({ screen_mode: "slides", screen_deck_id: deck.id, screen_page: 2 });
    expect(knocker.content).toEqual([]);

    // Someone let in later starts from the page shown now.
    host.room.send(MSG_M_ADMIT, { sessionId: knocker.room.sessionId });
    await until(() => knocker.welcome !== null, "the late welcome");
    expect(knocker.welcome!.screen.page).toBe(2);
    expect(knocker.welcome!.screen.deck?.id).toBe(deck.id);
    await leaveAll(host, viewer, knocker);
  });

  it("sends every stroke to everyone present, clears on the host's word, and stops at a full board", async () => {
    const roomId = await insertMeetingRoom(server.db, {});
    const [h, d] = [await someone("host"), await someone("drawer")];
    const host = await joinMeeting(server, h.token, roomId);
    const drawer = await joinMeeting(server, d.token, roomId);
    await until(() => drawer.welcome !== null, "the drawer's welcome");
    drawer.room.send(MSG_M_STROKE, line);
    host.room.send(MSG_M_STROKE, { ...line, colour: "#2563eb" });
    await until(() => host.strokes.length === 2 && drawer.strokes.length === 2, "both strokes to both");
    expect(host.strokes.map((s) => s.userId).sort()).toEqual([d.user.id, h.user.id].sort());
    expect(drawer.strokes[0]!.points).toEqual(line.points);
    expect(drawer.strokes).toEqual(host.strokes);

    host.room.send(MSG_M_CLEAR);
    await until(() => drawer.cleared === 1, "the clear");
    const { rows } = await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM meeting_strokes WHERE room_id = $1`, [roomId]);
    expect(rows[0]!.n).toBe(0);

    // A board at its limit refuses more until cleared (filled by SQL: drawing 3000 takes minutes at the rate limit).
    await server.db.query(
      `INSERT INTO meeting_strokes (room_id, user_id, colour, width, points)
       SELECT $1, $2, '#1f2937', 2, '{1,1,2,2}' FROM generate_series(1, $3::int)`, [roomId, h.user.id, MEETING_STROKES_MAX],
    );
    await leaveAll(host, drawer);
    await until(() => matchMaker.getLocalRoomById(host.room.roomId) === undefined, "the empty room to close");
    const again = await joinMeeting(server, h.token, roomId);
    await until(() => again.welcome !== null, "the welcome to the full board");
    expect(again.welcome!.strokes.length).toBe(MEETING_STROKES_MAX);
    again.room.send(MSG_M_STROKE, line);
    await until(() => again.refusals.some((r) => r.reason === "board-full"), "the stroke past the limit refused");
    again.room.send(MSG_M_CLEAR);
    await until(() => again.cleared === 1, "the clear");
    again.room.send(MSG_M_STROKE, line);
    await until(() => again.strokes.length === 1, "drawing again");
    await again.room.leave();
  });

  it("limits how fast one person draws", async () => {
    const roomId = await insertMeetingRoom(server.db, {});
    const host = await joinMeeting(server, (await someone("scribbler")).token, roomId);
    await until(() => host.welcome !== null, "the welcome");
    // 30 at once: past the bucket's burst of 20, under the room's flood limit of 40 messages a second.
    for (let i = 0; i < 30; i++) host.room.send(MSG_M_STROKE, line);
    await until(() => host.strokes.length + host.refusals.length === 30, "an answer to every stroke");
    expect(host.refusals.every((r) => r.reason === "too-fast")).toBe(true);
    expect(host.refusals.length).toBeGreaterThan(0);
    expect(host.strokes.length).toBeGreaterThanOrEqual(20);
    await host.room.leave();
  });

  it("refuses a line or stroke the database cannot store, tells nobody of it, and carries on", async () => {
    const roomId = await insertMeetingRoom(server.db, {});
    const [a, b] = [await joinMeeting(server, (await someone()).token, roomId), await joinMeeting(server, (await someone()).token, roomId)];
    await until(() => b.welcome !== null, "b's welcome");
    // A real failure of the store: the tables are out of reach for a moment.
    await server.db.query(`ALTER TABLE meeting_messages RENAME TO meeting_messages_away`);
    await server.db.query(`ALTER TABLE meeting_strokes RENAME TO meeting_strokes_away`);
    try {
      a.room.send(MSG_M_CHAT, { text: "lost" });
      a.room.send(MSG_M_STROKE, line);
      await until(() => a.refusals.length === 2, "two refusals");
      expect(a.refusals).toEqual([{ action: MSG_M_CHAT, reason: "unavailable" }, { action: MSG_M_STROKE, reason: "unavailable" }]);
    } finally {
      await server.db.query(`ALTER TABLE meeting_messages_away RENAME TO meeting_messages`);
      await server.db.query(`ALTER TABLE meeting_strokes_away RENAME TO meeting_strokes`);
    }
    a.room.send(MSG_M_CHAT, { text: "kept" });
    await until(() => b.chat.length === 1, "the next line");
    expect(b.chat[0]!.text).toBe("kept");
    expect(b.strokes).toEqual([]);
    await leaveAll(a, b);
  });

  it("keeps the chat, and gives a newcomer the last lines oldest first", async () => {
    const roomId = await insertMeetingRoom(server.db, {});
    const first = await someone("first");
    const talker = await joinMeeting(server, first.token, roomId);
    for (let i = 0; i < 3; i++) talker.room.send(MSG_M_CHAT, { text: `line ${i}` });
    await until(() => talker.chat.length === 3, "three lines");
    const late = await joinMeeting(server, (await someone("late")).token, roomId);
    await until(() => late.welcome !== null, "the welcome");
    expect(late.welcome!.chat.map((l) => l.text)).toEqual(["line 0", "line 1", "line 2"]);
    expect(late.welcome!.chat[0]).toMatchObject({ userId: first.user.id, name: first.user.displayName, role: "resident" });
    await leaveAll(talker, late);
  });
});

describe("an expert clinic", () => {
  it("hands visitors numbered tickets in order; call-next lets the first in; the visit is recorded for the pace", async () => {
    const expert = await someone("clinician");
    const roomId = await insertMeetingRoom(server.db, { kind: "clinic", ownerUserId: expert.user.id, capacity: 2 });
    await openClinicAllWeek(server.db, roomId);
    const host = await joinMeeting(server, expert.token, roomId);
    await until(() => host.welcome !== null, "the expert's welcome");
    expect(host.room.state.clinicOpen).toBe(true);
    expect(host.room.state.minutesPerVisit).toBe(15);

    const visitors: MeetingProbe[] = [];
    for (let i = 0; i < 3; i++) visitors.push(await joinMeeting(server, (await someone("patient")).token, roomId));
    await until(() => visitors.every((v) => v.me()?.status === "queued"), "three in the queue");
    await until(() => host.room.state.people.size === 4, "the expert to see the queue");
    expect(visitors.map((v) => v.me()!.ticket)).toEqual([1, 2, 3]);
    const tickets = () => [...host.room.state.people.values()].filter((p) => p.status === "queued").map((p) => p.ticket);
    expect(queuePlaces(tickets(), host.room.state.minutesPerVisit).get(3)).toEqual({ place: 3, waitMinutes: 45 });
    expect(visitors.every((v) => v.content.length === 0)).toBe(true);

    host.room.send(MSG_M_CALL_NEXT);
    await until(() => visitors[0]!.welcome !== null, "the first visitor called in");
    expect(visitors[0]!.me()?.status).toBe("present");
    await until(() => visitors[2]!.room.state.people.get(visitors[0]!.room.sessionId)?.status === "present", "the others to see it");
    const places = queuePlaces(tickets(), visitors[2]!.room.state.minutesPerVisit);
    expect(places.get(2)?.place).toBe(1);
    expect(places.get(3)?.place).toBe(2);

    // The room holds two: the expert and one visitor. The next call waits for a seat.
    host.room.send(MSG_M_CALL_NEXT);
    await until(() => host.refusals.some((r) => r.action === MSG_M_CALL_NEXT && r.reason === "full"), "no seat for the next");
    await visitors[0]!.room.leave();
    await until(async0(() => server.db.query(`SELECT 1 FROM meeting_consultations WHERE room_id = $1`, [roomId])), "the consultation recorded");
    // A visit of a moment: the clinic's pace is now its floor of one minute a visitor.
    await until(() => host.room.state.minutesPerVisit === 1, "the pace learnt from the visit");
    host.room.send(MSG_M_CALL_NEXT);
    await until(() => visitors[1]!.welcome !== null, "the second visitor called in");
    await visitors[1]!.room.leave();
    host.room.send(MSG_M_CALL_NEXT);
    await until(() => visitors[2]!.welcome !== null, "the third visitor called in");
    await visitors[2]!.room.leave();
    host.room.send(MSG_M_CALL_NEXT);
    await until(() => host.refusals.some((r) => r.reason === "queue-empty"), "nobody left to call");
    await host.room.leave();
  });
});

describe("the park's view of a meeting room", () => {
  it("shows on the door's sign in the park how many are inside, and whether it is locked", async () => {
    // A room seeded with the parks, whose door stands in the home park's layout.
    const roomId = "5eed0000-0000-4000-8000-00000000a001";
    const park = await joinPark(server, (await server.guest()).token, "home");
    await until(() => park.room.state.rooms.has(roomId), "the room's sign in the park");
    const sign = () => park.room.state.rooms.get(roomId)!;
    expect(sign().present).toBe(0);
    const a = await joinMeeting(server, (await someone("walker")).token, roomId);
    const b = await joinMeeting(server, (await someone("walker")).token, roomId);
    await until(() => sign().present === 2, "two on the sign");
    a.room.send(MSG_M_LOCK, { locked: true });
    await until(() => sign().locked, "the lock on the sign");
    await leaveAll(a, b);
    await until(() => sign().present === 0 && !sign().locked, "the sign back to an empty room");
    await park.room.leave();
  });

  it("hears how many are inside and whether it is locked, and zero when it empties", async () => {
    const roomId = await insertMeetingRoom(server.db, { parkId: "changshu-enclave" });
    const events: ParkEvent[] = [];
    const listener = (e: ParkEvent) => { if (e.kind === "room-occupancy" && e.roomId === roomId) events.push(e); };
    await matchMaker.presence.subscribe(parkChannel("changshu-enclave"), listener);
    try {
      const a = await joinMeeting(server, (await someone()).token, roomId);
      const b = await joinMeeting(server, (await someone()).token, roomId);
      await until(() => events.some((e) => e.kind === "room-occupancy" && e.present === 2), "two inside");
      const listing = (await matchMaker.query({ name: "meeting" })).find((r) => (r.metadata as { meetingRoomId?: string }).meetingRoomId === roomId);
      expect(listing?.metadata).toMatchObject({ meetingRoomId: roomId, parkId: "changshu-enclave", present: 2, locked: false });
      a.room.send(MSG_M_LOCK, { locked: true });
      await until(() => events.some((e) => e.kind === "room-occupancy" && e.locked), "the lock");
      await leaveAll(a, b);
      await until(() => events.at(-1)?.kind === "room-occupancy" && (events.at(-1) as { present: number }).present === 0, "empty again");
    } finally {
      await matchMaker.presence.unsubscribe(parkChannel("changshu-enclave"), listener);
    }
  });
});

/** A condition read from the database, polled through `until` (which wants a synchronous check). */
function async0(query: () => Promise<{ rowCount: number | null }>): () => boolean {
  let found = false;
  let pending = false;
  return () => {
    if (!pending && !found) {
      pending = true;
      void query().then((r) => { found = (r.rowCount ?? 0) > 0; pending = false; });
    }
    return found;
  };
}

import { type Client, type Deferred, Room, ServerError } from "@colyseus/core";
import { PARK_TIME_ZONE, RECONNECT_GRACE_SECONDS } from "../../shared/constants.ts";
import {
  CLOSE_MEETING_DENIED, CLOSE_MEETING_REMOVED, CLOSE_MEETING_REPLACED, HandOverMessage, LockMessage, MSG_M_ADMIT, MSG_M_CALL_NEXT,
  MSG_M_CHAT, MSG_M_CHAT_LINE, MSG_M_CLEAR, MSG_M_CLEARED, MSG_M_DENY, MSG_M_HAND_OVER, MSG_M_LOCK, MSG_M_MUTE, MSG_M_PAGE,
  MSG_M_REFUSED, MSG_M_REMOVE, MSG_M_SCREEN, MSG_M_SCREEN_STATE, MSG_M_STROKE, MSG_M_STROKE_ADDED, MSG_M_WELCOME, MuteMessage,
  RemoveMessage, SessionTarget, type MeetingRefusal, type MeetingRefusalReason,
} from "../../shared/protocol/meetingMessages.ts";
import { MeetingJoinOptions } from "../../shared/protocol/rooms.ts";
import { PROTOCOL_VERSION } from "../../shared/protocol/version.ts";
import { clinicOpenAt } from "../../shared/rules/clinicHours.ts";
import { nextInQueue } from "../../shared/rules/clinicQueue.ts";
import { atTheDoor, chooseHost } from "../../shared/rules/meetingAccess.ts";
import { can } from "../../shared/rules/permissions.ts";
import { MeetingState, Participant } from "../../shared/schema/meeting.ts";
import type { Db } from "../db/pool.ts";
import { findAvatarLooks } from "../db/repositories/avatarLooks.ts";
import { insertConsultation } from "../db/repositories/meetingContent.ts";
import { findMeetingRoom, runningBooking, type RunningBooking } from "../db/repositories/meetingRooms.ts";
import type { Logger } from "../logger.ts";
import { MeetingContent, type Outcome } from "../meeting/MeetingContent.ts";
import { countPresent, freeSeat, hostCandidates, type PersonAtMeeting } from "../meeting/meetingPeople.ts";
import { publishParkEvent } from "../park/parkEvents.ts";
import type { Accounts, Actor } from "../services/accounts.ts";
import { clinicPace, doorFacts, doorOf, loadClinicHours } from "../services/meetingDoor.ts";

export interface MeetingRoomDeps { accounts: Accounts; db: Db; log: Logger }

/** Who may come to a meeting room's door at all: a valid session, well-formed options. Whether
 * they get in is the room's own decision (onJoin), from shared/rules/meetingAccess.ts. */
export async function authorizeMeetingJoin(accounts: Accounts, token: string, options: unknown): Promise<Actor> {
  const parsed = MeetingJoinOptions.safeParse(options);
  if (!parsed.success) throw new ServerError(400, "join options must name a meeting room (meetingRoomId) and the protocol version");
  if (parsed.data.protocol !== PROTOCOL_VERSION) {
    throw new ServerError(426, `this server speaks protocol ${PROTOCOL_VERSION}, the client ${parsed.data.protocol}: reload the page`);
  }
  const actor = token ? await accounts.authenticate(token) : null;
  if (!actor) throw new ServerError(401, "sign in or enter as a guest first");
  if (!can(actor.user.role, "park.enter")) throw new ServerError(403, "you may not enter meeting rooms");
  return actor;
}

/** People who may wait at the door (knocking or queued) on top of the seats. The room counts them
 * itself rather than through Colyseus's maxClients: a room full by maxClients is locked for
 * matchmaking, and joinOrCreate would then open a second instance of the same meeting room. */
export const WAITING_ALLOWANCE = 30;
/** Bookings and clinic hours change with the clock: the room looks again this often. */
const REFRESH_MS = 60_000;

/** What the room remembers about each session beside its schema Participant. */
interface Visit {
  ownerSide: boolean;
  arrival: number;
  /** Content messages go only to people who got the welcome (everything up to then). */
  welcomed: boolean;
  /** A clinic visitor called in from the queue: when their consultation began. */
  consultingSince: Date | null;
}

type MeetingClient = Client<{ auth: Actor }>;

/**
 * One meeting room, live: who is inside and who waits at the door (schema state), the host's
 * controls, and the room's content (MeetingContent: screen, whiteboard, chat) sent only to the
 * people inside. Thin: the door and host rules are shared/rules/meetingAccess.ts.
 */
export class MeetingRoom extends Room<{ state: MeetingState; client: MeetingClient }> {
  /** Set by a subclass in the server wiring (createEnclaveServer), which also binds onAuth. */
  static deps: MeetingRoomDeps;

  override maxMessagesPerSecond = 40;
  override autoDispose = true;

  private content!: MeetingContent;
  private booking: RunningBooking | null = null;
  private readonly visits = new Map<string, Visit>();
  private readonly byUser = new Map<string, string>();
  /** Removed by the host: kept out while this instance lives. */
  private readonly removed = new Set<string>();
  private readonly reconnections = new Map<string, Deferred<Client>>();
  private arrivals = 0;
  private nextTicket = 1;
  private published: { present: number; locked: boolean } | null = null;

  private get deps(): MeetingRoomDeps {
    return (this.constructor as typeof MeetingRoom).deps;
  }

  override async onCreate(options: { meetingRoomId: string }) {
    const { db, log } = this.deps;
    const roomId = options.meetingRoomId;
    const room = await findMeetingRoom(db, roomId);
    if (!room || room.archived) throw new ServerError(404, "there is no such meeting room");
    // Matchmaking finds the instance by the id as written: another spelling of the same uuid would
    // open a second instance of the room beside the first.
    if (room.id !== roomId) throw new ServerError(400, "name the meeting room by its id as the server gives it");
    const now = new Date();
    const [booking, hours, minutesPerVisit, doorId, content] = await Promise.all([
      runningBooking(db, roomId, now), loadClinicHours(db, roomId), clinicPace(db, roomId), doorOf(db, room), MeetingContent.load(db, room, log),
    ]);
    this.content = content;
    this.booking = booking;
    this.state = new MeetingState({
      roomId, parkId: room.parkId, doorId: doorId ?? "", name: room.name, kind: room.kind, visibility: room.visibility,
      capacity: room.capacity, minutesPerVisit, clinicOpen: room.kind === "clinic" && clinicOpenAt(hours, now, PARK_TIME_ZONE),
    });
    this.showBooking();
    await this.setMetadata({ meetingRoomId: roomId, parkId: room.parkId, present: 0, locked: false });

    const host = (action: string, run: (client: MeetingClient, payload: unknown) => unknown) =>
      (client: MeetingClient, payload: unknown) => { if (this.isHost(client, action)) void run(client, payload); };
    this.onMessage(MSG_M_CHAT, (client: MeetingClient, payload: unknown) => void this.chat(client, payload));
    this.onMessage(MSG_M_STROKE, (client: MeetingClient, payload: unknown) => void this.stroke(client, payload));
    this.onMessage(MSG_M_ADMIT, host(MSG_M_ADMIT, (c, p) => this.admitMessage(c, p)));
    this.onMessage(MSG_M_DENY, host(MSG_M_DENY, (c, p) => this.deny(c, p)));
    this.onMessage(MSG_M_MUTE, host(MSG_M_MUTE, (c, p) => this.mute(c, p)));
    this.onMessage(MSG_M_REMOVE, host(MSG_M_REMOVE, (c, p) => this.remove(c, p)));
    this.onMessage(MSG_M_LOCK, host(MSG_M_LOCK, (c, p) => this.setLock(c, p)));
    this.onMessage(MSG_M_HAND_OVER, host(MSG_M_HAND_OVER, (c, p) => this.handOver(c, p)));
    this.onMessage(MSG_M_CALL_NEXT, host(MSG_M_CALL_NEXT, (c) => this.callNext(c)));
    this.onMessage(MSG_M_SCREEN, host(MSG_M_SCREEN, (c, p) => this.screenChange(c, MSG_M_SCREEN, this.content.choose(p))));
    this.onMessage(MSG_M_PAGE, host(MSG_M_PAGE, (c, p) => this.screenChange(c, MSG_M_PAGE, this.content.turn(p))));
    this.onMessage(MSG_M_CLEAR, host(MSG_M_CLEAR, (c) => this.clear(c)));
    // A message type this server does not know (a newer client, a typo) is ignored, not fatal.
    this.onMessage("*", () => undefined);
    this.clock.setInterval(() => void this.refresh(), REFRESH_MS);
  }

  override async onJoin(client: MeetingClient, _options: unknown, actor: Actor) {
    const { db } = this.deps;
    const user = actor.user;
    const [facts, looks] = await Promise.all([
      doorFacts(db, this.state.roomId, user, new Date()), findAvatarLooks(db, [user.id]),
    ]);
    if (!facts) throw new ServerError(404, "this meeting room no longer exists");
    // From here to adding the person nothing awaits, so concurrent joins cannot overfill the room.
    const previousId = this.byUser.get(user.id);
    const previous = previousId ? this.state.people.get(previousId) : undefined;
    const wasInside = previous?.status === "present";
    const removed = this.removed.has(user.id);
    // Someone already inside who joins again (a reload, a second tab) keeps their place.
    const answer = wasInside && !removed ? "enter" : atTheDoor({
      kind: facts.room.kind, visibility: facts.room.visibility, capacity: this.state.capacity, locked: this.state.locked,
      present: countPresent(this.state.people.values()), clinicOpen: this.state.clinicOpen, role: user.role,
      ownerSide: facts.ownerSide, booked: facts.booked, removed,
    });
    switch (answer) {
      case "full": throw new ServerError(409, `this room is full (${this.state.capacity} people)`);
      case "invite-only": throw new ServerError(403, "this room is for invited people only");
      case "locked": throw new ServerError(423, "the host has locked this room");
      case "removed": throw new ServerError(403, "the host removed you from this room");
      case "knock":
      case "queue":
        if (this.waiting() - (previous && !wasInside ? 1 : 0) >= WAITING_ALLOWANCE) throw new ServerError(409, `too many people are waiting at this door (${WAITING_ALLOWANCE})`);
        break;
      case "enter": break;
    }
    let consultingSince: Date | null = null;
    let seat = -1;
    let arrival = this.arrivals + 1;
    if (previousId && previous) {
      const before = this.visits.get(previousId);
      consultingSince = before?.consultingSince ?? null;
      if (wasInside) {
        seat = previous.seat;
        arrival = before?.arrival ?? arrival;
      }
      // The host's role stays with the account: it is elected again once the new session is in.
      this.forget(previousId, { consultationEnded: false, elect: false });
      this.clients.getById(previousId)?.leave(CLOSE_MEETING_REPLACED, "you joined this room again from somewhere else");
      this.deps.log.info({ userId: user.id, roomId: this.state.roomId }, "a second session of the same account replaced the first");
    }
    const mine = looks.get(user.id);
    const person = new Participant({
      userId: user.id, name: mine?.displayName ?? user.displayName, colour: mine?.colour ?? user.colour, role: user.role,
      expert: mine && mine.expertLevel !== "none" ? mine.expertLevel : "",
    });
    if (answer === "enter") {
      person.status = "present";
      person.seat = seat >= 0 ? seat : freeSeat(this.state.people.values(), this.state.capacity);
    } else {
      person.status = answer === "queue" ? "queued" : "knocking";
      person.ticket = answer === "queue" ? this.nextTicket++ : 0;
    }
    this.state.people.set(client.sessionId, person);
    this.arrivals = Math.max(this.arrivals, arrival);
    this.visits.set(client.sessionId, { ownerSide: facts.ownerSide, arrival, welcomed: false, consultingSince });
    this.byUser.set(user.id, client.sessionId);
    // The booker of the slot running now takes the host's role when they come in.
    this.electHost(this.booking !== null && this.booking.bookerId === user.id);
    this.publishCounts();
    if (person.status !== "present") return;
    try {
      await this.welcome(client);
    } catch (err) {
      this.deps.log.error({ err, roomId: this.state.roomId }, "could not read a meeting room's content for a newcomer");
      this.forget(client.sessionId, { consultationEnded: false });
      throw new ServerError(503, "the room's content cannot be read just now: try again");
    }
  }

  override async onDrop(client: MeetingClient) {
    const person = this.state.people.get(client.sessionId);
    if (!person) return;
    // People waiting at the door just leave; people inside keep their seat for a short while.
    if (person.status !== "present") {
      this.forget(client.sessionId, { consultationEnded: true });
      return;
    }
    try {
      const reconnection = this.allowReconnection(client, RECONNECT_GRACE_SECONDS);
      this.reconnections.set(client.sessionId, reconnection);
      await reconnection;
    } catch {
      this.forget(client.sessionId, { consultationEnded: true });
    } finally {
      this.reconnections.delete(client.sessionId);
    }
  }

  override async onReconnect(client: MeetingClient) {
    const visit = this.visits.get(client.sessionId);
    if (visit && this.state.people.get(client.sessionId)?.status === "present") {
      visit.welcomed = false;
      await this.welcome(client);
    }
  }

  override onLeave(client: MeetingClient) {
    this.forget(client.sessionId, { consultationEnded: true });
  }

  override async onDispose() {
    // A room whose creation failed (an unknown id) has no state to tell anyone about.
    const state = this.state as MeetingState | undefined;
    if (!state?.parkId) return;
    try {
      await publishParkEvent(state.parkId, { kind: "room-occupancy", roomId: state.roomId, present: 0, locked: false });
    } catch (err) {
      this.deps.log.error({ err, roomId: this.state.roomId }, "could not tell the park a meeting room emptied");
    }
  }

  // ---- people ----------------------------------------------------------------------------------

  private async welcome(client: MeetingClient): Promise<void> {
    const welcome = await this.content.welcome();
    const visit = this.visits.get(client.sessionId);
    if (!visit) return; // left while the welcome was read
    // State first, so a client that reads the welcome already sees itself inside.
    this.broadcastPatch();
    client.send(MSG_M_WELCOME, welcome);
    visit.welcomed = true;
  }

  /** Takes a session out of the room: frees the seat, records a clinic visit, passes the host on. */
  private forget(sessionId: string, how: { consultationEnded: boolean; elect?: boolean }): void {
    const person = this.state.people.get(sessionId);
    if (!person) return;
    const visit = this.visits.get(sessionId);
    if (this.byUser.get(person.userId) === sessionId) this.byUser.delete(person.userId);
    this.state.people.delete(sessionId);
    this.visits.delete(sessionId);
    this.reconnections.get(sessionId)?.reject(new Error("left"));
    if (how.consultationEnded && visit?.consultingSince) void this.recordConsultation(person.userId, visit.consultingSince);
    if (how.elect === false) return;
    this.electHost(false);
    this.publishCounts();
  }

  private waiting(): number {
    return this.state.people.size - countPresent(this.state.people.values());
  }

  private async recordConsultation(visitorId: string, startedAt: Date): Promise<void> {
    const { db, log } = this.deps;
    try {
      await insertConsultation(db, this.state.roomId, { visitorId, startedAt, endedAt: new Date() });
      this.state.minutesPerVisit = await clinicPace(db, this.state.roomId);
    } catch (err) {
      log.error({ err, roomId: this.state.roomId }, "could not record a clinic consultation");
    }
  }

  /** Lets a knocking or queued person in, if a seat is free. */
  private admit(sessionId: string): MeetingRefusalReason | null {
    const person = this.state.people.get(sessionId);
    const visit = this.visits.get(sessionId);
    if (!person || !visit || person.status === "present") return "no-such-person";
    const seat = freeSeat(this.state.people.values(), this.state.capacity);
    if (seat < 0) return "full";
    if (person.status === "queued") visit.consultingSince = new Date();
    person.status = "present";
    person.seat = seat;
    person.ticket = 0;
    visit.arrival = ++this.arrivals;
    this.electHost(false);
    this.publishCounts();
    const client = this.clients.getById(sessionId);
    if (client) void this.welcome(client).catch((err: unknown) => {
      this.deps.log.error({ err, roomId: this.state.roomId }, "could not welcome someone let in");
    });
    return null;
  }

  private electHost(bookerClaims: boolean): void {
    const people: PersonAtMeeting[] = [];
    for (const [sessionId, p] of this.state.people) {
      const visit = this.visits.get(sessionId);
      if (visit) people.push({ userId: p.userId, status: p.status, seat: p.seat, ownerSide: visit.ownerSide, arrival: visit.arrival });
    }
    const current = bookerClaims ? null : this.state.hostUserId || null;
    this.state.hostUserId = chooseHost(hostCandidates(people, current, this.booking?.bookerId ?? null)) ?? "";
  }

  /** The listing's metadata (read by the HTTP API) and the park's sign follow the count and lock. */
  private publishCounts(): void {
    const present = countPresent(this.state.people.values());
    const locked = this.state.locked;
    if (this.published && this.published.present === present && this.published.locked === locked) return;
    this.published = { present, locked };
    const { roomId, parkId } = this.state;
    // The whole metadata: matchmaking finds this room by its meetingRoomId there (filterBy).
    void this.setMetadata({ meetingRoomId: roomId, parkId, present, locked }).catch((err: unknown) => {
      this.deps.log.error({ err, roomId }, "could not update a meeting room's listing");
    });
    void publishParkEvent(parkId, { kind: "room-occupancy", roomId, present, locked }).catch((err: unknown) => {
      this.deps.log.error({ err, roomId }, "could not tell the park a meeting room's count");
    });
  }

  /** Bookings start and end and clinic hours open and close with the clock, not with a message:
   * the room looks again every minute. Public so that tests can stand in for the clock. */
  async refresh(): Promise<void> {
    const { db, log } = this.deps;
    const roomId = this.state.roomId;
    try {
      const now = new Date();
      const [room, booking, hours] = await Promise.all([findMeetingRoom(db, roomId), runningBooking(db, roomId, now), loadClinicHours(db, roomId)]);
      if (room) Object.assign(this.state, { name: room.name, kind: room.kind, visibility: room.visibility, capacity: room.capacity });
      this.state.clinicOpen = this.state.kind === "clinic" && clinicOpenAt(hours, now, PARK_TIME_ZONE);
      const started = booking !== null && booking.id !== this.booking?.id;
      this.booking = booking;
      this.showBooking();
      this.electHost(started);
    } catch (err) {
      log.error({ err, roomId }, "could not refresh a meeting room's booking and hours");
    }
  }

  private showBooking(): void {
    this.state.bookingTitle = this.booking?.title ?? "";
    this.state.bookingEndsAt = this.booking?.endsAt.toISOString() ?? "";
  }

  // ---- messages --------------------------------------------------------------------------------

  private refuse(client: MeetingClient, action: string, reason: MeetingRefusalReason): void {
    const refusal: MeetingRefusal = { action, reason };
    client.send(MSG_M_REFUSED, refusal);
  }

  private isHost(client: MeetingClient, action: string): boolean {
    const me = this.state.people.get(client.sessionId);
    if (me && me.status === "present" && me.userId === this.state.hostUserId) return true;
    this.refuse(client, action, "not-host");
    return false;
  }

  /** Sends to the people inside who have the room's content already. */
  private toInside(type: string, message: unknown): void {
    for (const client of this.clients) {
      if (this.state.people.get(client.sessionId)?.status === "present" && this.visits.get(client.sessionId)?.welcomed) client.send(type, message);
    }
  }

  private inside(client: MeetingClient, action: string): Participant | null {
    const me = this.state.people.get(client.sessionId);
    if (me?.status === "present") return me;
    this.refuse(client, action, "not-present");
    return null;
  }

  private async chat(client: MeetingClient, payload: unknown): Promise<void> {
    const me = this.inside(client, MSG_M_CHAT);
    if (!me || !client.auth) return;
    if (me.muted) return this.refuse(client, MSG_M_CHAT, "muted");
    const result = await this.content.chat(client.auth.user, payload, Date.now());
    if (!result.ok) return this.refuse(client, MSG_M_CHAT, result.reason);
    this.toInside(MSG_M_CHAT_LINE, result.value);
  }

  private async stroke(client: MeetingClient, payload: unknown): Promise<void> {
    if (!this.inside(client, MSG_M_STROKE) || !client.auth) return;
    const result = await this.content.stroke(client.auth.user, payload, Date.now());
    if (!result.ok) return this.refuse(client, MSG_M_STROKE, result.reason);
    this.toInside(MSG_M_STROKE_ADDED, result.value);
  }

  private async clear(client: MeetingClient): Promise<void> {
    const result = await this.content.clear();
    if (!result.ok) return this.refuse(client, MSG_M_CLEAR, result.reason);
    this.toInside(MSG_M_CLEARED, {});
  }

  private async screenChange(client: MeetingClient, action: string, change: Promise<Outcome<unknown>>): Promise<void> {
    const result = await change;
    if (!result.ok) return this.refuse(client, action, result.reason);
    this.toInside(MSG_M_SCREEN_STATE, result.value);
  }

  private admitMessage(client: MeetingClient, payload: unknown): void {
    const parsed = SessionTarget.safeParse(payload);
    if (!parsed.success) return this.refuse(client, MSG_M_ADMIT, "malformed");
    const refused = this.admit(parsed.data.sessionId);
    if (refused) this.refuse(client, MSG_M_ADMIT, refused);
  }

  private deny(client: MeetingClient, payload: unknown): void {
    const parsed = SessionTarget.safeParse(payload);
    if (!parsed.success) return this.refuse(client, MSG_M_DENY, "malformed");
    const person = this.state.people.get(parsed.data.sessionId);
    if (!person || person.status === "present") return this.refuse(client, MSG_M_DENY, "no-such-person");
    this.forget(parsed.data.sessionId, { consultationEnded: false });
    this.clients.getById(parsed.data.sessionId)?.leave(CLOSE_MEETING_DENIED, "the host did not let you in");
  }

  /** The session of a user who is inside, for controls that name people by user id. */
  private sessionInside(userId: string): string | null {
    const sessionId = this.byUser.get(userId);
    return sessionId && this.state.people.get(sessionId)?.status === "present" ? sessionId : null;
  }

  private mute(client: MeetingClient, payload: unknown): void {
    const parsed = MuteMessage.safeParse(payload);
    if (!parsed.success) return this.refuse(client, MSG_M_MUTE, "malformed");
    const sessionId = this.sessionInside(parsed.data.userId);
    const person = sessionId ? this.state.people.get(sessionId) : undefined;
    if (!person) return this.refuse(client, MSG_M_MUTE, "no-such-person");
    person.muted = parsed.data.muted;
  }

  private remove(client: MeetingClient, payload: unknown): void {
    const parsed = RemoveMessage.safeParse(payload);
    if (!parsed.success) return this.refuse(client, MSG_M_REMOVE, "malformed");
    const { userId } = parsed.data;
    const sessionId = this.byUser.get(userId);
    if (!sessionId || userId === client.auth?.user.id) return this.refuse(client, MSG_M_REMOVE, "no-such-person");
    this.removed.add(userId);
    this.forget(sessionId, { consultationEnded: true });
    this.clients.getById(sessionId)?.leave(CLOSE_MEETING_REMOVED, "the host removed you from this room");
  }

  private setLock(client: MeetingClient, payload: unknown): void {
    const parsed = LockMessage.safeParse(payload);
    if (!parsed.success) return this.refuse(client, MSG_M_LOCK, "malformed");
    this.state.locked = parsed.data.locked;
    this.publishCounts();
  }

  private handOver(client: MeetingClient, payload: unknown): void {
    const parsed = HandOverMessage.safeParse(payload);
    if (!parsed.success) return this.refuse(client, MSG_M_HAND_OVER, "malformed");
    if (!this.sessionInside(parsed.data.userId)) return this.refuse(client, MSG_M_HAND_OVER, "no-such-person");
    this.state.hostUserId = parsed.data.userId;
  }

  private callNext(client: MeetingClient): void {
    const queued = new Map<number, string>();
    for (const [sessionId, p] of this.state.people) if (p.status === "queued") queued.set(p.ticket, sessionId);
    const ticket = nextInQueue(queued.keys());
    if (ticket === null) return this.refuse(client, MSG_M_CALL_NEXT, "queue-empty");
    const refused = this.admit(queued.get(ticket)!);
    if (refused) this.refuse(client, MSG_M_CALL_NEXT, refused);
  }
}

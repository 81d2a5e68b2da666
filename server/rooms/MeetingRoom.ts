import { type Client, type Deferred, Room, ServerError } from "@colyseus/core";
import { PARK_TIME_ZONE, RECONNECT_GRACE_SECONDS } from "../../shared/constants.ts";
import {
  CLOSE_MEETING_DENIED, CLOSE_MEETING_REMOVED, CLOSE_MEETING_REPLACED, HandOverMessage, LockMessage, MSG_M_ADMIT, MSG_M_CALL_NEXT,
  MSG_M_CHAT, MSG_M_CHAT_LINE, MSG_M_CLEAR, MSG_M_CLEARED, MSG_M_DENY, MSG_M_HAND_OVER, MSG_M_LOCK, MSG_M_MUTE, MSG_M_PAGE,
  MSG_M_REFUSED, MSG_M_REMOVE, MSG_M_SCREEN, MSG_M_SCREEN_STATE, MSG_M_STROKE, MSG_M_STROKE_ADDED, MSG_M_WELCOME, MuteMessage,
  RemoveMessage, SessionTarget, type MeetingRefusal, type MeetingRefusalReason,
} from "../../shared/protocol/meetingMessages.ts";
import { MeetingJoinOptions } from "../../shared/protocol/rooms.ts";
import { clinicOpenAt } from "../../shared/rules/clinicHours.ts";
import { atTheDoor } from "../../shared/rules/meetingAccess.ts";
import { MeetingState } from "../../shared/schema/meeting.ts";
import type { Db } from "../db/pool.ts";
import { findAvatarLooks } from "../db/repositories/avatarLooks.ts";
import { recordMeetingAttendance } from "../db/repositories/meetingAttendance.ts";
import { insertConsultation } from "../db/repositories/meetingContent.ts";
import { findMeetingRoom, runningBooking, type RunningBooking } from "../db/repositories/meetingRooms.ts";
import type { Logger } from "../logger.ts";
import { MeetingContent, type Outcome } from "../meeting/MeetingContent.ts";
import { MeetingRoster } from "../meeting/MeetingRoster.ts";
import { publishParkEvent } from "../park/parkEvents.ts";
import type { Accounts, Actor } from "../services/accounts.ts";
import { clinicPace, doorFacts, doorOf, loadClinicHours } from "../services/meetingDoor.ts";
import { authorizeJoin } from "./authorizeJoin.ts";

export interface MeetingRoomDeps { accounts: Accounts; db: Db; log: Logger }

/** Who may come to a meeting room's door at all; whether they get in is the room's decision (onJoin). */
export const authorizeMeetingJoin = (accounts: Accounts, token: string, options: unknown): Promise<Actor> =>
  authorizeJoin(accounts, token, options, {
    options: MeetingJoinOptions,
    malformed: "join options must name a meeting room (meetingRoomId) and the protocol version",
    forbidden: "you may not enter meeting rooms",
  });

/** People who may wait at the door (knocking or queued) on top of the seats. The room counts them
 * itself rather than through Colyseus's maxClients: a room full by maxClients is locked for
 * matchmaking, and joinOrCreate would then open a second instance of the same meeting room. */
export const WAITING_ALLOWANCE = 30;
/** Bookings and clinic hours change with the clock: the room looks again this often. */
const REFRESH_MS = 60_000;

type MeetingClient = Client<{ auth: Actor }>;

/**
 * One meeting room, live. Thin: who is in and who waits is MeetingRoster (with the door and host
 * rules of shared/rules/meetingAccess.ts), what the room shows is MeetingContent; this class wires
 * them to Colyseus, sends content only to the people inside, and keeps the park told.
 */
export class MeetingRoom extends Room<{ state: MeetingState; client: MeetingClient }> {
  /** Set by a subclass in the server wiring (createEnclaveServer), which also binds onAuth. */
  static deps: MeetingRoomDeps;

  override maxMessagesPerSecond = 40;
  override autoDispose = true;

  private content!: MeetingContent;
  private roster!: MeetingRoster;
  private booking: RunningBooking | null = null;
  private readonly reconnections = new Map<string, Deferred<Client>>();
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
    this.roster = new MeetingRoster(this.state);
    this.showBooking();
    await this.setMetadata({ meetingRoomId: roomId, parkId: room.parkId, present: 0, locked: false });

    // Payloads are checked here with safeParse, not by onMessage's schema argument: a bad one gets
    // a refusal, where Colyseus would close the connection.
    const host = (action: string, run: (client: MeetingClient, payload: unknown) => unknown) =>
      (client: MeetingClient, payload: unknown) => { if (this.hostOnly(client, action)) void run(client, payload); };
    this.onMessage(MSG_M_CHAT, (client: MeetingClient, payload: unknown) => void this.chat(client, payload));
    this.onMessage(MSG_M_STROKE, (client: MeetingClient, payload: unknown) => void this.stroke(client, payload));
    this.onMessage(MSG_M_ADMIT, host(MSG_M_ADMIT, (c, p) => this.admitMessage(c, p)));
    this.onMessage(MSG_M_DENY, host(MSG_M_DENY, (c, p) => this.deny(c, p)));
    this.onMessage(MSG_M_MUTE, host(MSG_M_MUTE, (c, p) => this.mute(c, p)));
    this.onMessage(MSG_M_REMOVE, host(MSG_M_REMOVE, (c, p) => this.removeMessage(c, p)));
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
    const [facts, looks] = await Promise.all([doorFacts(db, this.state.roomId, user, new Date()), findAvatarLooks(db, [user.id])]);
    if (!facts) throw new ServerError(404, "this meeting room no longer exists");
    // From here to adding the person nothing awaits, so concurrent joins cannot overfill the room.
    const already = this.roster.sessionOf(user.id);
    const removed = this.roster.isRemoved(user.id);
    // Someone already inside who joins again (a reload, a second tab) keeps their place.
    const answer = already?.inside && !removed ? "enter" : atTheDoor({
      kind: facts.room.kind, visibility: facts.room.visibility, capacity: this.state.capacity, locked: this.state.locked,
      present: this.roster.present(), clinicOpen: this.state.clinicOpen, role: user.role,
      ownerSide: facts.ownerSide, booked: facts.booked, removed,
    });
    switch (answer) {
      case "full": throw new ServerError(409, `this room is full (${this.state.capacity} people)`);
      case "invite-only": throw new ServerError(403, "this room is for invited people only");
      case "locked": throw new ServerError(423, "the host has locked this room");
      case "removed": throw new ServerError(403, "the host removed you from this room");
      case "knock":
      case "queue":
        if (this.roster.waiting() - (already && !already.inside ? 1 : 0) >= WAITING_ALLOWANCE) {
          throw new ServerError(409, `too many people are waiting at this door (${WAITING_ALLOWANCE})`);
        }
        break;
      case "enter": break;
    }
    const mine = looks.get(user.id);
    const { person, replaced } = this.roster.add(client.sessionId, {
      userId: user.id, name: mine?.displayName ?? user.displayName, colour: mine?.colour ?? user.colour, role: user.role,
      expert: mine && mine.expertLevel !== "none" ? mine.expertLevel : "", ownerSide: facts.ownerSide, way: answer, at: new Date(),
    });
    if (replaced) {
      this.reconnections.get(replaced)?.reject(new Error("replaced"));
      this.clients.getById(replaced)?.leave(CLOSE_MEETING_REPLACED, "you joined this room again from somewhere else");
      this.deps.log.info({ userId: user.id, roomId: this.state.roomId }, "a second session of the same account replaced the first");
    }
    // The booker of the slot running now takes the host's role when they come in.
    this.electHost(this.booking?.bookerId === user.id);
    this.publishCounts();
    if (person.status !== "present") return;
    try {
      await this.welcome(client);
    } catch (err) {
      this.deps.log.error({ err, roomId: this.state.roomId }, "could not read a meeting room's content for a newcomer");
      this.letGo(client.sessionId);
      throw new ServerError(503, "the room's content cannot be read just now: try again");
    }
  }

  override async onDrop(client: MeetingClient) {
    // People waiting at the door just leave; people inside keep their seat for a short while.
    if (!this.roster.isInside(client.sessionId)) {
      this.letGo(client.sessionId);
      return;
    }
    try {
      const reconnection = this.allowReconnection(client, RECONNECT_GRACE_SECONDS);
      this.reconnections.set(client.sessionId, reconnection);
      await reconnection;
    } catch {
      this.letGo(client.sessionId);
    } finally {
      this.reconnections.delete(client.sessionId);
    }
  }

  /** What was said and drawn while the connection was down: the client starts again from a welcome. */
  override async onReconnect(client: MeetingClient) {
    if (!this.roster.isInside(client.sessionId)) return;
    this.roster.setWelcomed(client.sessionId, false);
    await this.welcome(client);
  }

  override onLeave(client: MeetingClient) {
    this.letGo(client.sessionId);
  }

  override async onDispose() {
    // A room whose creation failed (an unknown id) has no state to tell anyone about.
    const state = this.state as MeetingState | undefined;
    if (!state?.parkId) return;
    try {
      await publishParkEvent(state.parkId, { kind: "room-occupancy", roomId: state.roomId, present: 0, locked: false });
    } catch (err) {
      this.deps.log.error({ err, roomId: state.roomId }, "could not tell the park a meeting room emptied");
    }
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

  // ---- people ----------------------------------------------------------------------------------

  private async welcome(client: MeetingClient): Promise<void> {
    const welcome = await this.content.welcome();
    if (!this.roster.isInside(client.sessionId)) return; // left while the welcome was read
    // State first, so a client that reads the welcome already sees itself inside.
    this.broadcastPatch();
    client.send(MSG_M_WELCOME, welcome);
    this.roster.setWelcomed(client.sessionId, true);
  }

  /** Takes a session out: frees the seat, records the attendance and a clinic visit, passes the host on. */
  private letGo(sessionId: string): void {
    const gone = this.roster.remove(sessionId);
    if (!gone) return;
    this.reconnections.get(sessionId)?.reject(new Error("left"));
    if (gone.insideSince) void this.recordAttendance(gone.userId, gone.insideSince);
    if (gone.consultingSince) void this.recordConsultation(gone.userId, gone.consultingSince);
    this.electHost(false);
    this.publishCounts();
  }

  /** Off the hot path: the person has left whatever the database says. */
  private async recordAttendance(userId: string, joinedAt: Date): Promise<void> {
    const roomId = this.state.roomId;
    try {
      await recordMeetingAttendance(this.deps.db, { roomId, userId, joinedAt, leftAt: new Date() });
    } catch (err) {
      this.deps.log.error({ err, roomId }, "could not record a meeting attendance");
    }
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

  /** Lets a knocking or queued person in, if a seat is free, and sends them the room. */
  private admit(sessionId: string): MeetingRefusalReason | null {
    const refused = this.roster.admit(sessionId, new Date());
    if (refused) return refused;
    this.electHost(false);
    this.publishCounts();
    const client = this.clients.getById(sessionId);
    if (client) void this.welcome(client).catch((err: unknown) => {
      this.deps.log.error({ err, roomId: this.state.roomId }, "could not welcome someone let in");
    });
    return null;
  }

  private electHost(bookerClaims: boolean): void {
    this.roster.electHost(this.booking?.bookerId ?? null, bookerClaims);
  }

  /** The listing's metadata (read by the HTTP API) and the park's sign follow the count and lock. */
  private publishCounts(): void {
    const present = this.roster.present();
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

  private showBooking(): void {
    this.state.bookingTitle = this.booking?.title ?? "";
    this.state.bookingEndsAt = this.booking?.endsAt.toISOString() ?? "";
  }

  // ---- messages --------------------------------------------------------------------------------

  private refuse(client: MeetingClient, action: string, reason: MeetingRefusalReason): void {
    const refusal: MeetingRefusal = { action, reason };
    client.send(MSG_M_REFUSED, refusal);
  }

  private hostOnly(client: MeetingClient, action: string): boolean {
    if (this.roster.isHost(client.sessionId)) return true;
    this.refuse(client, action, "not-host");
    return false;
  }

  /** Sends to the people inside who have the room's content already. */
  private toInside(type: string, message: unknown): void {
    for (const client of this.clients) if (this.roster.isAudience(client.sessionId)) client.send(type, message);
  }

  private async chat(client: MeetingClient, payload: unknown): Promise<void> {
    const me = this.state.people.get(client.sessionId);
    if (!me || me.status !== "present" || !client.auth) return this.refuse(client, MSG_M_CHAT, "not-present");
    if (me.muted) return this.refuse(client, MSG_M_CHAT, "muted");
    const result = await this.content.chat(client.auth.user, payload, Date.now());
    if (!result.ok) return this.refuse(client, MSG_M_CHAT, result.reason);
    this.toInside(MSG_M_CHAT_LINE, result.value);
  }

  private async stroke(client: MeetingClient, payload: unknown): Promise<void> {
    if (!this.roster.isInside(client.sessionId) || !client.auth) return this.refuse(client, MSG_M_STROKE, "not-present");
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
    const { sessionId } = parsed.data;
    if (!this.state.people.has(sessionId) || this.roster.isInside(sessionId)) return this.refuse(client, MSG_M_DENY, "no-such-person");
    this.letGo(sessionId);
    this.clients.getById(sessionId)?.leave(CLOSE_MEETING_DENIED, "the host did not let you in");
  }

  private mute(client: MeetingClient, payload: unknown): void {
    const parsed = MuteMessage.safeParse(payload);
    if (!parsed.success) return this.refuse(client, MSG_M_MUTE, "malformed");
    const sessionId = this.roster.insideSession(parsed.data.userId);
    const person = sessionId ? this.state.people.get(sessionId) : undefined;
    if (!person) return this.refuse(client, MSG_M_MUTE, "no-such-person");
    person.muted = parsed.data.muted;
  }

  private removeMessage(client: MeetingClient, payload: unknown): void {
    const parsed = RemoveMessage.safeParse(payload);
    if (!parsed.success) return this.refuse(client, MSG_M_REMOVE, "malformed");
    const { userId } = parsed.data;
    if (!this.roster.sessionOf(userId) || userId === client.auth?.user.id) return this.refuse(client, MSG_M_REMOVE, "no-such-person");
    const sessionId = this.roster.ban(userId);
    if (!sessionId) return;
    this.letGo(sessionId);
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
    if (!this.roster.insideSession(parsed.data.userId)) return this.refuse(client, MSG_M_HAND_OVER, "no-such-person");
    this.state.hostUserId = parsed.data.userId;
  }

  private callNext(client: MeetingClient): void {
    const next = this.roster.nextQueued();
    if (next === null) return this.refuse(client, MSG_M_CALL_NEXT, "queue-empty");
    const refused = this.admit(next);
    if (refused) this.refuse(client, MSG_M_CALL_NEXT, refused);
  }
}

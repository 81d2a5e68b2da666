import { type Client, type Deferred, matchMaker, Room, ServerError } from "@colyseus/core";
import { StateView } from "@colyseus/schema";
import { EVENT_DOORS_OPEN_MINUTES, HALL_SEATS, RECONNECT_GRACE_SECONDS } from "../../shared/constants.ts";
import {
  AskMessage, CLOSE_STAGE_ENDED, CLOSE_STAGE_REMOVED, CLOSE_STAGE_REPLACED, CountdownMessage, HandMessage, InviteMessage, MSG_S_ASK,
  MSG_S_COUNTDOWN, MSG_S_HAND, MSG_S_INVITE, MSG_S_MUTE, MSG_S_PAGE, MSG_S_QUESTION, MSG_S_REACT, MSG_S_REACTIONS, MSG_S_REFUSED,
  MSG_S_REMOVE, MSG_S_SLIDES, MSG_S_SPOTLIGHT, MSG_S_STAGE, MSG_S_VOTE, QUESTION_BURST, QUESTION_MAX, QUESTION_PER_SECOND,
  QuestionMessage, REACTION_BURST, REACTION_PER_SECOND, REACTION_WINDOW_MS, ReactMessage, SlidesMessage, SpotlightMessage,
  StageMuteMessage, StagePageMessage, StageRemoveMessage, VoteMessage, type StageRefusal, type StageRefusalReason, type StageView,
} from "../../shared/protocol/stageMessages.ts";
import { ROOM_STAGE, StageJoinOptions } from "../../shared/protocol/rooms.ts";
import { PROTOCOL_VERSION } from "../../shared/protocol/version.ts";
import { can } from "../../shared/rules/permissions.ts";
import { Attendee, StageQuestion, StageState } from "../../shared/schema/stage.ts";
import type { Db } from "../db/pool.ts";
import { findAvatarLooks } from "../db/repositories/avatarLooks.ts";
import { missingImageIds } from "../db/repositories/images.ts";
import {
  closeAttendance, companyProducts, findEventDeck, findStageEvent, insertAttendance, insertQuestion, queuedQuestions, saveStage,
  setQuestionStatus, stageStanding, voteForQuestion, type StageRole,
} from "../db/repositories/stageContent.ts";
import type { Logger } from "../logger.ts";
import type { Accounts, Actor } from "../services/accounts.ts";
import { HallSeating } from "../stage/hallSeating.ts";
import { QUEUE_SHOWN, rankQuestions } from "../stage/questionQueue.ts";
import { ReactionSums, ReactionTally, reactionWindow } from "../stage/reactionWindows.ts";
import { mutedKey, publishStageNews, removedKey, stageChannel, type StageNews } from "../stage/stageChannel.ts";
import { recordStagePatch } from "../stage/stagePatchStats.ts";
import { neighbourSeats, seesInFull } from "../stage/stageViews.ts";
import { TokenBucket } from "../stage/tokenBucket.ts";

export interface StageRoomDeps {
  accounts: Accounts;
  db: Db;
  log: Logger;
  /** Seats of one hall instance (HALL_SEATS); tests use a small hall to see overflow. */
  hallSeats: number;
}

/** Who may come to an event's hall at all: a valid session, well-formed options. */
export async function authorizeStageJoin(accounts: Accounts, token: string, options: unknown): Promise<Actor> {
  const parsed = StageJoinOptions.safeParse(options);
  if (!parsed.success) throw new ServerError(400, "join options must name an event (eventId) and the protocol version");
  if (parsed.data.protocol !== PROTOCOL_VERSION) {
    throw new ServerError(426, `this server speaks protocol ${PROTOCOL_VERSION}, the client ${parsed.data.protocol}: reload the page`);
  }
  const actor = token ? await accounts.authenticate(token) : null;
  if (!actor) throw new ServerError(401, "sign in or enter as a guest first");
  if (!can(actor.user.role, "park.enter")) throw new ServerError(403, "you may not enter events");
  return actor;
}

/** Room on top of the seats for the people on stage, who stand rather than sit. */
export const STAGE_ALLOWANCE = 20;
/** People may stay this long after the event's end before the hall closes. */
export const END_GRACE_MINUTES = 15;
const MINUTE = 60_000;
/** How often the hall looks whether its event ended or was cancelled. */
const END_CHECK_MS = MINUTE;

type StageClient = Client<{ auth: Actor }>;

/** What the room keeps of each person beside their Attendee. */
interface Person {
  sessionId: string;
  userId: string;
  stageRole: StageRole | null;
  attendee: Attendee;
  attendanceId: string | null;
  reactions: TokenBucket;
  questions: TokenBucket;
}

const emptyStage = (): StageView => ({ deck: null, page: 0, spotlight: null, countdownEndsAt: null, questionOnScreen: null, at: 0 });
const controlsStage = (p: Person | undefined) => p?.stageRole === "host" || p?.stageRole === "speaker";
const moderates = (p: Person | undefined) => p?.stageRole === "host" || p?.stageRole === "moderator";

/**
 * One instance of an event's live hall. When it is full (its seats all taken) it locks itself, and
 * joinOrCreate opens another instance of the same event: an overflow hall that follows the same
 * stage through the event's presence channel (stageChannel.ts). Each person sees the speakers and
 * their neighbours in full, the rest as the seat bitmap (stageViews.ts).
 */
export class StageRoom extends Room<{ state: StageState; client: StageClient }> {
  static deps: StageRoomDeps;
  static readonly defaultSeats = HALL_SEATS;

  override maxMessagesPerSecond = 20;
  override autoDispose = true;

  private eventId = "";
  private companyId: string | null = null;
  private seating!: HallSeating;
  private stage: StageView = emptyStage();
  private readonly people = new Map<string, Person>();
  private readonly bySeat = new Map<number, string>();
  private readonly byUser = new Map<string, string>();
  private readonly reconnections = new Map<string, Deferred<Client>>();
  private readonly tally = new ReactionTally();
  private readonly sums = new ReactionSums();
  /** People watching in each instance of the event, this one included. */
  private readonly watchingByInstance = new Map<number, number>();
  private newsChain: Promise<void> = Promise.resolve();
  private turns: Promise<void> = Promise.resolve();
  private unsubscribe: (() => void) | null = null;

  private get deps(): StageRoomDeps {
    return (this.constructor as typeof StageRoom).deps;
  }

  override async onCreate(options: { eventId: string }) {
    const { db } = this.deps;
    const event = await findStageEvent(db, options.eventId);
    if (!event) throw new ServerError(404, "there is no such event");
    // Matchmaking finds instances by the id as written: another spelling would open a second hall.
    if (event.id !== options.eventId) throw new ServerError(400, "name the event by its id as the server gives it");
    this.eventId = event.id;
    this.companyId = event.companyId;
    this.maxClients = this.deps.hallSeats + STAGE_ALLOWANCE;
    this.patchRate = 100;
    this.seating = new HallSeating(this.deps.hallSeats);
    this.stage = { ...emptyStage(), ...event.stage };

    // The first instance of an event is the main hall (1); an overflow hall takes the next free number.
    const others = (await matchMaker.query({ name: ROOM_STAGE, eventId: event.id } as never))
      .filter((r) => r.roomId !== this.roomId);
    const numbers = new Set<number>();
    for (const r of others) {
      const meta = r.metadata as { instance?: number; watching?: number } | undefined;
      if (typeof meta?.instance !== "number") continue;
      numbers.add(meta.instance);
      this.watchingByInstance.set(meta.instance, meta.watching ?? 0);
    }
    let instance = 1;
    while (numbers.has(instance)) instance++;
    this.watchingByInstance.set(instance, 0);

    this.state = new StageState({ eventId: event.id, title: event.title, instance, seatCount: this.deps.hallSeats });
    for (const byte of this.seating.bitmap) this.state.seats.push(byte);
    this.state.watchingAll = this.sumWatching();
    await this.setMetadata({ eventId: event.id, instance, watching: 0 });
    await this.refreshQuestions();

    const handler = (news: StageNews) => {
      this.newsChain = this.newsChain.then(() => this.apply(news)).catch((err: unknown) => {
        this.deps.log.error({ err, eventId: this.eventId, news }, "could not apply news of the stage");
      });
    };
    await this.presence.subscribe(stageChannel(event.id), handler);
    this.unsubscribe = () => { void this.presence.unsubscribe(stageChannel(event.id), handler); };

    // Payloads are checked with safeParse, not by onMessage's schema argument: a bad one gets a
    // refusal, where Colyseus would close the connection.
    const stage = (action: string, run: (client: StageClient, payload: unknown) => Promise<void>) => (client: StageClient, payload: unknown) => {
      if (!controlsStage(this.people.get(client.sessionId))) return this.refuse(client, action, "not-allowed");
      this.inTurn(client, action, () => run(client, payload));
    };
    const order = (action: string, run: (client: StageClient, payload: unknown) => Promise<void> | void) => (client: StageClient, payload: unknown) => {
      if (!moderates(this.people.get(client.sessionId))) return this.refuse(client, action, "not-allowed");
      this.inTurn(client, action, async () => { await run(client, payload); });
    };
    this.onMessage(MSG_S_SLIDES, stage(MSG_S_SLIDES, (c, p) => this.slides(c, p)));
    this.onMessage(MSG_S_PAGE, stage(MSG_S_PAGE, (c, p) => this.page(c, p)));
    this.onMessage(MSG_S_SPOTLIGHT, stage(MSG_S_SPOTLIGHT, (c, p) => this.spotlight(c, p)));
    this.onMessage(MSG_S_COUNTDOWN, stage(MSG_S_COUNTDOWN, (c, p) => this.countdown(c, p)));
    this.onMessage(MSG_S_QUESTION, order(MSG_S_QUESTION, (c, p) => this.moveQuestion(c, p)));
    this.onMessage(MSG_S_INVITE, order(MSG_S_INVITE, (c, p) => this.invite(c, p)));
    this.onMessage(MSG_S_MUTE, order(MSG_S_MUTE, (c, p) => this.mute(c, p)));
    this.onMessage(MSG_S_REMOVE, order(MSG_S_REMOVE, (c, p) => this.remove(c, p)));
    this.onMessage(MSG_S_HAND, (client: StageClient, payload: unknown) => this.hand(client, payload));
    this.onMessage(MSG_S_REACT, (client: StageClient, payload: unknown) => this.react(client, payload));
    this.onMessage(MSG_S_ASK, (client: StageClient, payload: unknown) => void this.guard(client, MSG_S_ASK, this.ask(client, payload)));
    this.onMessage(MSG_S_VOTE, (client: StageClient, payload: unknown) => void this.guard(client, MSG_S_VOTE, this.vote(client, payload)));
    // A message type this server does not know (a newer client, a typo) is ignored, not fatal.
    this.onMessage("*", () => undefined);
    this.clock.setInterval(() => this.reactionTick(), REACTION_WINDOW_MS);
    this.clock.setInterval(() => void this.checkEnd(), END_CHECK_MS);
  }

  override async onJoin(client: StageClient, _options: unknown, actor: Actor) {
    const { db } = this.deps;
    const user = actor.user;
    const [event, standing, looks, removed, muted] = await Promise.all([
      findStageEvent(db, this.eventId), stageStanding(db, this.eventId, user.id), findAvatarLooks(db, [user.id]),
      this.presence.sismember(removedKey(this.eventId), user.id) as Promise<unknown>,
      this.presence.sismember(mutedKey(this.eventId), user.id) as Promise<unknown>,
    ]);
    if (!event) throw new ServerError(404, "there is no such event");
    const { stageRole, companyMember } = standing;
    const organiser = stageRole === "host" || companyMember || user.role === "manager";
    if (event.status !== "approved" && !organiser) throw new ServerError(409, "this event is not approved");
    const now = Date.now();
    if (now > event.endsAt.getTime() + END_GRACE_MINUTES * MINUTE) throw new ServerError(410, "this event is over");
    if (now < event.startsAt.getTime() - EVENT_DOORS_OPEN_MINUTES * MINUTE && !organiser && stageRole === null) {
      throw new ServerError(425, `the hall opens ${EVENT_DOORS_OPEN_MINUTES} minutes before the start`);
    }
    if (removed) throw new ServerError(403, "a moderator removed you from this event");

    // From here to adding the person nothing awaits, so concurrent joins cannot take the same seat.
    let attendanceId: string | null = null;
    const previous = this.byUser.get(user.id);
    if (previous) {
      // The same account again (a reload, a second tab): the new session takes over the old one's row.
      attendanceId = this.people.get(previous)?.attendanceId ?? null;
      const old = this.people.get(previous);
      if (old) old.attendanceId = null;
      this.reconnections.get(previous)?.reject(new Error("replaced"));
      this.letGo(previous);
      this.clients.getById(previous)?.leave(CLOSE_STAGE_REPLACED, "you joined this event again from somewhere else");
    }
    const onStage = stageRole === "host" || stageRole === "speaker";
    const seat = onStage ? -1 : this.seating.take();
    const mine = looks.get(user.id);
    const attendee = new Attendee({
      userId: user.id, name: mine?.displayName ?? user.displayName, colour: mine?.colour ?? user.colour, role: user.role,
      style: mine?.style ?? "classic", stageRole: stageRole ?? "", seat, onStage, muted: Boolean(muted),
    });
    const person: Person = {
      sessionId: client.sessionId, userId: user.id, stageRole, attendee, attendanceId,
      reactions: new TokenBucket(REACTION_BURST, REACTION_PER_SECOND, now),
      questions: new TokenBucket(QUESTION_BURST, QUESTION_PER_SECOND, now),
    };
    this.people.set(client.sessionId, person);
    this.byUser.set(user.id, client.sessionId);
    if (seat >= 0) {
      this.bySeat.set(seat, client.sessionId);
      this.state.seats[seat >> 3] = this.seating.bitmap[seat >> 3]!;
    }
    this.state.people.set(client.sessionId, attendee);
    client.view = new StateView();
    this.fillView(client, person);
    // Everyone sees a speaker; otherwise only neighbours (and moderators, for a raised hand) may.
    this.showToOthers(person, onStage ? this.people.values() : this.neighboursAndModerators(person));
    if (this.seating.full) void this.lock();
    this.countWatching();
    client.send(MSG_S_STAGE, this.stage);
    if (attendanceId === null) void this.recordArrival(person, new Date(now));
  }

  override async onDrop(client: StageClient) {
    if (!this.people.has(client.sessionId)) return;
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

  /** Back within the grace: same seat, same attendance row; the stage may have moved meanwhile. */
  override onReconnect(client: StageClient) {
    const person = this.people.get(client.sessionId);
    if (!person) return;
    if (!client.view) {
      client.view = new StateView();
      this.fillView(client, person);
    }
    client.send(MSG_S_STAGE, this.stage);
  }

  override onLeave(client: StageClient) {
    this.letGo(client.sessionId);
  }

  override async onDispose() {
    this.unsubscribe?.();
    if (!this.eventId) return;
    const open = [...this.people.values()].map((p) => p.attendanceId).filter((id): id is string => id !== null);
    try {
      await closeAttendance(this.deps.db, open, new Date());
      await publishStageNews(this.eventId, { kind: "watching", instance: this.state.instance, count: 0 });
    } catch (err) {
      this.deps.log.error({ err, eventId: this.eventId }, "could not close the attendance of a closing hall");
    }
  }

  /** Closes the hall once its event is over (past the grace) or cancelled. Public so that tests
   * can stand in for the clock. */
  async checkEnd(): Promise<void> {
    try {
      const event = await findStageEvent(this.deps.db, this.eventId);
      const over = !event || event.status === "cancelled" || Date.now() > event.endsAt.getTime() + END_GRACE_MINUTES * MINUTE;
      if (!over) return;
      for (const client of [...this.clients]) {
        this.letGo(client.sessionId);
        client.leave(CLOSE_STAGE_ENDED, "the event is over");
      }
    } catch (err) {
      this.deps.log.error({ err, eventId: this.eventId }, "could not check whether an event ended");
    }
  }

  /** Times each patch for the benchmark (stagePatchStats.ts). */
  override broadcastPatch() {
    const started = performance.now();
    const sent = super.broadcastPatch();
    recordStagePatch(performance.now() - started);
    return sent;
  }

  // ---- people and views ------------------------------------------------------------------------

  private async recordArrival(person: Person, at: Date): Promise<void> {
    try {
      const id = await insertAttendance(this.deps.db, this.eventId, person.userId, this.state.instance, at);
      // Gone while the row was written: close it at once.
      if (this.people.get(person.sessionId) === person) person.attendanceId = id;
      else await closeAttendance(this.deps.db, [id], new Date());
    } catch (err) {
      this.deps.log.error({ err, eventId: this.eventId }, "could not record an arrival at an event");
    }
  }

  private letGo(sessionId: string): void {
    const person = this.people.get(sessionId);
    if (!person) return;
    this.people.delete(sessionId);
    if (this.byUser.get(person.userId) === sessionId) this.byUser.delete(person.userId);
    this.reconnections.get(sessionId)?.reject(new Error("left"));
    const seat = person.attendee.seat;
    if (seat >= 0) this.freeSeat(seat);
    this.state.people.delete(sessionId);
    this.clients.getById(sessionId)?.view?.dispose();
    if (person.attendanceId) {
      void closeAttendance(this.deps.db, [person.attendanceId], new Date()).catch((err: unknown) => {
        this.deps.log.error({ err, eventId: this.eventId }, "could not record someone leaving an event");
      });
    }
    this.countWatching();
  }

  private freeSeat(seat: number): void {
    this.bySeat.delete(seat);
    const byte = this.seating.free(seat);
    if (byte >= 0) this.state.seats[byte] = this.seating.bitmap[byte]!;
    if (this.locked && !this.seating.full) void this.unlock();
  }

  private viewerOf(p: Person) {
    return { seat: p.attendee.seat, moderates: moderates(p) };
  }

  /** A newcomer's view: themselves, the stage, their neighbours, and raised hands for moderators. */
  private fillView(client: StageClient, person: Person): void {
    const view = client.view!;
    view.add(person.attendee);
    const viewer = this.viewerOf(person);
    for (const other of this.people.values()) {
      if (other === person) continue;
      const a = other.attendee;
      if (a.onStage || (viewer.moderates && a.hand)) view.add(a);
    }
    for (const seat of neighbourSeats(person.attendee.seat, this.seating.seatCount)) {
      const other = this.people.get(this.bySeat.get(seat) ?? "");
      if (other) view.add(other.attendee);
    }
  }

  /** The sessions whose view of `person` may change when they sit down or raise a hand. */
  private neighboursAndModerators(person: Person): Person[] {
    const out = new Set<Person>();
    for (const seat of neighbourSeats(person.attendee.seat, this.seating.seatCount)) {
      const other = this.people.get(this.bySeat.get(seat) ?? "");
      if (other) out.add(other);
    }
    for (const other of this.people.values()) if (moderates(other)) out.add(other);
    return [...out];
  }

  /** Adds `person` to, or takes them from, the views of `viewers` as the rule now says. */
  private showToOthers(person: Person, viewers: Iterable<Person>): void {
    for (const viewer of viewers) {
      if (viewer === person) continue;
      const view = this.clients.getById(viewer.sessionId)?.view;
      if (!view) continue;
      const should = seesInFull(this.viewerOf(viewer), person.attendee);
      const has = view.has(person.attendee);
      if (should && !has) view.add(person.attendee);
      else if (!should && has) view.remove(person.attendee);
    }
  }

  private countWatching(): void {
    const count = this.people.size;
    if (this.state.watching === count && this.watchingByInstance.get(this.state.instance) === count) return;
    this.state.watching = count;
    this.watchingByInstance.set(this.state.instance, count);
    this.state.watchingAll = this.sumWatching();
    const { eventId, instance } = this.state;
    void this.setMetadata({ eventId, instance, watching: count }).catch((err: unknown) => {
      this.deps.log.error({ err, eventId }, "could not update a hall's listing");
    });
    void publishStageNews(eventId, { kind: "watching", instance, count }).catch((err: unknown) => {
      this.deps.log.error({ err, eventId }, "could not tell the other halls the count");
    });
  }

  private sumWatching(): number {
    let n = 0;
    for (const count of this.watchingByInstance.values()) n += count;
    return n;
  }

  // ---- news from every instance ----------------------------------------------------------------

  private async apply(news: StageNews): Promise<void> {
    switch (news.kind) {
      case "stage":
        this.stage = news.view;
        this.broadcast(MSG_S_STAGE, this.stage);
        return;
      case "reactions":
        this.sums.add(news.window, news.counts);
        return;
      case "questions":
        await this.refreshQuestions();
        return;
      case "watching":
        if (news.instance === this.state.instance) return;
        if (news.count === 0) this.watchingByInstance.delete(news.instance);
        else this.watchingByInstance.set(news.instance, news.count);
        this.state.watchingAll = this.sumWatching();
        return;
      case "muted": {
        const person = this.people.get(this.byUser.get(news.userId) ?? "");
        if (person) {
          person.attendee.muted = news.muted;
          if (news.muted && person.attendee.hand) this.setHand(person, false);
        }
        return;
      }
      case "removed": {
        const sessionId = this.byUser.get(news.userId);
        if (!sessionId) return;
        this.letGo(sessionId);
        this.clients.getById(sessionId)?.leave(CLOSE_STAGE_REMOVED, "a moderator removed you from this event");
        return;
      }
    }
  }

  private async refreshQuestions(): Promise<void> {
    const ranked = rankQuestions(await queuedQuestions(this.deps.db, this.eventId, QUEUE_SHOWN + 1), QUEUE_SHOWN);
    const keep = new Set(ranked.map((q) => q.id));
    for (const id of [...this.state.questions.keys()]) if (!keep.has(id)) this.state.questions.delete(id);
    for (const q of ranked) {
      const shown = this.state.questions.get(q.id);
      if (!shown) this.state.questions.set(q.id, new StageQuestion({ id: q.id, name: q.name, text: q.text, status: q.status, votes: q.votes }));
      else {
        if (shown.status !== q.status) shown.status = q.status;
        if (shown.votes !== q.votes) shown.votes = q.votes;
      }
    }
  }

  /** Publishes this instance's reactions of the window, and shows the summed windows that are complete. */
  private reactionTick(): void {
    const now = Date.now();
    const counts = this.tally.drain();
    if (counts) {
      void publishStageNews(this.eventId, { kind: "reactions", window: reactionWindow(now), counts }).catch((err: unknown) => {
        this.deps.log.error({ err, eventId: this.eventId }, "could not publish reactions");
      });
    }
    const due = this.sums.due(now);
    if (due) this.broadcast(MSG_S_REACTIONS, due);
  }

  // ---- messages --------------------------------------------------------------------------------

  private refuse(client: StageClient, action: string, reason: StageRefusalReason): void {
    const refusal: StageRefusal = { action, reason };
    client.send(MSG_S_REFUSED, refusal);
  }

  /** A database that fails mid-action answers "unavailable" rather than leaving the sender waiting. */
  private async guard(client: StageClient, action: string, work: Promise<void>): Promise<void> {
    try {
      await work;
    } catch (err) {
      this.deps.log.error({ err, eventId: this.eventId, action }, "a stage action failed");
      this.refuse(client, action, "unavailable");
    }
  }

  /** Stage and moderation actions run one after another: each starts from the stage the previous
   * one left (a page turned while the deck is still being looked up would otherwise drop the deck). */
  private inTurn(client: StageClient, action: string, work: () => Promise<void>): void {
    this.turns = this.turns.then(() => this.guard(client, action, work()));
  }

  /** Writes the stage first, then tells every instance (this one included), which show it. */
  private async changeStage(change: Partial<StageView>): Promise<void> {
    const view: StageView = { ...this.stage, ...change, at: Date.now() };
    await saveStage(this.deps.db, this.eventId, view);
    this.stage = view;
    await publishStageNews(this.eventId, { kind: "stage", view });
  }

  private async slides(client: StageClient, payload: unknown): Promise<void> {
    const parsed = SlidesMessage.safeParse(payload);
    if (!parsed.success) return this.refuse(client, MSG_S_SLIDES, "malformed");
    const { deckId, page } = parsed.data;
    if (deckId === null) return this.changeStage({ deck: null, page: 0 });
    const deck = await findEventDeck(this.deps.db, this.eventId, deckId);
    if (!deck) return this.refuse(client, MSG_S_SLIDES, "no-such-deck");
    if (page >= deck.pageIds.length) return this.refuse(client, MSG_S_SLIDES, "no-such-page");
    await this.changeStage({ deck, page });
  }

  private async page(client: StageClient, payload: unknown): Promise<void> {
    const parsed = StagePageMessage.safeParse(payload);
    if (!parsed.success) return this.refuse(client, MSG_S_PAGE, "malformed");
    if (!this.stage.deck || parsed.data.page >= this.stage.deck.pageIds.length) return this.refuse(client, MSG_S_PAGE, "no-such-page");
    await this.changeStage({ page: parsed.data.page });
  }

  private async spotlight(client: StageClient, payload: unknown): Promise<void> {
    const parsed = SpotlightMessage.safeParse(payload);
    if (!parsed.success) return this.refuse(client, MSG_S_SPOTLIGHT, "malformed");
    const chosen = parsed.data.spotlight;
    if (chosen === null) return this.changeStage({ spotlight: null });
    if (chosen.kind === "image") {
      const missing = await missingImageIds(this.deps.db, [chosen.imageId]);
      if (missing.length) return this.refuse(client, MSG_S_SPOTLIGHT, "no-such-product");
      return this.changeStage({ spotlight: { kind: "image", imageId: chosen.imageId, title: chosen.title } });
    }
    const company = this.companyId ? await companyProducts(this.deps.db, this.companyId) : null;
    const product = company?.products[chosen.index];
    if (!company || !product) return this.refuse(client, MSG_S_SPOTLIGHT, "no-such-product");
    await this.changeStage({
      spotlight: { kind: "product", name: product.name, description: product.text, imageId: product.imageId, companyName: company.companyName },
    });
  }

  private async countdown(client: StageClient, payload: unknown): Promise<void> {
    const parsed = CountdownMessage.safeParse(payload);
    if (!parsed.success) return this.refuse(client, MSG_S_COUNTDOWN, "malformed");
    const { seconds } = parsed.data;
    await this.changeStage({ countdownEndsAt: seconds === null ? null : Date.now() + seconds * 1000 });
  }

  private hand(client: StageClient, payload: unknown): void {
    const parsed = HandMessage.safeParse(payload);
    if (!parsed.success) return this.refuse(client, MSG_S_HAND, "malformed");
    const person = this.people.get(client.sessionId);
    if (!person) return;
    if (parsed.data.raised && person.attendee.muted) return this.refuse(client, MSG_S_HAND, "muted");
    this.setHand(person, parsed.data.raised);
  }

  private setHand(person: Person, raised: boolean): void {
    if (person.attendee.hand === raised) return;
    person.attendee.hand = raised;
    // Only moderators' views change: neighbours and the stage already see this person or never will.
    this.showToOthers(person, [...this.people.values()].filter(moderates));
  }

  /** Over the allowance, or muted: dropped without a word, so a clapping crowd causes no refusal traffic. */
  private react(client: StageClient, payload: unknown): void {
    const parsed = ReactMessage.safeParse(payload);
    if (!parsed.success) return this.refuse(client, MSG_S_REACT, "malformed");
    const person = this.people.get(client.sessionId);
    if (!person || person.attendee.muted || !person.reactions.take(Date.now())) return;
    this.tally.add(parsed.data.kind);
  }

  private async ask(client: StageClient, payload: unknown): Promise<void> {
    const parsed = AskMessage.safeParse(payload);
    if (!parsed.success) return this.refuse(client, MSG_S_ASK, "malformed");
    const person = this.people.get(client.sessionId);
    if (!person) return;
    const text = parsed.data.text.trim();
    if (!text) return this.refuse(client, MSG_S_ASK, "empty");
    if (text.length > QUESTION_MAX) return this.refuse(client, MSG_S_ASK, "too-long");
    if (person.attendee.muted) return this.refuse(client, MSG_S_ASK, "muted");
    if (!person.questions.take(Date.now())) return this.refuse(client, MSG_S_ASK, "too-fast");
    await insertQuestion(this.deps.db, this.eventId, { userId: person.userId, name: person.attendee.name, text });
    await publishStageNews(this.eventId, { kind: "questions" });
  }

  private async vote(client: StageClient, payload: unknown): Promise<void> {
    const parsed = VoteMessage.safeParse(payload);
    if (!parsed.success) return this.refuse(client, MSG_S_VOTE, "malformed");
    const person = this.people.get(client.sessionId);
    if (!person) return;
    const result = await voteForQuestion(this.deps.db, this.eventId, parsed.data.questionId, person.userId);
    if (result !== "voted") return this.refuse(client, MSG_S_VOTE, result);
    await publishStageNews(this.eventId, { kind: "questions" });
  }

  private async moveQuestion(client: StageClient, payload: unknown): Promise<void> {
    const parsed = QuestionMessage.safeParse(payload);
    if (!parsed.success) return this.refuse(client, MSG_S_QUESTION, "malformed");
    const { questionId, status } = parsed.data;
    const moved = await setQuestionStatus(this.deps.db, this.eventId, questionId, status);
    if (!moved) return this.refuse(client, MSG_S_QUESTION, "no-such-question");
    await publishStageNews(this.eventId, { kind: "questions" });
    if (status === "on-screen") await this.changeStage({ questionOnScreen: moved });
    else if (this.stage.questionOnScreen?.id === questionId) await this.changeStage({ questionOnScreen: null });
  }

  /** Onto the stage (everyone sees them there) or back to a seat: people of this instance only. */
  private invite(client: StageClient, payload: unknown): void {
    const parsed = InviteMessage.safeParse(payload);
    if (!parsed.success) return this.refuse(client, MSG_S_INVITE, "malformed");
    const person = this.people.get(this.byUser.get(parsed.data.userId) ?? "");
    if (!person) return this.refuse(client, MSG_S_INVITE, "no-such-person");
    const a = person.attendee;
    if (a.onStage === parsed.data.onStage) return;
    if (parsed.data.onStage) {
      if (a.seat >= 0) {
        // Those who saw them as a neighbour keep seeing them: everyone does now.
        this.freeSeat(a.seat);
        a.seat = -1;
      }
      a.onStage = true;
      this.showToOthers(person, this.people.values());
      // From the stage they see no neighbours; moderators keep raised hands.
      this.rebuildView(person);
    } else {
      const seat = this.seating.take();
      a.onStage = false;
      a.seat = seat;
      if (seat >= 0) {
        this.bySeat.set(seat, person.sessionId);
        this.state.seats[seat >> 3] = this.seating.bitmap[seat >> 3]!;
        if (this.seating.full) void this.lock();
      }
      this.showToOthers(person, this.people.values());
      this.rebuildView(person);
    }
  }

  private rebuildView(person: Person): void {
    const client = this.clients.getById(person.sessionId);
    if (!client?.view) return;
    const viewer = this.viewerOf(person);
    for (const other of this.people.values()) {
      if (other === person) continue;
      const should = seesInFull(viewer, other.attendee);
      const has = client.view.has(other.attendee);
      if (should && !has) client.view.add(other.attendee);
      else if (!should && has) client.view.remove(other.attendee);
    }
  }

  private async mute(client: StageClient, payload: unknown): Promise<void> {
    const parsed = StageMuteMessage.safeParse(payload);
    if (!parsed.success) return this.refuse(client, MSG_S_MUTE, "malformed");
    const { userId, muted } = parsed.data;
    if (muted) await this.presence.sadd(mutedKey(this.eventId), userId);
    else await this.presence.srem(mutedKey(this.eventId), userId);
    await publishStageNews(this.eventId, { kind: "muted", userId, muted });
  }

  private async remove(client: StageClient, payload: unknown): Promise<void> {
    const parsed = StageRemoveMessage.safeParse(payload);
    if (!parsed.success) return this.refuse(client, MSG_S_REMOVE, "malformed");
    const { userId } = parsed.data;
    if (userId === client.auth?.user.id) return this.refuse(client, MSG_S_REMOVE, "no-such-person");
    await this.presence.sadd(removedKey(this.eventId), userId);
    await publishStageNews(this.eventId, { kind: "removed", userId });
  }
}

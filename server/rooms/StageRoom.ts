import { type Client, type Deferred, matchMaker, Room, ServerError } from "@colyseus/core";
import { StateView } from "@colyseus/schema";
import { HALL_SEATS, RECONNECT_GRACE_SECONDS } from "../../shared/constants.ts";
import {
  AskMessage, CLOSE_STAGE_ENDED, CLOSE_STAGE_REMOVED, CLOSE_STAGE_REPLACED, HandMessage, InviteMessage, MSG_S_ASK, MSG_S_COUNTDOWN,
  MSG_S_HAND, MSG_S_INVITE, MSG_S_MUTE, MSG_S_PAGE, MSG_S_QUESTION, MSG_S_REACT, MSG_S_REACTIONS, MSG_S_REFUSED, MSG_S_REMOVE,
  MSG_S_SLIDES, MSG_S_SPOTLIGHT, MSG_S_STAGE, MSG_S_VOTE, QUESTION_BURST, QUESTION_MAX, QUESTION_PER_SECOND, QuestionMessage,
  REACTION_BURST, REACTION_PER_SECOND, REACTION_WINDOW_MS, ReactMessage, StageMuteMessage, StageRemoveMessage, VoteMessage,
  type StageRefusal, type StageRefusalReason, type StageView,
} from "../../shared/protocol/stageMessages.ts";
import { ROOM_STAGE, StageJoinOptions } from "../../shared/protocol/rooms.ts";
import { StageQuestion, StageState } from "../../shared/schema/stage.ts";
import type { Db } from "../db/pool.ts";
import { findAvatarLooks } from "../db/repositories/avatarLooks.ts";
import {
  closeAttendance, findStageEvent, insertAttendance, insertQuestion, queuedQuestions, setQuestionStatus, stageStanding, voteForQuestion,
} from "../db/repositories/stageContent.ts";
import type { Logger } from "../logger.ts";
import type { Accounts, Actor } from "../services/accounts.ts";
import { controlsStage, HallPeople, moderates, type HallPerson } from "../stage/HallPeople.ts";
import { QUEUE_SHOWN, rankQuestions } from "../stage/questionQueue.ts";
import { ReactionSums, ReactionTally, reactionWindow } from "../stage/reactionWindows.ts";
import { mutedKey, publishStageNews, removedKey, stageChannel, type StageNews } from "../stage/stageChannel.ts";
import { StageDirector, type Outcome } from "../stage/StageDirector.ts";
import { eventOver, stageDoor } from "../stage/stageDoor.ts";
import { recordStagePatch } from "../stage/stagePatchStats.ts";
import { TokenBucket } from "../stage/tokenBucket.ts";
import { authorizeJoin } from "./authorizeJoin.ts";

export interface StageRoomDeps {
  accounts: Accounts;
  db: Db;
  log: Logger;
  /** Seats of one hall instance (HALL_SEATS); tests use a small hall to see overflow. */
  hallSeats: number;
}

/** Who may come to an event's hall at all; whether they get in is the hall's decision (onJoin). */
export const authorizeStageJoin = (accounts: Accounts, token: string, options: unknown): Promise<Actor> =>
  authorizeJoin(accounts, token, options, {
    options: StageJoinOptions,
    malformed: "join options must name an event (eventId) and the protocol version",
    forbidden: "you may not enter events",
  });

/** Room on top of the seats for the people on stage, who stand rather than sit. */
export const STAGE_ALLOWANCE = 20;
/** How often the hall looks whether its event ended or was cancelled. */
const END_CHECK_MS = 60_000;

type StageClient = Client<{ auth: Actor }>;

/**
 * One instance of an event's live hall. Thin: who sits where and who sees whom is HallPeople,
 * what the stage shows is StageDirector, and the other instances of the event are reached through
 * its presence channel (stageChannel.ts). When every seat is taken the room locks itself, and
 * joinOrCreate opens another instance of the same event: an overflow hall following the same stage.
 */
export class StageRoom extends Room<{ state: StageState; client: StageClient }> {
  static deps: StageRoomDeps;
  static readonly defaultSeats = HALL_SEATS;

  /** Flood protection only: reactions over the allowance are dropped quietly, not punished. */
  override maxMessagesPerSecond = 60;
  override autoDispose = true;

  private eventId = "";
  private people!: HallPeople;
  private director!: StageDirector;
  private readonly reconnections = new Map<string, Deferred<Client>>();
  private readonly tally = new ReactionTally();
  private readonly sums = new ReactionSums();
  /** People watching in each instance of the event, this one included. */
  private readonly watchingByInstance = new Map<number, number>();
  private newsChain: Promise<void> = Promise.resolve();
  private turns: Promise<void> = Promise.resolve();
  private lockedForSeats = false;
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
    this.maxClients = this.deps.hallSeats + STAGE_ALLOWANCE;
    this.patchRate = 100;
    this.director = new StageDirector(db, event);

    // The first instance of an event is the main hall (1); an overflow hall takes the next free number.
    const others = (await matchMaker.query({ name: ROOM_STAGE, eventId: event.id } as never)).filter((r) => r.roomId !== this.roomId);
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
    this.people = new HallPeople(this.state, this.deps.hallSeats, (sessionId) => this.clients.getById(sessionId)?.view);
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
    type Handler = (client: StageClient, payload: unknown) => Promise<void> | void;
    const only = (allowed: (p: HallPerson | undefined) => boolean, action: string, run: Handler) => (client: StageClient, payload: unknown) => {
      if (!allowed(this.people.get(client.sessionId))) return this.refuse(client, action, "not-allowed");
      this.inTurn(client, action, async () => { await run(client, payload); });
    };
    const director = this.director;
    this.onMessage(MSG_S_SLIDES, only(controlsStage, MSG_S_SLIDES, async (c, p) => this.changeStage(c, MSG_S_SLIDES, await director.slides(p))));
    this.onMessage(MSG_S_PAGE, only(controlsStage, MSG_S_PAGE, (c, p) => this.changeStage(c, MSG_S_PAGE, director.page(p))));
    this.onMessage(MSG_S_SPOTLIGHT, only(controlsStage, MSG_S_SPOTLIGHT, async (c, p) => this.changeStage(c, MSG_S_SPOTLIGHT, await director.spotlight(p))));
    this.onMessage(MSG_S_COUNTDOWN, only(controlsStage, MSG_S_COUNTDOWN, (c, p) => {
      // The end is counted from the same moment the change is stamped with, so clients can trust the difference.
      const now = Date.now();
      return this.changeStage(c, MSG_S_COUNTDOWN, director.countdown(p, now), now);
    }));
    this.onMessage(MSG_S_QUESTION, only(moderates, MSG_S_QUESTION, (c, p) => this.moveQuestion(c, p)));
    this.onMessage(MSG_S_INVITE, only(moderates, MSG_S_INVITE, (c, p) => this.invite(c, p)));
    this.onMessage(MSG_S_MUTE, only(moderates, MSG_S_MUTE, (c, p) => this.mute(c, p)));
    this.onMessage(MSG_S_REMOVE, only(moderates, MSG_S_REMOVE, (c, p) => this.remove(c, p)));
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
    const now = Date.now();
    const refusal = stageDoor({ event, ...standing, manager: user.role === "manager", removed: Boolean(removed) }, now);
    if (refusal) throw new ServerError(refusal.code, refusal.message);

    // From here to adding the person nothing awaits, so concurrent joins cannot take the same seat.
    let attendanceId: string | null = null;
    const previous = this.people.ofUser(user.id);
    if (previous) {
      // The same account again (a reload, a second tab): the new session takes over the old one's row.
      attendanceId = previous.attendanceId;
      previous.attendanceId = null;
      this.reconnections.get(previous.sessionId)?.reject(new Error("replaced"));
      this.letGo(previous.sessionId);
      this.clients.getById(previous.sessionId)?.leave(CLOSE_STAGE_REPLACED, "you joined this event again from somewhere else");
    }
    const mine = looks.get(user.id);
    const person = this.people.add({
      sessionId: client.sessionId, userId: user.id, stageRole: standing.stageRole, attendanceId,
      name: mine?.displayName ?? user.displayName, colour: mine?.colour ?? user.colour, role: user.role, style: mine?.style ?? "classic",
      muted: Boolean(muted),
      reactions: new TokenBucket(REACTION_BURST, REACTION_PER_SECOND, now),
      questions: new TokenBucket(QUESTION_BURST, QUESTION_PER_SECOND, now),
    });
    client.view = new StateView();
    this.people.fillView(person, client.view);
    this.seatsChanged();
    this.countWatching();
    client.send(MSG_S_STAGE, this.director.view);
    if (attendanceId === null) void this.recordArrival(person, new Date(now));
    void publishStageNews(this.eventId, { kind: "joined", userId: user.id, roomId: this.roomId }).catch((err: unknown) => {
      this.deps.log.error({ err, eventId: this.eventId }, "could not tell the other halls of an arrival");
    });
  }

  override async onDrop(client: StageClient) {
    if (!this.people.get(client.sessionId)) return;
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
      this.people.fillView(person, client.view);
    }
    client.send(MSG_S_STAGE, this.director.view);
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
      if (event && !eventOver(event, Date.now())) return;
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

  // ---- people ----------------------------------------------------------------------------------

  private async recordArrival(person: HallPerson, at: Date): Promise<void> {
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
    const person = this.people.remove(sessionId);
    if (!person) return;
    this.reconnections.get(sessionId)?.reject(new Error("left"));
    this.clients.getById(sessionId)?.view?.dispose();
    if (person.attendanceId) {
      void closeAttendance(this.deps.db, [person.attendanceId], new Date()).catch((err: unknown) => {
        this.deps.log.error({ err, eventId: this.eventId }, "could not record someone leaving an event");
      });
    }
    this.seatsChanged();
    this.countWatching();
  }

  /** A full hall takes no newcomers (they open an overflow instance); a freed seat opens it again. */
  private seatsChanged(): void {
    if (this.people.full === this.lockedForSeats) return;
    this.lockedForSeats = this.people.full;
    void (this.lockedForSeats ? this.lock() : this.unlock()).catch((err: unknown) => {
      this.deps.log.error({ err, eventId: this.eventId }, "could not lock or unlock a hall for matchmaking");
    });
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
        this.director.view = news.view;
        this.broadcast(MSG_S_STAGE, news.view);
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
      case "joined": {
        // The same account arrived in another instance (this one was full): it leaves this one.
        const person = this.people.ofUser(news.userId);
        if (news.roomId === this.roomId || !person) return;
        this.letGo(person.sessionId);
        this.clients.getById(person.sessionId)?.leave(CLOSE_STAGE_REPLACED, "you joined this event again from somewhere else");
        return;
      }
      case "muted": {
        const person = this.people.ofUser(news.userId);
        if (!person) return;
        person.attendee.muted = news.muted;
        if (news.muted) this.people.setHand(person, false);
        return;
      }
      case "removed": {
        const person = this.people.ofUser(news.userId);
        if (!person) return;
        this.letGo(person.sessionId);
        this.clients.getById(person.sessionId)?.leave(CLOSE_STAGE_REMOVED, "a moderator removed you from this event");
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
  private async changeStage(client: StageClient, action: string, outcome: Outcome<Partial<StageView>>, now = Date.now()): Promise<void> {
    if (!outcome.ok) return this.refuse(client, action, outcome.reason);
    const view = await this.director.commit(outcome.value, now);
    await publishStageNews(this.eventId, { kind: "stage", view });
  }

  private hand(client: StageClient, payload: unknown): void {
    const parsed = HandMessage.safeParse(payload);
    if (!parsed.success) return this.refuse(client, MSG_S_HAND, "malformed");
    const person = this.people.get(client.sessionId);
    if (!person) return;
    if (parsed.data.raised && person.attendee.muted) return this.refuse(client, MSG_S_HAND, "muted");
    this.people.setHand(person, parsed.data.raised);
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
    if (status === "on-screen") await this.changeStage(client, MSG_S_QUESTION, { ok: true, value: { questionOnScreen: moved } });
    else if (this.director.view.questionOnScreen?.id === questionId) {
      await this.changeStage(client, MSG_S_QUESTION, { ok: true, value: { questionOnScreen: null } });
    }
  }

  /** Onto the stage (everyone sees them there) or back to a seat: people of this instance only. */
  private invite(client: StageClient, payload: unknown): void {
    const parsed = InviteMessage.safeParse(payload);
    if (!parsed.success) return this.refuse(client, MSG_S_INVITE, "malformed");
    const person = this.people.ofUser(parsed.data.userId);
    if (!person) return this.refuse(client, MSG_S_INVITE, "no-such-person");
    this.people.moveToStage(person, parsed.data.onStage);
    this.seatsChanged();
  }

  /** Remembered in presence for instances opened later, and told to every instance now. */
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

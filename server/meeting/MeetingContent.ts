import { CHAT_BURST } from "../../shared/protocol/chat.ts";
import {
  MEETING_STROKES_MAX, MeetingChatMessage, PageMessage, ScreenChoice, StrokeMessage,
  type MeetingChatLine, type MeetingDeckView, type MeetingRefusalReason, type MeetingWelcome, type ScreenState, type Stroke,
} from "../../shared/protocol/meetingMessages.ts";
import { checkChatMessage } from "../../shared/rules/chatMessage.ts";
import { fullBucket, take, type Bucket } from "../../shared/rules/tokenBucket.ts";
import type { Db } from "../db/pool.ts";
import {
  clearStrokes, countStrokes, findRoomDeck, insertMeetingMessage, insertStroke, latestMeetingMessages, listStrokes, saveScreen,
} from "../db/repositories/meetingContent.ts";
import type { MeetingRoomRow } from "../db/repositories/meetingRooms.ts";
import type { UserRow } from "../db/repositories/users.ts";
import type { Logger } from "../logger.ts";

/** Chat lines a newcomer gets. */
export const WELCOME_CHAT_LINES = 50;
/** Whiteboard strokes: a burst for a quick scribble, then a steady rate a hand can draw. */
export const STROKE_BURST = 20;
export const STROKES_PER_SECOND = 10;

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: MeetingRefusalReason };
const refuse = (reason: MeetingRefusalReason): { ok: false; reason: MeetingRefusalReason } => ({ ok: false, reason });

/**
 * What a meeting room shows (the screen, the whiteboard, chat): checks each change, stores it,
 * and returns what to send. Changes are handled one after another, so everyone sees them in the
 * order they were stored. Who may do what (host, present, muted) is the room's to check first.
 */
export class MeetingContent {
  private readonly db: Db;
  private readonly roomId: string;
  private readonly log: Logger;
  private screen: ScreenState;
  private strokes: number;
  private readonly strokeBuckets = new Map<string, Bucket>();
  private readonly chatBuckets = new Map<string, Bucket>();
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(db: Db, roomId: string, log: Logger, screen: ScreenState, strokes: number) {
    this.db = db;
    this.roomId = roomId;
    this.log = log;
    this.screen = screen;
    this.strokes = strokes;
  }

  /** The room's content as stored: the screen it was left on, and how full the board is. */
  static async load(db: Db, room: MeetingRoomRow, log: Logger): Promise<MeetingContent> {
    const deck = room.screenDeckId ? await findRoomDeck(db, room.id, room.screenDeckId) : null;
    const screen: ScreenState = room.screenMode === "slides" && deck
      ? { mode: "slides", deck, page: Math.min(room.screenPage, deck.pageIds.length - 1) }
      : { mode: room.screenMode === "slides" ? "none" : room.screenMode, deck: null, page: 0 };
    return new MeetingContent(db, room.id, log, screen, await countStrokes(db, room.id));
  }

  get currentScreen(): ScreenState {
    return this.screen;
  }

  /** Everything a person who just came in needs to draw the room. */
  welcome(): Promise<MeetingWelcome> {
    return this.inOrder(async () => ({
      screen: this.screen,
      strokes: await listStrokes(this.db, this.roomId),
      chat: await latestMeetingMessages(this.db, this.roomId, WELCOME_CHAT_LINES),
    }));
  }

  chat(user: UserRow, payload: unknown, now: number): Promise<Outcome<MeetingChatLine>> {
    const parsed = MeetingChatMessage.safeParse(payload);
    if (!parsed.success) return Promise.resolve(refuse("malformed"));
    const bucket = this.chatBuckets.get(user.id) ?? fullBucket(CHAT_BURST, now);
    const checked = checkChatMessage(parsed.data.text, user.role, bucket, now);
    this.chatBuckets.set(user.id, checked.bucket);
    if (!checked.ok) return Promise.resolve(refuse(checked.refusal.reason));
    return this.stored("a meeting chat line", () => insertMeetingMessage(this.db, this.roomId, {
      userId: user.id, name: user.displayName, role: user.role, text: checked.text,
    }));
  }

  stroke(user: UserRow, payload: unknown, now: number): Promise<Outcome<Stroke>> {
    const parsed = StrokeMessage.safeParse(payload);
    if (!parsed.success) return Promise.resolve(refuse("malformed"));
    const spent = take(this.strokeBuckets.get(user.id) ?? fullBucket(STROKE_BURST, now), STROKE_BURST, STROKES_PER_SECOND, now);
    this.strokeBuckets.set(user.id, spent.bucket);
    if (!spent.allowed) return Promise.resolve(refuse("too-fast"));
    return this.inOrder(async () => {
      if (this.strokes >= MEETING_STROKES_MAX) return refuse("board-full");
      const result = await this.attempt("a whiteboard stroke", () => insertStroke(this.db, this.roomId, { userId: user.id, ...parsed.data }));
      if (result.ok) this.strokes++;
      return result;
    });
  }

  clear(): Promise<Outcome<null>> {
    return this.inOrder(async () => {
      const result = await this.attempt("clearing the whiteboard", () => clearStrokes(this.db, this.roomId));
      if (!result.ok) return result;
      this.strokes = 0;
      return { ok: true, value: null };
    });
  }

  /** Shows nothing, the whiteboard, or a deck of this room's slides at a page. */
  choose(payload: unknown): Promise<Outcome<ScreenState>> {
    const parsed = ScreenChoice.safeParse(payload);
    if (!parsed.success) return Promise.resolve(refuse("malformed"));
    const choice = parsed.data;
    return this.inOrder(async () => {
      if (choice.mode !== "slides") return this.show({ mode: choice.mode, deck: null, page: 0 });
      let deck: MeetingDeckView | null;
      try {
        deck = await findRoomDeck(this.db, this.roomId, choice.deckId);
      } catch (err) {
        this.log.error({ err, roomId: this.roomId }, "could not read a deck of slides");
        return refuse("unavailable");
      }
      if (!deck) return refuse("no-such-deck");
      if (choice.page >= deck.pageIds.length) return refuse("no-such-page");
      return this.show({ mode: "slides", deck, page: choice.page });
    });
  }

  /** Turns the slides on the screen to a page. */
  turn(payload: unknown): Promise<Outcome<ScreenState>> {
    const parsed = PageMessage.safeParse(payload);
    if (!parsed.success) return Promise.resolve(refuse("malformed"));
    return this.inOrder(async () => {
      const { deck } = this.screen;
      if (this.screen.mode !== "slides" || !deck) return refuse("no-such-deck");
      if (parsed.data.page >= deck.pageIds.length) return refuse("no-such-page");
      return this.show({ mode: "slides", deck, page: parsed.data.page });
    });
  }

  /** The screen is written to the room's row before anyone is told, so a restart shows the same. */
  private async show(next: ScreenState): Promise<Outcome<ScreenState>> {
    const result = await this.attempt("the screen", () => saveScreen(this.db, this.roomId, { mode: next.mode, deckId: next.deck?.id ?? null, page: next.page }));
    if (!result.ok) return result;
    this.screen = next;
    return { ok: true, value: next };
  }

  private stored<T>(what: string, write: () => Promise<T>): Promise<Outcome<T>> {
    return this.inOrder(() => this.attempt(what, write));
  }

  private async attempt<T>(what: string, write: () => Promise<T>): Promise<Outcome<T>> {
    try {
      return { ok: true, value: await write() };
    } catch (err) {
      this.log.error({ err, roomId: this.roomId }, `${what} could not be stored`);
      return refuse("unavailable");
    }
  }

  private inOrder<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

import type { StateView } from "@colyseus/schema";
import { Attendee, type StageState } from "../../shared/schema/stage.ts";
import type { StageRole } from "../db/repositories/stageContent.ts";
import { HallSeating } from "./hallSeating.ts";
import { neighbourSeats, seesInFull } from "./stageViews.ts";
import type { TokenBucket } from "./tokenBucket.ts";

/** What the hall keeps of each person beside their Attendee. */
export interface HallPerson {
  sessionId: string;
  userId: string;
  stageRole: StageRole | null;
  attendee: Attendee;
  /** Their event_attendance row, once written. */
  attendanceId: string | null;
  reactions: TokenBucket;
  questions: TokenBucket;
}

export interface Arrival {
  sessionId: string;
  userId: string;
  stageRole: StageRole | null;
  name: string;
  colour: string;
  role: string;
  style: string;
  muted: boolean;
  attendanceId: string | null;
  reactions: TokenBucket;
  questions: TokenBucket;
}

export const controlsStage = (p: HallPerson | undefined): boolean => p?.stageRole === "host" || p?.stageRole === "speaker";
export const moderates = (p: HallPerson | undefined): boolean => p?.stageRole === "host" || p?.stageRole === "moderator";

/**
 * The people of one hall instance: their seats (and the bitmap in the state), who stands on stage,
 * and each person's StateView, kept incrementally: a change touches only the views it can affect
 * (the neighbours and moderators for someone sitting down or raising a hand; everyone for the stage).
 * The room hands in each session's view by id; the rule itself is stageViews.ts.
 */
export class HallPeople {
  private readonly state: StageState;
  private readonly seating: HallSeating;
  private readonly viewOf: (sessionId: string) => StateView | undefined;
  private readonly bySession = new Map<string, HallPerson>();
  private readonly bySeat = new Map<number, HallPerson>();
  private readonly byUser = new Map<string, HallPerson>();

  constructor(state: StageState, seatCount: number, viewOf: (sessionId: string) => StateView | undefined) {
    this.state = state;
    this.seating = new HallSeating(seatCount);
    this.viewOf = viewOf;
    for (const byte of this.seating.bitmap) state.seats.push(byte);
  }

  get size(): number { return this.bySession.size; }
  /** Every seat is taken: the room locks itself so that newcomers open an overflow instance. */
  get full(): boolean { return this.seating.full; }
  get(sessionId: string): HallPerson | undefined { return this.bySession.get(sessionId); }
  ofUser(userId: string): HallPerson | undefined { return this.byUser.get(userId); }
  values(): IterableIterator<HallPerson> { return this.bySession.values(); }

  /** Seats a newcomer (or stands a host or speaker on stage) and shows them to whoever should see them.
   * Their own view is filled once the room has given the session one (fillView). When the seats are
   * all taken (people joining at the same moment as the hall filled), they stand at the back: seat -1. */
  add(a: Arrival): HallPerson {
    const onStage = a.stageRole === "host" || a.stageRole === "speaker";
    const seat = onStage ? -1 : this.seating.take();
    const attendee = new Attendee({
      userId: a.userId, name: a.name, colour: a.colour, role: a.role, style: a.style, stageRole: a.stageRole ?? "", seat, onStage, muted: a.muted,
    });
    const person: HallPerson = {
      sessionId: a.sessionId, userId: a.userId, stageRole: a.stageRole, attendee, attendanceId: a.attendanceId,
      reactions: a.reactions, questions: a.questions,
    };
    this.bySession.set(a.sessionId, person);
    this.byUser.set(a.userId, person);
    if (seat >= 0) this.sit(person, seat);
    this.state.people.set(a.sessionId, attendee);
    // Everyone sees a speaker; otherwise only neighbours (and moderators, for a raised hand) may.
    this.showTo(person, onStage ? this.bySession.values() : this.neighboursAndModerators(person));
    return person;
  }

  /** A newcomer's own view: themselves, the stage, their neighbours, and raised hands for moderators. */
  fillView(person: HallPerson, view: StateView): void {
    view.add(person.attendee);
    const viewer = this.viewerOf(person);
    for (const other of this.bySession.values()) {
      const a = other.attendee;
      if (other !== person && (a.onStage || (viewer.moderates && a.hand))) view.add(a);
    }
    for (const seat of neighbourSeats(person.attendee.seat, this.seating.seatCount)) {
      const other = this.bySeat.get(seat);
      if (other) view.add(other.attendee);
    }
  }

  /** Takes someone out: frees their seat; deleting the Attendee takes it from every view. */
  remove(sessionId: string): HallPerson | undefined {
    const person = this.bySession.get(sessionId);
    if (!person) return undefined;
    this.bySession.delete(sessionId);
    if (this.byUser.get(person.userId) === person) this.byUser.delete(person.userId);
    if (person.attendee.seat >= 0) this.standUp(person);
    this.state.people.delete(sessionId);
    return person;
  }

  setHand(person: HallPerson, raised: boolean): void {
    if (person.attendee.hand === raised) return;
    person.attendee.hand = raised;
    // Only moderators' views change: neighbours and the stage already see this person or never will.
    this.showTo(person, [...this.bySession.values()].filter(moderates));
  }

  /** Onto the stage (their seat freed, everyone sees them) or back to a free seat. */
  moveToStage(person: HallPerson, onStage: boolean): void {
    const a = person.attendee;
    if (a.onStage === onStage) return;
    if (onStage && a.seat >= 0) this.standUp(person);
    a.onStage = onStage;
    if (!onStage) {
      const seat = this.seating.take();
      if (seat >= 0) this.sit(person, seat);
    }
    this.showTo(person, this.bySession.values());
    this.refreshViewOf(person);
  }

  private sit(person: HallPerson, seat: number): void {
    person.attendee.seat = seat;
    this.bySeat.set(seat, person);
    this.state.seats[seat >> 3] = this.seating.bitmap[seat >> 3]!;
  }

  private standUp(person: HallPerson): void {
    const seat = person.attendee.seat;
    if (this.bySeat.get(seat) === person) this.bySeat.delete(seat);
    const byte = this.seating.free(seat);
    if (byte >= 0) this.state.seats[byte] = this.seating.bitmap[byte]!;
    person.attendee.seat = -1;
  }

  private viewerOf(p: HallPerson) {
    return { seat: p.attendee.seat, moderates: moderates(p) };
  }

  /** The people whose view of `person` may change when they sit down. */
  private neighboursAndModerators(person: HallPerson): HallPerson[] {
    const out = new Set<HallPerson>();
    for (const seat of neighbourSeats(person.attendee.seat, this.seating.seatCount)) {
      const other = this.bySeat.get(seat);
      if (other) out.add(other);
    }
    for (const other of this.bySession.values()) if (moderates(other)) out.add(other);
    return [...out];
  }

  /** Adds `person` to, or takes them from, the views of `viewers` as the rule now says. */
  private showTo(person: HallPerson, viewers: Iterable<HallPerson>): void {
    for (const viewer of viewers) {
      if (viewer === person) continue;
      const view = this.viewOf(viewer.sessionId);
      if (view) this.apply(view, this.viewerOf(viewer), person);
    }
  }

  /** Someone who moved (to or from the stage) sees a different set of people. */
  private refreshViewOf(person: HallPerson): void {
    const view = this.viewOf(person.sessionId);
    if (!view) return;
    const viewer = this.viewerOf(person);
    for (const other of this.bySession.values()) if (other !== person) this.apply(view, viewer, other);
  }

  private apply(view: StateView, viewer: { seat: number; moderates: boolean }, person: HallPerson): void {
    const should = seesInFull(viewer, person.attendee);
    const has = view.has(person.attendee);
    if (should && !has) view.add(person.attendee);
    else if (!should && has) view.remove(person.attendee);
  }
}

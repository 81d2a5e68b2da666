import type { MeetingRefusalReason } from "../../shared/protocol/meetingMessages.ts";
import { nextInQueue } from "../../shared/rules/clinicQueue.ts";
import { chooseHost } from "../../shared/rules/meetingAccess.ts";
import { type MeetingState, Participant } from "../../shared/schema/meeting.ts";
import { countPresent, freeSeat, hostCandidates, type PersonAtMeeting } from "./meetingPeople.ts";

/** What the roster remembers about each session beside its schema Participant. */
interface Visit {
  ownerSide: boolean;
  /** When they came in (present); earlier arrivals host first. */
  arrival: number;
  /** Content messages go only to people who got the welcome (everything up to then). */
  welcomed: boolean;
  /** A clinic visitor called in from the queue: when their consultation began. */
  consultingSince: Date | null;
  /** When they got in (entered or were let in): their attendance runs from here. */
  insideSince: Date | null;
}

/** Someone coming through the door, as the door rules let them: in, knocking, or with a ticket. */
export interface Arrival {
  userId: string;
  name: string;
  colour: string;
  role: string;
  expert: string;
  ownerSide: boolean;
  way: "enter" | "knock" | "queue";
  /** When they came to the door. */
  at: Date;
}

/** A session the roster let go: who, since when they were inside (null: they only waited at the
 * door), and since when they were in consultation (clinics). */
export interface Departure { userId: string; insideSince: Date | null; consultingSince: Date | null }

/**
 * Who is in a meeting room and who waits at its door: seats, tickets, arrival order, the host,
 * and who the host removed. It keeps the schema's people map (what clients see) and the facts
 * only the server knows side by side. No sockets and no database: the room does those.
 */
export class MeetingRoster {
  private readonly state: MeetingState;
  private readonly visits = new Map<string, Visit>();
  private readonly byUser = new Map<string, string>();
  /** Removed by the host: kept out while this room instance lives. */
  private readonly removed = new Set<string>();
  private arrivals = 0;
  private nextTicket = 1;

  constructor(state: MeetingState) {
    this.state = state;
  }

  present(): number {
    return countPresent(this.state.people.values());
  }

  waiting(): number {
    return this.state.people.size - this.present();
  }

  isRemoved(userId: string): boolean {
    return this.removed.has(userId);
  }

  /** The account's current session, if it is connected already (a second tab, a reload). */
  sessionOf(userId: string): { sessionId: string; inside: boolean } | null {
    const sessionId = this.byUser.get(userId);
    const person = sessionId ? this.state.people.get(sessionId) : undefined;
    return sessionId && person ? { sessionId, inside: person.status === "present" } : null;
  }

  /** The session of a user who is inside, for controls that name people by user id. */
  insideSession(userId: string): string | null {
    const found = this.sessionOf(userId);
    return found?.inside ? found.sessionId : null;
  }

  isInside(sessionId: string): boolean {
    return this.state.people.get(sessionId)?.status === "present";
  }

  isHost(sessionId: string): boolean {
    const person = this.state.people.get(sessionId);
    return person?.status === "present" && person.userId === this.state.hostUserId;
  }

  /** Inside and already sent the room's content: the audience of content messages. */
  isAudience(sessionId: string): boolean {
    return this.isInside(sessionId) && this.visits.get(sessionId)?.welcomed === true;
  }

  setWelcomed(sessionId: string, welcomed: boolean): void {
    const visit = this.visits.get(sessionId);
    if (visit) visit.welcomed = welcomed;
  }

  /**
   * Adds a session. An account already connected is replaced: the new session keeps the seat,
   * arrival and consultation of the old one when that was inside, and the host's role stays with
   * the account. Returns the replaced session, which the room must close.
   */
  add(sessionId: string, a: Arrival): { person: Participant; replaced: string | null } {
    const old = this.sessionOf(a.userId);
    let seat = -1;
    let arrival = this.arrivals + 1;
    let consultingSince: Date | null = null;
    let insideSince: Date | null = a.way === "enter" ? a.at : null;
    if (old) {
      const before = this.visits.get(old.sessionId);
      consultingSince = before?.consultingSince ?? null;
      if (old.inside) {
        seat = this.state.people.get(old.sessionId)?.seat ?? -1;
        arrival = before?.arrival ?? arrival;
        insideSince = before?.insideSince ?? insideSince;
      }
      this.drop(old.sessionId);
    }
    const person = new Participant({ userId: a.userId, name: a.name, colour: a.colour, role: a.role, expert: a.expert });
    if (a.way === "enter") {
      person.status = "present";
      person.seat = seat >= 0 ? seat : freeSeat(this.state.people.values(), this.state.capacity);
    } else {
      person.status = a.way === "queue" ? "queued" : "knocking";
      person.ticket = a.way === "queue" ? this.nextTicket++ : 0;
    }
    this.state.people.set(sessionId, person);
    this.arrivals = Math.max(this.arrivals, arrival);
    this.visits.set(sessionId, { ownerSide: a.ownerSide, arrival, welcomed: false, consultingSince, insideSince });
    this.byUser.set(a.userId, sessionId);
    return { person, replaced: old?.sessionId ?? null };
  }

  /** Takes a session out; the room then elects a host again. Null when it was not here. */
  remove(sessionId: string): Departure | null {
    const person = this.state.people.get(sessionId);
    if (!person) return null;
    const visit = this.drop(sessionId);
    return { userId: person.userId, insideSince: visit?.insideSince ?? null, consultingSince: visit?.consultingSince ?? null };
  }

  /** The host removes someone: they leave, and cannot come back while this instance lives. */
  ban(userId: string): string | null {
    this.removed.add(userId);
    return this.byUser.get(userId) ?? null;
  }

  /** Lets a knocking or queued person in, if a seat is free; a queued one starts a consultation. */
  admit(sessionId: string, now: Date): MeetingRefusalReason | null {
    const person = this.state.people.get(sessionId);
    const visit = this.visits.get(sessionId);
    if (!person || !visit || person.status === "present") return "no-such-person";
    const seat = freeSeat(this.state.people.values(), this.state.capacity);
    if (seat < 0) return "full";
    if (person.status === "queued") visit.consultingSince = now;
    visit.insideSince = now;
    person.status = "present";
    person.seat = seat;
    person.ticket = 0;
    visit.arrival = ++this.arrivals;
    return null;
  }

  /** The session holding the lowest clinic ticket; null when nobody queues. */
  nextQueued(): string | null {
    const queued = new Map<number, string>();
    for (const [sessionId, p] of this.state.people) if (p.status === "queued") queued.set(p.ticket, sessionId);
    const ticket = nextInQueue(queued.keys());
    return ticket === null ? null : queued.get(ticket) ?? null;
  }

  /**
   * Sets the host by shared/rules chooseHost. `bookerClaims`: the running booking's booker takes
   * the role even from a present host (their slot has just started, or they have just come in).
   */
  electHost(booker: string | null, bookerClaims: boolean): void {
    const people: PersonAtMeeting[] = [];
    for (const [sessionId, p] of this.state.people) {
      const visit = this.visits.get(sessionId);
      if (visit) people.push({ userId: p.userId, status: p.status, seat: p.seat, ownerSide: visit.ownerSide, arrival: visit.arrival });
    }
    const current = bookerClaims ? null : this.state.hostUserId || null;
    this.state.hostUserId = chooseHost(hostCandidates(people, current, booker)) ?? "";
  }

  private drop(sessionId: string): Visit | undefined {
    const person = this.state.people.get(sessionId);
    const visit = this.visits.get(sessionId);
    if (person && this.byUser.get(person.userId) === sessionId) this.byUser.delete(person.userId);
    this.state.people.delete(sessionId);
    this.visits.delete(sessionId);
    return visit;
  }
}

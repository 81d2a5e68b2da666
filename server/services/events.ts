import { matchMaker } from "@colyseus/core";
import {
  EVENT_MAX_MINUTES, EVENT_MIN_MINUTES, type AttendanceReport, type CreateEventBody, type EventDeck, type EventDetail, type EventRole,
  type EventSummary, type UpdateEventBody,
} from "../../shared/protocol/events.ts";
import { ROOM_STAGE } from "../../shared/protocol/rooms.ts";
import type { Db } from "../db/pool.ts";
import type { Queryable } from "../db/repositories/booths.ts";
import {
  addRsvp, eventPeopleOf, eventPeopleViews, findEvent, insertEvent, insertEventDeck, isCompanyMember, listAttendance, listEventDecks,
  listEventQuestions, listEventSummaries, personRef, removeRsvp, replaceEventPeople, rsvpUserIds, setEventStatus, updateEvent,
  type EventFilter, type EventRow,
} from "../db/repositories/events.ts";
import { missingImageIds } from "../db/repositories/images.ts";
import { unknownUserIds } from "../db/repositories/meetingBookings.ts";
import { findMeetingRoom } from "../db/repositories/meetingRooms.ts";
import { notify, type EventNotificationPayload } from "../db/repositories/notifications.ts";
import { findPark } from "../db/repositories/parks.ts";
import { inTransaction } from "../db/inTransaction.ts";
import { HttpError } from "../http/httpError.ts";
import { pingNotified } from "../http/notifications/pingNotified.ts";
import type { Logger } from "../logger.ts";
import { attendanceFigures } from "./eventAttendanceFigures.ts";
import type { Reader } from "./meetingRoomViews.ts";

const MINUTE = 60_000;
/** A start a few minutes ago still counts as now: the form took a while to fill in. */
const PAST_SLACK_MINUTES = 5;
const MAX_DAYS_AHEAD = 365;

/** Why these times cannot hold an event, in words; null when they can. */
export function eventTimeProblem(span: { startsAt: Date; endsAt: Date }, now: Date): string | null {
  const minutes = (span.endsAt.getTime() - span.startsAt.getTime()) / MINUTE;
  if (minutes <= 0) return "an event ends after it starts";
  if (minutes < EVENT_MIN_MINUTES) return `an event lasts at least ${EVENT_MIN_MINUTES} minutes`;
  if (minutes > EVENT_MAX_MINUTES) return `an event lasts at most ${EVENT_MAX_MINUTES / 60} hours`;
  if (span.startsAt.getTime() < now.getTime() - PAST_SLACK_MINUTES * MINUTE) return "an event cannot start in the past";
  if (span.startsAt.getTime() > now.getTime() + MAX_DAYS_AHEAD * 1440 * MINUTE) return "an event starts within a year";
  return null;
}

export const eventNotFound = () => new HttpError(404, "event_not_found", "there is no event with that id");

/** What the reader is to the event: decides what they see and may do. */
interface Standing { manager: boolean; member: boolean; role: EventRole | null; creator: boolean }

async function standingOf(db: Queryable, event: EventRow, reader: Reader | null): Promise<Standing> {
  if (!reader) return { manager: false, member: false, role: null, creator: false };
  const people = await eventPeopleOf(db, event.id);
  return {
    manager: reader.role === "manager",
    member: event.companyId !== null && (await isCompanyMember(db, event.companyId, reader.id)),
    role: people.find((p) => p.userId === reader.id)?.role ?? null,
    creator: event.createdBy === reader.id,
  };
}

const insider = (s: Standing) => s.manager || s.member || s.creator || s.role !== null;
/** Hosts, the company's members and managers change an event; the park's own, its hosts and managers. */
const mayEdit = (s: Standing) => s.manager || s.member || s.role === "host";

/** The event if the reader may see it: approved and cancelled ones anyone, the others their insiders. */
async function visibleEvent(db: Db, id: string, reader: Reader | null): Promise<{ event: EventRow; standing: Standing }> {
  const event = await findEvent(db, id);
  if (!event) throw eventNotFound();
  const standing = await standingOf(db, event, reader);
  if (event.status !== "approved" && event.status !== "cancelled" && !insider(standing)) throw eventNotFound();
  return { event, standing };
}

/** People watching each event now, across every instance of its hall, from the stage rooms' listings. */
export async function watchingNow(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const listing of await matchMaker.query({ name: ROOM_STAGE })) {
    const m = (listing.metadata ?? {}) as { eventId?: unknown; watching?: unknown };
    if (typeof m.eventId !== "string") continue;
    const n = typeof m.watching === "number" && m.watching > 0 ? Math.floor(m.watching) : 0;
    counts.set(m.eventId, (counts.get(m.eventId) ?? 0) + n);
  }
  return counts;
}

const withWatching = (list: Omit<EventSummary, "watching">[], watching: ReadonlyMap<string, number>): EventSummary[] =>
  list.map((e) => ({ ...e, watching: watching.get(e.id) ?? 0 }));

const listReader = (reader: Reader | null) => (reader ? { id: reader.id, manager: reader.role === "manager" } : null);

export interface EventQuery { parkId?: string; when: "upcoming" | "past" | "pending" | "mine"; from?: string; days?: number }

/** The events page's lists: upcoming soonest first, past newest first, the approval queue, mine. */
export async function listEvents(db: Db, query: EventQuery, reader: Reader | null, now = new Date()): Promise<EventSummary[]> {
  const from = query.from ? new Date(query.from) : undefined;
  const to = from && query.days ? new Date(from.getTime() + query.days * 1440 * MINUTE) : undefined;
  let filter: EventFilter;
  switch (query.when) {
    case "upcoming": filter = { by: "upcoming", now, parkId: query.parkId, from, to }; break;
    case "past": filter = { by: "past", now, parkId: query.parkId, from, to }; break;
    case "pending":
      if (reader?.role !== "manager") throw new HttpError(403, "managers_only", "only managers see the events waiting for approval");
      filter = { by: "pending", parkId: query.parkId };
      break;
    case "mine":
      if (!reader) throw new HttpError(401, "unauthorized", "sign in to see your events");
      filter = { by: "mine", userId: reader.id, now, parkId: query.parkId };
      break;
  }
  return withWatching(await listEventSummaries(db, filter, listReader(reader)), await watchingNow());
}

/** The launch hall's sign: the park's approved event running now (the one that started last) and the next to start. */
export async function nowAndNext(db: Db, parkId: string, now = new Date()): Promise<{ now: EventSummary | null; next: EventSummary | null }> {
  if (!(await findPark(db, parkId))) throw new HttpError(404, "park_not_found", "there is no park with that id");
  const list = withWatching(await listEventSummaries(db, { by: "now-next", parkId, now }, null), await watchingNow());
  const t = now.getTime();
  const running = list.filter((e) => new Date(e.startsAt).getTime() <= t);
  return { now: running.at(-1) ?? null, next: list.find((e) => new Date(e.startsAt).getTime() > t) ?? null };
}

/** The event's page. */
export async function eventDetail(db: Db, id: string, reader: Reader | null, now = new Date()): Promise<EventDetail> {
  const { event, standing } = await visibleEvent(db, id, reader);
  return detailOf(db, event, standing, reader, now);
}

async function detailOf(db: Db, event: EventRow, standing: Standing, reader: Reader | null, now: Date): Promise<EventDetail> {
  const [summary] = withWatching(await listEventSummaries(db, { by: "ids", ids: [event.id] }, listReader(reader)), await watchingNow());
  const [people, createdBy, decks, answered, attendance] = await Promise.all([
    eventPeopleViews(db, event.id), personRef(db, event.createdBy), listEventDecks(db, event.id),
    listEventQuestions(db, event.id, "answered"), listAttendance(db, event.id),
  ]);
  const open = event.status === "approved" && event.endsAt.getTime() > now.getTime();
  const onStage = standing.role === "host" || standing.role === "speaker";
  return {
    ...summary!,
    description: event.description,
    people,
    createdBy,
    decisionReason: event.decisionReason,
    can: {
      edit: event.status !== "cancelled" && event.endsAt.getTime() > now.getTime() && mayEdit(standing),
      decide: standing.manager && event.status === "pending",
      rsvp: open && reader !== null && reader.role !== "guest",
      present: open && (onStage || standing.manager),
      moderate: open && (standing.role !== null || standing.manager),
    },
    decks,
    answered,
    attendance: attendanceFigures(attendance, now),
  };
}

const payloadOf = (e: { id: string; title: string; startsAt: Date; parkId: string }): EventNotificationPayload =>
  ({ eventId: e.id, title: e.title, startsAt: e.startsAt.toISOString(), parkId: e.parkId });

async function tell(db: Db, log: Logger, userIds: readonly (string | null)[], kind: string, event: EventRow): Promise<void> {
  const notified = await notify(db, userIds, kind, payloadOf(event));
  await pingNotified(db, log, notified);
}

/** The venue's room, when it is one: it must be a live meeting room of the event's park. */
async function venueRoomId(db: Db, venue: CreateEventBody["venue"], parkId: string): Promise<string | null> {
  if (venue.kind === "launch-hall") return null;
  const room = await findMeetingRoom(db, venue.roomId);
  if (!room || room.archived) throw new HttpError(404, "room_not_found", "there is no meeting room with that id");
  if (room.parkId !== parkId) throw new HttpError(400, "room_elsewhere", "the meeting room is in another park than the event");
  return room.id;
}

async function checkPeople(db: Db, people: CreateEventBody["people"]): Promise<void> {
  const unknown = await unknownUserIds(db, [...new Set(people.map((p) => p.userId))]);
  if (unknown.length > 0) throw new HttpError(404, "person_not_found", `there is nobody with the id ${unknown[0]}`);
}

async function checkCover(db: Db, coverImageId: string | null | undefined): Promise<void> {
  if (coverImageId && (await missingImageIds(db, [coverImageId])).length > 0) {
    throw new HttpError(400, "unknown_image", `the cover names image ${coverImageId}, which is not uploaded`);
  }
}

/** The event's people: each once (the first role named wins), the creator a host. */
function peopleWithCreator(people: CreateEventBody["people"], creatorId: string): Array<{ userId: string; role: EventRole }> {
  const seen = new Map<string, EventRole>([[creatorId, "host"]]);
  for (const p of people) if (!seen.has(p.userId)) seen.set(p.userId, p.role);
  return [...seen].map(([userId, role]) => ({ userId, role }));
}

/**
 * A company member creates their company's event, which waits for a manager; a manager creates the
 * park's own (or a company's, as a member), approved at once when it is the park's.
 */
export async function createEvent(db: Db, reader: Reader, body: CreateEventBody, now = new Date()): Promise<EventDetail> {
  if (!(await findPark(db, body.parkId))) throw new HttpError(404, "park_not_found", "there is no park with that id");
  if (body.companyId === null) {
    if (reader.role !== "manager") throw new HttpError(403, "managers_only", "only managers hold the park's own events; choose your company");
  } else if (!(await isCompanyMember(db, body.companyId, reader.id))) {
    throw new HttpError(403, "not_a_member", "only the company's members create its events");
  }
  const span = { startsAt: new Date(body.startsAt), endsAt: new Date(body.endsAt) };
  const problem = eventTimeProblem(span, now);
  if (problem) throw new HttpError(400, "bad_time", problem);
  const roomId = await venueRoomId(db, body.venue, body.parkId);
  await checkPeople(db, body.people);
  await checkCover(db, body.coverImageId);

  const status = body.companyId === null ? "approved" : "pending";
  const id = await inTransaction(db, (c) => insertEvent(c, {
    parkId: body.parkId, companyId: body.companyId, kind: body.kind, title: body.title, description: body.description,
    coverImageId: body.coverImageId, ...span, venueRoomId: roomId, status, createdBy: reader.id,
    people: peopleWithCreator(body.people, reader.id),
  }));
  // Managers find a pending event in the approval queue (when=pending); the protocol has no notification for it.
  const event = (await findEvent(db, id))!;
  return detailOf(db, event, await standingOf(db, event, reader), reader, now);
}

/**
 * Changes an event that has not ended (its hosts, its company's members, managers). An approved
 * company event stays approved when its time or venue moves: a manager approved the event, not the
 * minute, and its RSVPs would otherwise vanish from the lists until someone approved it again. A
 * rejected one, changed, goes back to the managers' queue: changing it is how it is sent again.
 */
export async function changeEvent(db: Db, reader: Reader, id: string, body: UpdateEventBody, now = new Date()): Promise<EventDetail> {
  const { event, standing } = await visibleEvent(db, id, reader);
  if (!mayEdit(standing)) throw new HttpError(403, "not_yours", "only the event's hosts, its company's members and managers change it");
  if (event.status === "cancelled") throw new HttpError(409, "cancelled", "this event was cancelled");
  if (event.endsAt.getTime() <= now.getTime()) throw new HttpError(409, "ended", "this event has ended");
  const span = { startsAt: body.startsAt ? new Date(body.startsAt) : event.startsAt, endsAt: body.endsAt ? new Date(body.endsAt) : event.endsAt };
  if (body.startsAt || body.endsAt) {
    const problem = eventTimeProblem(span, body.startsAt ? now : new Date(Math.min(now.getTime(), span.startsAt.getTime())));
    if (problem) throw new HttpError(400, "bad_time", problem);
  }
  const roomId = body.venue ? await venueRoomId(db, body.venue, event.parkId) : undefined;
  if (body.people) await checkPeople(db, body.people);
  await checkCover(db, body.coverImageId);
  await inTransaction(db, async (c) => {
    await updateEvent(c, event.id, {
      kind: body.kind, title: body.title, description: body.description, coverImageId: body.coverImageId,
      startsAt: body.startsAt ? span.startsAt : undefined, endsAt: body.endsAt ? span.endsAt : undefined, venueRoomId: roomId,
    });
    if (body.people) await replaceEventPeople(c, event.id, peopleWithCreator(body.people, event.createdBy ?? reader.id));
    if (event.status === "rejected") await setEventStatus(c, event.id, ["rejected"], "pending");
  });
  const changed = (await findEvent(db, event.id))!;
  return detailOf(db, changed, await standingOf(db, changed, reader), reader, now);
}

/** Cancels an event that has not ended; the people who RSVPed (and its people) hear of it. */
export async function cancelEvent(db: Db, log: Logger, reader: Reader, id: string, now = new Date()): Promise<EventDetail> {
  const { event, standing } = await visibleEvent(db, id, reader);
  if (!mayEdit(standing)) throw new HttpError(403, "not_yours", "only the event's hosts, its company's members and managers cancel it");
  if (event.endsAt.getTime() <= now.getTime()) throw new HttpError(409, "ended", "this event has ended; there is nothing to cancel");
  if (!(await setEventStatus(db, event.id, ["pending", "approved"], "cancelled"))) {
    throw new HttpError(409, "not_cancellable", "this event was cancelled or rejected already");
  }
  if (event.status === "approved") {
    const people = [...(await rsvpUserIds(db, event.id)), ...(await eventPeopleOf(db, event.id)).map((p) => p.userId)];
    await tell(db, log, people.filter((p) => p !== reader.id), "event-cancelled", event);
  }
  return detailOf(db, (await findEvent(db, event.id))!, standing, reader, now);
}

/** A manager approves or rejects a pending event; its creator hears which. */
export async function decideEvent(db: Db, log: Logger, reader: Reader, id: string, decision: { approve: boolean; reason?: string }, now = new Date()): Promise<EventDetail> {
  const event = await findEvent(db, id);
  if (!event) throw eventNotFound();
  const to = decision.approve ? "approved" : "rejected";
  if (!(await setEventStatus(db, event.id, ["pending"], to, { by: reader.id, reason: decision.reason ?? null }))) {
    throw new HttpError(409, "not_pending", `this event is ${event.status === "pending" ? "decided already" : event.status}, not waiting for a decision`);
  }
  await tell(db, log, [event.createdBy].filter((c) => c !== reader.id), decision.approve ? "event-approved" : "event-rejected", event);
  const decided = (await findEvent(db, event.id))!;
  return detailOf(db, decided, await standingOf(db, decided, reader), reader, now);
}

/** RSVPs (or takes it back) for an approved event that has not ended. */
export async function setRsvp(db: Db, reader: Reader, id: string, going: boolean, now = new Date()): Promise<EventDetail> {
  const { event, standing } = await visibleEvent(db, id, reader);
  if (event.status !== "approved") throw new HttpError(409, "not_open", `this event is ${event.status}: there is nothing to RSVP to`);
  if (event.endsAt.getTime() <= now.getTime()) throw new HttpError(409, "ended", "this event has ended");
  await (going ? addRsvp(db, event.id, reader.id) : removeRsvp(db, event.id, reader.id));
  return detailOf(db, event, standing, reader, now);
}

/** Adds slides: the event's hosts and speakers, its company's members and managers. */
export async function addEventDeck(db: Db, reader: Reader, id: string, body: { title: string; pageIds: string[] }): Promise<EventDeck> {
  const { event, standing } = await visibleEvent(db, id, reader);
  if (!(standing.manager || standing.member || standing.role === "host" || standing.role === "speaker")) {
    throw new HttpError(403, "not_presenting", "only the event's hosts and speakers, its company's members and managers add slides");
  }
  if (event.status === "cancelled" || event.status === "rejected") throw new HttpError(409, "not_open", `this event is ${event.status}`);
  const missing = await missingImageIds(db, body.pageIds);
  if (missing.length > 0) {
    throw new HttpError(400, "unknown_image", `page ${body.pageIds.indexOf(missing[0]!) + 1} names image ${missing[0]}, which is not uploaded`);
  }
  return insertEventDeck(db, { eventId: event.id, title: body.title, pageIds: body.pageIds, createdBy: reader.id });
}

export async function eventDecks(db: Db, reader: Reader | null, id: string): Promise<EventDeck[]> {
  const { event } = await visibleEvent(db, id, reader);
  return listEventDecks(db, event.id);
}

export async function answeredQuestions(db: Db, reader: Reader | null, id: string, status: "answered" = "answered") {
  const { event } = await visibleEvent(db, id, reader);
  return listEventQuestions(db, event.id, status);
}

/** Who watched, row by row, with the figures: for the event's company and managers. */
export async function attendanceReport(db: Db, reader: Reader, id: string, now = new Date()): Promise<AttendanceReport> {
  const { event, standing } = await visibleEvent(db, id, reader);
  if (!(standing.manager || standing.member)) throw new HttpError(403, "not_yours", "only the event's company and managers see its attendance");
  const rows = await listAttendance(db, event.id);
  return {
    figures: attendanceFigures(rows, now),
    records: rows.map((r) => ({
      user: r.user, instance: r.instance, joinedAt: r.joinedAt.toISOString(), leftAt: r.leftAt?.toISOString() ?? null,
      minutes: Math.round(((r.leftAt ?? now).getTime() - r.joinedAt.getTime()) / MINUTE * 10) / 10,
    })),
  };
}

/** What the .ics file needs besides the event: where it is, in words. */
export async function icsFacts(db: Db, reader: Reader | null, id: string): Promise<{ event: EventRow; location: string }> {
  const { event } = await visibleEvent(db, id, reader);
  const park = await findPark(db, event.parkId);
  const parkName = park?.layout.name.en ?? event.parkId;
  const room = event.venueRoomId ? await findMeetingRoom(db, event.venueRoomId) : null;
  return { event, location: room ? `${parkName} · ${room.name}` : `${parkName} · launch hall` };
}

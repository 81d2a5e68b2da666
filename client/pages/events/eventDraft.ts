import {
  CreateEventBody, EVENT_DESCRIPTION_MAX, EVENT_MAX_MINUTES, EVENT_MIN_MINUTES, EVENT_TITLE_MAX, MAX_EVENT_PEOPLE,
  type EventDetail, type EventKind, type EventRole, type UpdateEventBody,
} from "../../../shared/protocol/events.ts";
import { clockToMinute, isDayKey, minuteToClock, zonedInstant, zonedIso, zonedParts } from "../meetings/parkTime.ts";

/** What the event form holds while it is filled in; day and times on the park's clock. */
export interface EventDraft {
  parkId: string;
  kind: EventKind;
  title: string;
  description: string;
  coverImageId: string | null;
  day: string;
  start: string;
  end: string;
  /** "launch-hall" or a meeting room's id. */
  venue: string;
  /** A company's id, or "" for the park's own event (managers only). */
  companyId: string;
  people: Array<{ userId: string; role: EventRole }>;
}

export const LAUNCH_HALL = "launch-hall";

export type EventField = "title" | "description" | "day" | "start" | "end" | "company" | "people";
/** Keys of events:form.problems.*; each names one thing to fix. */
export type EventProblem =
  | "noTitle" | "longTitle" | "badTitle" | "longDescription" | "badDay" | "badStart" | "badEnd" | "past"
  | "tooShort" | "tooLong" | "tooFar" | "noCompany" | "tooMany";

/** Events start within a year (the server's rule too). */
const MAX_DAYS_AHEAD = 366;

/** Start and end instants of the draft, the end on the next day when it reads earlier than the start. */
function span(d: EventDraft, timeZone: string): { start: number; end: number; startMinute: number; endMinute: number } | null {
  const startMinute = clockToMinute(d.start);
  const endClock = clockToMinute(d.end);
  if (!isDayKey(d.day) || startMinute === null || startMinute >= 1440 || endClock === null) return null;
  const endMinute = endClock <= startMinute ? endClock + 1440 : endClock;
  return { start: zonedInstant(d.day, startMinute, timeZone).getTime(), end: zonedInstant(d.day, endMinute, timeZone).getTime(), startMinute, endMinute };
}

/**
 * What is wrong with the draft, field by field, mirroring CreateEventBody and the server's time
 * rules so most mistakes are said before sending. `mayHoldForPark`: a manager, who may leave the
 * company empty. `editing`: an event already made may keep a start in the past. Empty when it may be sent.
 */
export function eventProblems(d: EventDraft, now: Date, timeZone: string, options: { mayHoldForPark: boolean; editing: boolean }): Partial<Record<EventField, EventProblem>> {
  const out: Partial<Record<EventField, EventProblem>> = {};
  const title = d.title.trim();
  if (!title) out.title = "noTitle";
  else if (title.length > EVENT_TITLE_MAX) out.title = "longTitle";
  else if (!CreateEventBody.shape.title.safeParse(title).success) out.title = "badTitle";
  if (d.description.trim().length > EVENT_DESCRIPTION_MAX) out.description = "longDescription";
  if (!d.companyId && !options.mayHoldForPark) out.company = "noCompany";
  if (d.people.length > MAX_EVENT_PEOPLE) out.people = "tooMany";
  if (!isDayKey(d.day)) out.day = "badDay";
  else if (clockToMinute(d.start) === null || (clockToMinute(d.start) ?? 0) >= 1440) out.start = "badStart";
  else if (clockToMinute(d.end) === null) out.end = "badEnd";
  else {
    const s = span(d, timeZone);
    if (s) {
      const minutes = (s.end - s.start) / 60_000;
      if (minutes < EVENT_MIN_MINUTES) out.end = "tooShort";
      else if (minutes > EVENT_MAX_MINUTES) out.end = "tooLong";
      if (!options.editing && s.start < now.getTime() - 60_000) out.start = "past";
      else if (s.start > now.getTime() + MAX_DAYS_AHEAD * 86_400_000) out.day = "tooFar";
    }
  }
  return out;
}

const venueOf = (d: EventDraft): CreateEventBody["venue"] =>
  d.venue === LAUNCH_HALL || !d.venue ? { kind: "launch-hall" } : { kind: "meeting-room", roomId: d.venue };

/** The fields both creating and editing send. */
function fields(d: EventDraft, timeZone: string) {
  const s = span(d, timeZone);
  const startMinute = s?.startMinute ?? 0;
  const endMinute = s?.endMinute ?? startMinute + 60;
  // One person once: the last role chosen for them wins.
  const people = [...new Map(d.people.map((p) => [p.userId, p])).values()];
  return {
    kind: d.kind,
    title: d.title.trim(),
    description: d.description.trim(),
    coverImageId: d.coverImageId,
    startsAt: zonedIso(d.day, startMinute, timeZone),
    endsAt: zonedIso(d.day, endMinute, timeZone),
    venue: venueOf(d),
    people,
  };
}

/** The request body for a new event from a draft with no problems. */
export function createEventBody(d: EventDraft, timeZone: string): CreateEventBody {
  return { ...fields(d, timeZone), parkId: d.parkId, companyId: d.companyId || null };
}

/** The request body for an edited event: every editable field (the company and park stay as they were). */
export function updateEventBody(d: EventDraft, timeZone: string): UpdateEventBody {
  return fields(d, timeZone);
}

/** A draft holding an existing event, to edit it; the creator is left out of the people (they host anyway). */
export function draftOfEvent(e: EventDetail, timeZone: string): EventDraft {
  const start = zonedParts(new Date(e.startsAt), timeZone);
  const end = zonedParts(new Date(e.endsAt), timeZone);
  return {
    parkId: e.parkId,
    kind: e.kind,
    title: e.title,
    description: e.description,
    coverImageId: e.coverImageId,
    day: start.day,
    start: minuteToClock(start.minute),
    end: minuteToClock(end.minute),
    venue: e.venue.kind === "launch-hall" ? LAUNCH_HALL : e.venue.roomId,
    companyId: e.company?.id ?? "",
    people: e.people.filter((p) => p.id !== e.createdBy?.id).map((p) => ({ userId: p.id, role: p.role })),
  };
}

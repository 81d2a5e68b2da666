import { z } from "zod";
import { Uuid } from "./companies.ts";
import { PersonRef } from "./meetings.ts";

/**
 * The HTTP contract of events: launches, roadshows, salons, sharing sessions and competitions in the
 * launch hall or a meeting room. The live stage is stageMessages.ts and schema/stage.ts.
 */

const cleanText = (max: number, what: string) =>
  z.string().trim().max(max, `${what} has at most ${max} characters`)
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), `${what} cannot contain control characters`);
const required = (max: number, what: string) => cleanText(max, what).pipe(z.string().min(1, `${what} cannot be empty`));
const ParkId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, "not a park id");
const IsoTime = z.string().datetime({ offset: true, message: "a time is written as ISO 8601, e.g. 2026-11-23T09:00:00+08:00" });

export const EVENT_KINDS = ["launch", "roadshow", "salon", "sharing", "competition"] as const;
export const EventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKind>;

export const EVENT_STATUSES = ["pending", "approved", "rejected", "cancelled"] as const;
export const EventStatus = z.enum(EVENT_STATUSES);
export type EventStatus = z.infer<typeof EventStatus>;

export const EventRole = z.enum(["host", "speaker", "moderator"]);
export type EventRole = z.infer<typeof EventRole>;

export const EVENT_TITLE_MAX = 80;
export const EVENT_DESCRIPTION_MAX = 4000;
/** Events last 15 minutes to 12 hours and start within a year. */
export const EVENT_MIN_MINUTES = 15;
export const EVENT_MAX_MINUTES = 12 * 60;
export const MAX_EVENT_PEOPLE = 20;

export const EventVenue = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("launch-hall") }).strict(),
  z.object({ kind: z.literal("meeting-room"), roomId: Uuid }).strict(),
]);
export type EventVenue = z.infer<typeof EventVenue>;

const EventFields = {
  kind: EventKind,
  title: required(EVENT_TITLE_MAX, "a title"),
  description: cleanText(EVENT_DESCRIPTION_MAX, "a description"),
  coverImageId: Uuid.nullable(),
  startsAt: IsoTime,
  endsAt: IsoTime,
  venue: EventVenue,
  /** Hosts, speakers and moderators besides the creator (who hosts). */
  people: z.array(z.object({ userId: Uuid, role: EventRole }).strict()).max(MAX_EVENT_PEOPLE, `at most ${MAX_EVENT_PEOPLE} hosts, speakers and moderators`),
};

/** A company member creates an event for their company (a manager approves it); a manager creates the park's own. */
export const CreateEventBody = z.object({
  ...EventFields,
  parkId: ParkId,
  /** The company holding it; null for the park's own event (managers only). */
  companyId: Uuid.nullable(),
  description: EventFields.description.default(""),
  coverImageId: Uuid.nullable().default(null),
  people: EventFields.people.default([]),
}).strict();
export type CreateEventBody = z.infer<typeof CreateEventBody>;
export const UpdateEventBody = z.object(EventFields).partial().strict()
  .refine((b) => Object.keys(b).length > 0, "change at least one field");
export type UpdateEventBody = z.infer<typeof UpdateEventBody>;

export const EventDecisionBody = z.object({
  approve: z.boolean(),
  reason: cleanText(500, "a reason").optional(),
}).strict();

export const EventPerson = PersonRef.extend({ role: EventRole });
export type EventPerson = z.infer<typeof EventPerson>;

/** How an event went: people at once at the peak, people in all, mean minutes watched. */
export const AttendanceFigures = z.object({
  peak: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  averageMinutes: z.number().nonnegative(),
});
export type AttendanceFigures = z.infer<typeof AttendanceFigures>;

export const EventSummary = z.object({
  id: Uuid,
  parkId: z.string(),
  company: z.object({ id: Uuid, name: z.string(), verified: z.boolean() }).nullable(),
  kind: EventKind,
  title: z.string(),
  coverImageId: Uuid.nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  venue: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("launch-hall") }),
    z.object({ kind: z.literal("meeting-room"), roomId: Uuid, roomName: z.string() }),
  ]),
  status: EventStatus,
  rsvps: z.number().int().nonnegative(),
  /** Whether the reader has RSVPed. */
  going: z.boolean(),
  /** People watching now, across every instance of the hall. */
  watching: z.number().int().nonnegative(),
});
export type EventSummary = z.infer<typeof EventSummary>;
export const EventList = z.object({ events: z.array(EventSummary) });
export type EventList = z.infer<typeof EventList>;

export const QuestionStatus = z.enum(["open", "on-screen", "answered", "dismissed"]);
export type QuestionStatus = z.infer<typeof QuestionStatus>;
export const EventQuestion = z.object({
  id: Uuid, name: z.string(), text: z.string(), status: QuestionStatus, votes: z.number().int(), createdAt: z.string(),
});
export type EventQuestion = z.infer<typeof EventQuestion>;

export const EventDeck = z.object({ id: Uuid, eventId: Uuid, title: z.string(), pageIds: z.array(Uuid), createdAt: z.string() });
export type EventDeck = z.infer<typeof EventDeck>;
export const EventDeckList = z.object({ decks: z.array(EventDeck) });
export const CreateEventDeckBody = z.object({
  title: required(80, "a title"),
  pageIds: z.array(Uuid).min(1, "a deck has at least one page").max(200, "a deck has at most 200 pages"),
}).strict();

export const EventDetail = EventSummary.extend({
  description: z.string(),
  people: z.array(EventPerson),
  createdBy: PersonRef.nullable(),
  decisionReason: z.string().nullable(),
  /** What the reader may do. */
  can: z.object({ edit: z.boolean(), decide: z.boolean(), rsvp: z.boolean(), present: z.boolean(), moderate: z.boolean() }),
  /** After the event (and during it): its slides, answered questions and attendance. */
  decks: z.array(EventDeck),
  answered: z.array(EventQuestion),
  attendance: AttendanceFigures,
});
export type EventDetail = z.infer<typeof EventDetail>;

export const EventListQuery = z.object({
  parkId: ParkId.optional(),
  /** upcoming: not yet ended; past: ended; pending: waiting for a manager (managers only); mine: I RSVPed, host or speak. */
  when: z.enum(["upcoming", "past", "pending", "mine"]).default("upcoming"),
  /** With `from`/`days`, the calendar's month or week. */
  from: IsoTime.optional(),
  days: z.coerce.number().int().min(1).max(62).optional(),
});

/** What the launch hall's sign shows: the event on now and the next one. */
export const NowAndNext = z.object({ now: EventSummary.nullable(), next: EventSummary.nullable() });
export type NowAndNext = z.infer<typeof NowAndNext>;

export const EventParams = z.object({ id: Uuid });
export const ParkEventsParams = z.object({ parkId: ParkId });

/** Attendance, row by row, for the company and the managers. */
export const AttendanceRecord = z.object({
  user: PersonRef.nullable(), instance: z.number().int(), joinedAt: z.string(), leftAt: z.string().nullable(), minutes: z.number(),
});
export const AttendanceReport = z.object({ figures: AttendanceFigures, records: z.array(AttendanceRecord) });
export type AttendanceReport = z.infer<typeof AttendanceReport>;

/** Notification kinds this feature adds (payload: eventId, title, startsAt). */
export const EVENT_NOTIFICATION_KINDS = ["event-starting", "event-approved", "event-rejected", "event-cancelled"] as const;

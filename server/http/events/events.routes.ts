import { z } from "zod";
import {
  AttendanceReport, CreateEventBody, CreateEventDeckBody, EventDecisionBody, EventDeck, EventDeckList, EventDetail, EventList, EventListQuery,
  EventParams, EventQuestion, NowAndNext, ParkEventsParams, UpdateEventBody,
} from "../../../shared/protocol/events.ts";
import type { Db } from "../../db/pool.ts";
import type { Logger } from "../../logger.ts";
import {
  addEventDeck, answeredQuestions, attendanceReport, cancelEvent, changeEvent, createEvent, decideEvent, eventDecks, eventDetail, icsFacts,
  listEvents, nowAndNext, setRsvp,
} from "../../services/events.ts";
import { icsCalendar } from "../../services/icsCalendar.ts";
import { apiRoute, BytesAnswer } from "../apiRoute.ts";
import { readerOf, signedIn } from "../meetings/reader.ts";

const QuestionsQuery = z.object({ status: z.literal("answered").default("answered") });
const QuestionList = z.object({ questions: z.array(EventQuestion) });

/** A file name from the title: ASCII words joined by dashes ("event" when none are left, as for a Chinese title). */
const slugOf = (title: string, id: string): string =>
  title.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || `event-${id.slice(0, 8)}`;

/** Events, RSVPs, reminders, .ics, decks and attendance. */
export const eventRoutes = (db: Db, log: Logger) => [
  apiRoute({
    method: "get", path: "/api/events", tag: "events", auth: "optional",
    summary: "Events by tab: upcoming (soonest first), past (newest first), pending (managers), mine; with from/days a calendar window",
    query: EventListQuery, status: 200, response: EventList,
    errors: { 400: "the query is invalid", 401: "mine needs a session", 403: "pending is for managers" },
    handler: async ({ query, actor }) => ({ events: await listEvents(db, query, readerOf(actor)) }),
  }),
  apiRoute({
    method: "get", path: "/api/parks/:parkId/events/now-next", tag: "events", auth: "public",
    summary: "The launch hall's sign: the park's approved event on now and the next one",
    params: ParkEventsParams, status: 200, response: NowAndNext,
    errors: { 404: "no park with that id" },
    handler: async ({ params }) => nowAndNext(db, params.parkId),
  }),
  apiRoute({
    method: "post", path: "/api/events", tag: "events", auth: "event.create",
    summary: "Create an event: a company's (its members; pending until a manager approves) or the park's own (managers; approved at once)",
    body: CreateEventBody, status: 201, response: EventDetail,
    errors: {
      400: "the body is invalid, the times are (ends before it starts, shorter than 15 minutes or longer than 12 hours, in the past, over a year ahead), the room is in another park, or the cover is not an uploaded image",
      403: "not a member of the company, or a park event by someone not a manager",
      404: "no such park, meeting room or person",
    },
    handler: async ({ body, actor }) => createEvent(db, signedIn(actor), body),
  }),
  apiRoute({
    method: "get", path: "/api/events/:id", tag: "events", auth: "optional",
    summary: "An event's page: its people, what the reader may do, slides, answered questions and attendance figures",
    params: EventParams, status: 200, response: EventDetail,
    errors: { 404: "no event with that id (or one waiting for approval that the reader may not see)" },
    handler: async ({ params, actor }) => eventDetail(db, params.id, readerOf(actor)),
  }),
  apiRoute({
    method: "patch", path: "/api/events/:id", tag: "events", auth: "event.create",
    summary: "Change an event that has not ended (its hosts, its company's members, managers); an approved event stays approved",
    params: EventParams, body: UpdateEventBody, status: 200, response: EventDetail,
    errors: { 400: "the body or the times are invalid", 403: "not the event's host, company member or a manager", 404: "no such event, room or person", 409: "cancelled or ended" },
    handler: async ({ params, body, actor }) => changeEvent(db, signedIn(actor), params.id, body),
  }),
  apiRoute({
    method: "delete", path: "/api/events/:id", tag: "events", auth: "event.create",
    summary: "Cancel an event that has not ended; the people who RSVPed are told",
    params: EventParams, status: 200, response: EventDetail,
    errors: { 403: "not the event's host, company member or a manager", 404: "no event with that id", 409: "cancelled, rejected or ended already" },
    handler: async ({ params, actor }) => cancelEvent(db, log, signedIn(actor), params.id),
  }),
  apiRoute({
    method: "post", path: "/api/events/:id/decision", tag: "events", auth: "event.approve",
    summary: "Approve or reject a pending event; its creator is told",
    params: EventParams, body: EventDecisionBody, status: 200, response: EventDetail,
    errors: { 404: "no event with that id", 409: "the event is not pending (decided already, or cancelled)" },
    handler: async ({ params, body, actor }) => decideEvent(db, log, signedIn(actor), params.id, body),
  }),
  apiRoute({
    method: "put", path: "/api/events/:id/rsvp", tag: "events", auth: "event.create",
    summary: "RSVP to an approved event that has not ended (a reminder comes shortly before it starts)",
    params: EventParams, status: 200, response: EventDetail,
    errors: { 404: "no event with that id", 409: "not approved, or ended" },
    handler: async ({ params, actor }) => setRsvp(db, signedIn(actor), params.id, true),
  }),
  apiRoute({
    method: "delete", path: "/api/events/:id/rsvp", tag: "events", auth: "event.create",
    summary: "Take an RSVP back",
    params: EventParams, status: 200, response: EventDetail,
    errors: { 404: "no event with that id", 409: "not approved, or ended" },
    handler: async ({ params, actor }) => setRsvp(db, signedIn(actor), params.id, false),
  }),
  apiRoute({
    method: "get", path: "/api/events/:id/ics", tag: "events", auth: "optional",
    summary: "The event as an iCalendar file to add to a calendar",
    params: EventParams, status: 200, produces: ["text/calendar"],
    errors: { 404: "no event with that id" },
    handler: async ({ params, actor, req }) => {
      const { event, location } = await icsFacts(db, readerOf(actor), params.id);
      const text = icsCalendar({
        uid: `${event.id}@enclave`, stamp: new Date(), startsAt: event.startsAt, endsAt: event.endsAt,
        summary: event.title, description: event.description, location,
        url: `${req.protocol}://${req.get("host") ?? "localhost"}/events/${event.id}`,
        status: event.status === "cancelled" ? "CANCELLED" : event.status === "approved" ? "CONFIRMED" : "TENTATIVE",
      });
      return new BytesAnswer({
        bytes: Buffer.from(text, "utf8"), contentType: "text/calendar; charset=utf-8",
        headers: { "Content-Disposition": `attachment; filename="${slugOf(event.title, event.id)}.ics"` },
      });
    },
  }),
  apiRoute({
    method: "post", path: "/api/events/:id/decks", tag: "events", auth: "event.create",
    summary: "Add slides for the stage (the event's hosts and speakers, its company's members, managers)",
    params: EventParams, body: CreateEventDeckBody, status: 201, response: EventDeck,
    errors: { 400: "the body is invalid, or a page is not an uploaded image", 403: "may not present at this event", 404: "no event with that id", 409: "cancelled or rejected" },
    handler: async ({ params, body, actor }) => addEventDeck(db, signedIn(actor), params.id, body),
  }),
  apiRoute({
    method: "get", path: "/api/events/:id/decks", tag: "events", auth: "optional",
    summary: "The event's slides, kept on its page afterwards",
    params: EventParams, status: 200, response: EventDeckList,
    errors: { 404: "no event with that id" },
    handler: async ({ params, actor }) => ({ decks: await eventDecks(db, readerOf(actor), params.id) }),
  }),
  apiRoute({
    method: "get", path: "/api/events/:id/attendance", tag: "events", auth: "signed-in",
    summary: "Who watched, from when to when, with the figures (the event's company and managers)",
    params: EventParams, status: 200, response: AttendanceReport,
    errors: { 403: "not the event's company or a manager", 404: "no event with that id" },
    handler: async ({ params, actor }) => attendanceReport(db, signedIn(actor), params.id),
  }),
  apiRoute({
    method: "get", path: "/api/events/:id/questions", tag: "events", auth: "optional",
    summary: "The event's answered questions, in the order they were answered",
    params: EventParams, query: QuestionsQuery, status: 200, response: QuestionList,
    errors: { 404: "no event with that id" },
    handler: async ({ params, query, actor }) => ({ questions: await answeredQuestions(db, readerOf(actor), params.id, query.status) }),
  }),
];

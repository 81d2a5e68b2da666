import type { z } from "zod";
import {
  AttendanceReport, EventDeckList, EventDetail, EventList, NowAndNext,
  type CreateEventBody, type EventDecisionBody, type UpdateEventBody,
} from "../../shared/protocol/events.ts";
import { call } from "./api.ts";

/** The events calls of the HTTP API (shared/protocol/events.ts). */

const seg = encodeURIComponent;
const event = (id: string) => `/api/events/${seg(id)}`;
type Token = string | null | undefined;

export type EventListWhen = "upcoming" | "past" | "pending" | "mine";

/** Events of a park (or all parks) by tab; with `from`/`days`, only those meeting that window (the calendar's month). */
export function listEvents(query: { parkId?: string; when: EventListWhen; from?: string; days?: number }, token?: Token) {
  const q = new URLSearchParams({ when: query.when });
  if (query.parkId) q.set("parkId", query.parkId);
  if (query.from) q.set("from", query.from);
  if (query.days !== undefined) q.set("days", String(query.days));
  return call(EventList, "GET", `/api/events?${q}`, { token });
}
export const fetchNowAndNext = (parkId: string, token?: Token) =>
  call(NowAndNext, "GET", `/api/parks/${seg(parkId)}/events/now-next`, { token });
export const fetchEvent = (id: string, token?: Token) => call(EventDetail, "GET", event(id), { token });
export const createEvent = (token: string, body: z.input<typeof CreateEventBody>) => call(EventDetail, "POST", "/api/events", { body, token });
export const updateEvent = (token: string, id: string, body: z.input<typeof UpdateEventBody>) =>
  call(EventDetail, "PATCH", event(id), { body, token });
export const cancelEvent = (token: string, id: string) => call(null, "DELETE", event(id), { token });
export const decideEvent = (token: string, id: string, body: z.input<typeof EventDecisionBody>) =>
  call(EventDetail, "POST", `${event(id)}/decision`, { body, token });
export const rsvp = (token: string, id: string, going: boolean) => call(null, going ? "PUT" : "DELETE", `${event(id)}/rsvp`, { token });
export const fetchEventDecks = (id: string, token?: Token) => call(EventDeckList, "GET", `${event(id)}/decks`, { token });
export const fetchAttendance = (token: string, id: string) => call(AttendanceReport, "GET", `${event(id)}/attendance`, { token });
/** The .ics file's address (a plain link: the browser downloads it). */
export const eventIcsUrl = (id: string): string => `${event(id)}/ics`;

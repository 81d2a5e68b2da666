import {
  BookingParams, BookingQuery, CreateBookingBody, MeetingBooking, MeetingBookingList, MeetingRoomParams, TaskMeetingsParams,
} from "../../../shared/protocol/meetings.ts";
import { bookingForReader } from "../../../shared/rules/bookingPrivacy.ts";
import type { Db } from "../../db/pool.ts";
import { listBookingViews } from "../../db/repositories/meetingBookings.ts";
import type { Logger } from "../../logger.ts";
import { bookRoom, cancelRoomBooking, taskMeetings } from "../../services/meetingBookings.ts";
import { liveRoom } from "../../services/meetingRoomViews.ts";
import { apiRoute } from "../apiRoute.ts";
import { signedIn } from "./reader.ts";

const DAY_MS = 86_400_000;

/** The rooms' calendars: book, cancel, my meetings, a task's meetings. */
export const meetingBookingRoutes = (db: Db, log: Logger) => [
  apiRoute({
    method: "get", path: "/api/meeting-rooms/:id/bookings", tag: "meetings", auth: "optional",
    summary: "A room's calendar: standing bookings that end after `from` (default now) and start within `days` of it; titles, invitees and tasks only for their booker, invitees and managers",
    params: MeetingRoomParams, query: BookingQuery, status: 200, response: MeetingBookingList,
    errors: { 400: "the query is invalid", 404: "no meeting room with that id, or it was archived" },
    handler: async ({ params, query, actor }) => {
      const room = await liveRoom(db, params.id);
      const from = query.from ? new Date(query.from) : new Date();
      const bookings = await listBookingViews(db, { by: "room", roomId: room.id, from, to: new Date(from.getTime() + query.days * DAY_MS) });
      const reader = actor ? { id: actor.user.id, role: actor.user.role } : null;
      return { bookings: bookings.map((b) => bookingForReader(b, reader)) };
    },
  }),
  apiRoute({
    method: "post", path: "/api/meeting-rooms/:id/bookings", tag: "meetings", auth: "meeting.book",
    summary: "Book a slot: park rooms any resident, company and expert rooms their owner side (and managers); invitees are notified",
    params: MeetingRoomParams, body: CreateBookingBody, status: 201, response: MeetingBooking,
    errors: {
      400: "the body is invalid, the times are (ends before it starts, too short or long, in the past, too far ahead), or more people are invited than the room holds",
      403: "the reader may not book this room, or link a meeting to that task",
      404: "no such room, invitee or task",
      409: "booking_overlap: another booking holds part of that time (the message says when)",
    },
    handler: async ({ params, body, actor }) => bookRoom(db, log, params.id, signedIn(actor), body),
  }),
  apiRoute({
    method: "delete", path: "/api/bookings/:id", tag: "meetings", auth: "signed-in",
    summary: "Cancel a booking that has not ended (its booker, the room's owner side or managers); its people are told",
    params: BookingParams, status: 200, response: MeetingBooking,
    errors: { 403: "not the booker, the room's owner side or a manager", 404: "no booking with that id", 409: "cancelled already, or ended" },
    handler: async ({ params, actor }) => cancelRoomBooking(db, log, params.id, signedIn(actor)),
  }),
  apiRoute({
    method: "get", path: "/api/me/meetings", tag: "meetings", auth: "signed-in",
    summary: "My meetings that have not ended, as booker or invitee, soonest first",
    status: 200, response: MeetingBookingList,
    handler: async ({ actor }) => ({ bookings: await listBookingViews(db, { by: "person", userId: signedIn(actor).id, now: new Date() }) }),
  }),
  apiRoute({
    method: "get", path: "/api/tasks/:id/meetings", tag: "meetings", auth: "signed-in",
    summary: "The meetings booked about a task (its poster side, taker, applicants and managers)",
    params: TaskMeetingsParams, status: 200, response: MeetingBookingList,
    errors: { 403: "not on the task's sides", 404: "no task with that id" },
    handler: async ({ params, actor }) => ({ bookings: await taskMeetings(db, params.id, signedIn(actor)) }),
  }),
];

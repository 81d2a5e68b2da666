import {
  ClinicHoursBody, CreateMeetingRoomBody, MeetingRoomDetail, MeetingRoomList, MeetingRoomParams, ParkMeetingRoomsParams, UpdateMeetingRoomBody,
} from "../../../shared/protocol/meetings.ts";
import type { Db } from "../../db/pool.ts";
import { listParkMeetingRooms } from "../../db/repositories/meetingRoomWrites.ts";
import { findPark } from "../../db/repositories/parks.ts";
import type { Logger } from "../../logger.ts";
import type { Actor } from "../../services/accounts.ts";
import { liveMeetings, type LiveMeetings } from "../../services/liveMeetings.ts";
import { archiveRoom, createMeetingRoom, editMeetingRoom, setClinicHours } from "../../services/meetingRoomAdmin.ts";
import { roomDetail, roomSummaries } from "../../services/meetingRoomViews.ts";
import { apiRoute } from "../apiRoute.ts";
import { HttpError } from "../httpError.ts";
import { meetingBookingRoutes } from "./meetingBookings.routes.ts";
import { meetingDeckRoutes } from "./meetingDecks.routes.ts";
import { readerOf, signedIn } from "./reader.ts";

const ROOM_REFUSALS = {
  403: "the reader may not change this room (the code says why)",
  404: "no meeting room with that id, or it was archived",
};

/** Meeting rooms, clinic hours, bookings and slide decks. */
export const meetingRoutes = (db: Db, log: Logger, live: LiveMeetings = liveMeetings) => {
  const detail = async (roomId: string, actor: Actor | null) => roomDetail(db, roomId, readerOf(actor), await live(), new Date());

  return [
    apiRoute({
      method: "get", path: "/api/parks/:parkId/meeting-rooms", tag: "meetings", auth: "optional",
      summary: "A park's meeting rooms: owner, the door that leads in, people inside now, and whether a clinic is open",
      params: ParkMeetingRoomsParams, status: 200, response: MeetingRoomList,
      errors: { 404: "no park with that id" },
      handler: async ({ params }) => {
        if (!(await findPark(db, params.parkId))) throw new HttpError(404, "park_not_found", `there is no park "${params.parkId}"`);
        return { rooms: await roomSummaries(db, await listParkMeetingRooms(db, params.parkId), await live(), new Date()) };
      },
    }),
    apiRoute({
      method: "get", path: "/api/meeting-rooms/:id", tag: "meetings", auth: "optional",
      summary: "One room: clinic hours, the running and next bookings, and what the reader may do (edit, book, and what its door would say)",
      params: MeetingRoomParams, status: 200, response: MeetingRoomDetail,
      errors: { 404: ROOM_REFUSALS[404] },
      handler: async ({ params, actor }) => detail(params.id, actor),
    }),
    apiRoute({
      method: "post", path: "/api/parks/:parkId/meeting-rooms", tag: "meetings", auth: "meeting.manage",
      summary: "Create a meeting room in a park (managers), for the park, a company or a certified expert; its door is placed with the park editor",
      params: ParkMeetingRoomsParams, body: CreateMeetingRoomBody, status: 201, response: MeetingRoomDetail,
      errors: { 400: "the body is invalid", 404: "no such park, or no company or person to own the room", 422: "the company is suspended, or the person is not a certified expert" },
      handler: async ({ params, body, actor }) => detail((await createMeetingRoom(db, log, params.parkId, body)).id, actor),
    }),
    apiRoute({
      method: "patch", path: "/api/meeting-rooms/:id", tag: "meetings", auth: "signed-in",
      summary: "Change a room: managers anything; its owner side the name, description, visibility and capacity",
      params: MeetingRoomParams, body: UpdateMeetingRoomBody, status: 200, response: MeetingRoomDetail,
      errors: { 400: "the body is invalid", ...ROOM_REFUSALS, 422: "the new owner is a suspended company or not a certified expert" },
      handler: async ({ params, body, actor }) => detail((await editMeetingRoom(db, log, params.id, signedIn(actor), body)).id, actor),
    }),
    apiRoute({
      method: "delete", path: "/api/meeting-rooms/:id", tag: "meetings", auth: "meeting.manage",
      summary: "Archive a room (managers); its bookings that have not ended are cancelled and their people told",
      params: MeetingRoomParams, status: 204,
      errors: { 404: ROOM_REFUSALS[404] },
      handler: async ({ params, actor }) => { await archiveRoom(db, log, params.id, signedIn(actor)); },
    }),
    apiRoute({
      method: "put", path: "/api/meeting-rooms/:id/hours", tag: "meetings", auth: "signed-in",
      summary: "Replace a clinic's weekly hours, in the park's time zone (its owner side or managers)",
      params: MeetingRoomParams, body: ClinicHoursBody, status: 200, response: MeetingRoomDetail,
      errors: { 400: "the body is invalid, or two spans of one weekday overlap", ...ROOM_REFUSALS, 409: "the room is not a clinic" },
      handler: async ({ params, body, actor }) => {
        await setClinicHours(db, log, params.id, signedIn(actor), body.hours);
        return detail(params.id, actor);
      },
    }),
    ...meetingBookingRoutes(db, log),
    ...meetingDeckRoutes(db),
  ];
};

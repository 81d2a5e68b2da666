import type { z } from "zod";
import {
  MeetingBooking, MeetingBookingList, MeetingRoomDetail, MeetingRoomList, PeopleList, type ClinicHours,
  type CreateBookingBody, type CreateMeetingRoomBody, type UpdateMeetingRoomBody,
} from "../../shared/protocol/meetings.ts";
import { call } from "./api.ts";

/** The meeting rooms and bookings calls of the HTTP API (shared/protocol/meetings.ts). */

const seg = encodeURIComponent;
const room = (id: string) => `/api/meeting-rooms/${seg(id)}`;
type Token = string | null | undefined;

export const listParkRooms = (parkId: string, token?: Token) =>
  call(MeetingRoomList, "GET", `/api/parks/${seg(parkId)}/meeting-rooms`, { token });
export const fetchRoom = (id: string, token?: Token) => call(MeetingRoomDetail, "GET", room(id), { token });
export const createRoom = (token: string, parkId: string, body: z.input<typeof CreateMeetingRoomBody>) =>
  call(MeetingRoomDetail, "POST", `/api/parks/${seg(parkId)}/meeting-rooms`, { body, token });
export const updateRoom = (token: string, id: string, body: z.input<typeof UpdateMeetingRoomBody>) =>
  call(MeetingRoomDetail, "PATCH", room(id), { body, token });
export const archiveRoom = (token: string, id: string) => call(null, "DELETE", room(id), { token });
export const putClinicHours = (token: string, id: string, hours: ClinicHours[]) =>
  call(MeetingRoomDetail, "PUT", `${room(id)}/hours`, { body: { hours }, token });

/** Bookings of a room that end after `from` (ISO), over `days` days. */
export const listRoomBookings = (id: string, from: string, days: number, token?: Token) =>
  call(MeetingBookingList, "GET", `${room(id)}/bookings?${new URLSearchParams({ from, days: String(days) })}`, { token });
export const createBooking = (token: string, roomId: string, body: z.input<typeof CreateBookingBody>) =>
  call(MeetingBooking, "POST", `${room(roomId)}/bookings`, { body, token });
export const cancelBooking = (token: string, id: string) => call(MeetingBooking, "DELETE", `/api/bookings/${seg(id)}`, { token });
export const fetchMyMeetings = (token: string) => call(MeetingBookingList, "GET", "/api/me/meetings", { token });
export const fetchTaskMeetings = (token: string, taskId: string) =>
  call(MeetingBookingList, "GET", `/api/tasks/${seg(taskId)}/meetings`, { token });
/** People whose name holds `q`, to invite (signed-in residents and managers). */
export const searchPeople = (token: string, q: string) => call(PeopleList, "GET", `/api/people?q=${seg(q)}`, { token });

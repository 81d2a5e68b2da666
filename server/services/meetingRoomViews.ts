import { PARK_TIME_ZONE } from "../../shared/constants.ts";
import type { Role } from "../../shared/protocol/http.ts";
import { BOOKING_MAX_DAYS_AHEAD, type ClinicHours, type MeetingRoomAbilities, type MeetingRoomDetail, type MeetingRoomSummary } from "../../shared/protocol/meetings.ts";
import { clinicOpenAt } from "../../shared/rules/clinicHours.ts";
import { atTheDoor } from "../../shared/rules/meetingAccess.ts";
import { can } from "../../shared/rules/permissions.ts";
import type { Db } from "../db/pool.ts";
import { bookingForReader } from "../../shared/rules/bookingPrivacy.ts";
import { listBookingViews } from "../db/repositories/meetingBookings.ts";
import { findMeetingRoom, type MeetingRoomRow } from "../db/repositories/meetingRooms.ts";
import { clinicHoursOf, ownerViews } from "../db/repositories/meetingRoomWrites.ts";
import { findPark } from "../db/repositories/parks.ts";
import { HttpError } from "../http/httpError.ts";
import type { LiveMeeting } from "./liveMeetings.ts";
import { doorFacts } from "./meetingDoor.ts";

/** The person asking: their id and role. */
export interface Reader { id: string; role: Role }

/** Up to this many bookings on a room's page: the running one and the next ones. */
export const UPCOMING_LIMIT = 50;

export const roomNotFound = () => new HttpError(404, "room_not_found", "there is no meeting room with that id");

/** The room, unless it is unknown or archived (then 404). */
export async function liveRoom(db: Db, id: string): Promise<MeetingRoomRow> {
  const room = await findMeetingRoom(db, id);
  if (!room || room.archived) throw roomNotFound();
  return room;
}

/** Whether the reader may book the room: park rooms take any resident or manager; a company's or an
 * expert's room only its owner's side (and managers). */
export const mayBook = (room: MeetingRoomRow, reader: Reader, ownerSide: boolean): boolean =>
  can(reader.role, "meeting.book") && (room.ownerKind === "park" || reader.role === "manager" || ownerSide);

/** Whether the reader may change the room's name, description, visibility, capacity and hours. */
export const mayEdit = (reader: Reader, ownerSide: boolean): boolean => reader.role === "manager" || ownerSide;

/** The rooms as lists show them: owner, door, people inside, whether the clinic is open. */
export async function roomSummaries(
  db: Db, rooms: readonly MeetingRoomRow[], live: ReadonlyMap<string, LiveMeeting>, now: Date,
): Promise<MeetingRoomSummary[]> {
  const parkIds = [...new Set(rooms.map((r) => r.parkId))];
  const parks = new Map(await Promise.all(parkIds.map(async (id) => [id, await findPark(db, id)] as const)));
  const [owners, hours] = await Promise.all([ownerViews(db, rooms), clinicHoursOf(db, rooms.map((r) => r.id))]);
  return rooms.map((r) => summaryOf(r, {
    owner: owners.get(r.id) ?? { kind: "park" },
    doorId: parks.get(r.parkId)?.layout.doors.find((d) => d.meetingRoomId === r.id)?.id ?? null,
    present: live.get(r.id)?.present ?? 0,
    hours: hours.get(r.id) ?? [],
    now,
  }));
}

function summaryOf(
  r: MeetingRoomRow,
  more: { owner: MeetingRoomSummary["owner"]; doorId: string | null; present: number; hours: readonly ClinicHours[]; now: Date },
): MeetingRoomSummary {
  return {
    id: r.id, parkId: r.parkId, name: r.name, kind: r.kind, capacity: r.capacity, visibility: r.visibility, description: r.description,
    owner: more.owner, doorId: more.doorId, present: more.present,
    clinicOpen: r.kind === "clinic" && clinicOpenAt(more.hours, more.now, PARK_TIME_ZONE),
  };
}

/** One room for its page: hours, the running and next bookings, and what the reader may do. */
export async function roomDetail(
  db: Db, roomId: string, reader: Reader | null, live: ReadonlyMap<string, LiveMeeting>, now: Date,
): Promise<MeetingRoomDetail> {
  const room = await liveRoom(db, roomId);
  const [summary] = await roomSummaries(db, [room], live, now);
  const upcoming = (await listBookingViews(db, { by: "room", roomId, from: now, to: new Date(now.getTime() + (BOOKING_MAX_DAYS_AHEAD + 1) * 86_400_000) }, UPCOMING_LIMIT))
    .map((b) => bookingForReader(b, reader));
  const current = upcoming.find((b) => Date.parse(b.startsAt) <= now.getTime()) ?? null;
  const hours = (await clinicHoursOf(db, [room.id])).get(room.id) ?? [];
  return { ...summary!, hours, upcoming, current, can: await abilities(db, room, reader, live.get(room.id), now) };
}

async function abilities(db: Db, room: MeetingRoomRow, reader: Reader | null, live: LiveMeeting | undefined, now: Date): Promise<MeetingRoomAbilities> {
  if (!reader) return { edit: false, book: false, enter: "sign-in" };
  const facts = await doorFacts(db, room.id, reader, now);
  if (!facts) throw roomNotFound();
  const answer = atTheDoor({
    kind: room.kind, visibility: room.visibility, capacity: room.capacity, locked: live?.locked ?? false, present: live?.present ?? 0,
    clinicOpen: facts.clinicOpen, role: reader.role, ownerSide: facts.ownerSide, booked: facts.booked,
    // Only the live room knows whom its host removed; the page tells the rest.
    removed: false,
  });
  return {
    edit: mayEdit(reader, facts.ownerSide),
    book: mayBook(room, reader, facts.ownerSide),
    enter: answer === "removed" ? "locked" : answer,
  };
}

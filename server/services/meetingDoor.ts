import { CLINIC_DEFAULT_MINUTES, PARK_TIME_ZONE } from "../../shared/constants.ts";
import type { ClinicHours } from "../../shared/protocol/meetings.ts";
import { clinicOpenAt } from "../../shared/rules/clinicHours.ts";
import type { Db } from "../db/pool.ts";
import { findPark } from "../db/repositories/parks.ts";
import { findMeetingRoom, isOwnerSide, runningBooking, type MeetingRoomRow, type RunningBooking } from "../db/repositories/meetingRooms.ts";

/** Everything the door rules (shared/rules/meetingAccess.ts) need about a room and one person,
 * except what only the live room knows (who is inside, the lock, who was removed). */
export interface DoorFacts {
  room: MeetingRoomRow;
  ownerSide: boolean;
  /** The person booked the slot running now, or is invited to it. */
  booked: boolean;
  booking: RunningBooking | null;
  hours: ClinicHours[];
  clinicOpen: boolean;
  /** The clinic's pace: the mean of its last consultations, or the default. */
  minutesPerVisit: number;
  /** The park door that leads into the room, from the park's layout; null when none does. */
  doorId: string | null;
}

const PACE_SAMPLE = 20;

export async function loadClinicHours(db: Db, roomId: string): Promise<ClinicHours[]> {
  const { rows } = await db.query<ClinicHours>(
    `SELECT weekday, start_minute AS "startMinute", end_minute AS "endMinute"
       FROM meeting_room_hours WHERE room_id = $1 ORDER BY weekday, start_minute`,
    [roomId],
  );
  return rows;
}

export async function clinicPace(db: Db, roomId: string): Promise<number> {
  const { rows } = await db.query<{ minutes: number | null }>(
    `SELECT avg(extract(epoch FROM ended_at - started_at) / 60)::float8 AS minutes
       FROM (SELECT started_at, ended_at FROM meeting_consultations WHERE room_id = $1 ORDER BY ended_at DESC LIMIT ${PACE_SAMPLE}) recent`,
    [roomId],
  );
  const minutes = rows[0]?.minutes;
  return minutes ? Math.max(1, Math.round(minutes)) : CLINIC_DEFAULT_MINUTES;
}

export async function doorOf(db: Db, room: MeetingRoomRow): Promise<string | null> {
  const park = await findPark(db, room.parkId);
  return park?.layout.doors.find((d) => d.meetingRoomId === room.id)?.id ?? null;
}

/** The facts for `user` at `room`'s door at `now`; null when there is no such room (or it is archived). */
export async function doorFacts(db: Db, roomId: string, user: { id: string; role: string }, now: Date): Promise<DoorFacts | null> {
  const room = await findMeetingRoom(db, roomId);
  if (!room || room.archived) return null;
  const [ownerSide, booking, hours, minutesPerVisit, doorId] = await Promise.all([
    isOwnerSide(db, room, user), runningBooking(db, roomId, now), loadClinicHours(db, roomId), clinicPace(db, roomId), doorOf(db, room),
  ]);
  const booked = booking !== null && (booking.bookerId === user.id || booking.inviteeIds.includes(user.id));
  return {
    room, ownerSide, booked, booking, hours, doorId, minutesPerVisit,
    clinicOpen: room.kind === "clinic" && clinicOpenAt(hours, now, PARK_TIME_ZONE),
  };
}

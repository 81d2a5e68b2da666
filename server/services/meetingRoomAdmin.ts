import type { ClinicHours, CreateMeetingRoomBody, MeetingOwner, UpdateMeetingRoomBody } from "../../shared/protocol/meetings.ts";
import { overlappingHours } from "../../shared/rules/clinicHours.ts";
import type { Db } from "../db/pool.ts";
import { cancelRoomBookings } from "../db/repositories/meetingBookings.ts";
import { isOwnerSide, type MeetingRoomRow } from "../db/repositories/meetingRooms.ts";
import { archiveMeetingRoom, insertMeetingRoom, replaceClinicHours, updateMeetingRoom } from "../db/repositories/meetingRoomWrites.ts";
import { findPark } from "../db/repositories/parks.ts";
import { findCompanyState, findExpertLevel } from "../db/repositories/tasks.ts";
import { HttpError } from "../http/httpError.ts";
import type { Logger } from "../logger.ts";
import { publishParkEvent } from "../park/parkEvents.ts";
import { inTransaction } from "../db/inTransaction.ts";
import { tellCancelled } from "./meetingBookings.ts";
import { liveRoom, mayEdit, roomNotFound, type Reader } from "./meetingRoomViews.ts";

/** A room's owner must be there: a company the managers have not suspended, or a certified expert. */
async function checkOwner(db: Db, owner: MeetingOwner): Promise<void> {
  if (owner.kind === "company") {
    const company = await findCompanyState(db, owner.companyId);
    if (!company) throw new HttpError(404, "company_not_found", "there is no company with that id to own the room");
    if (company.suspended) throw new HttpError(422, "company_suspended", "the company is suspended; it cannot be given a room");
  }
  if (owner.kind === "expert") {
    const level = await findExpertLevel(db, owner.userId);
    if (level === null) throw new HttpError(404, "user_not_found", "there is nobody with that id to own the room");
    if (level === "none") throw new HttpError(422, "not_an_expert", "only certified experts (expert or authority) own a room");
  }
}

/** Park signs show the rooms: a change reloads them. A lost message only delays the signs. */
async function tellPark(log: Logger, parkId: string): Promise<void> {
  await publishParkEvent(parkId, { kind: "rooms" }).catch((err: unknown) => log.warn({ err, parkId }, "could not tell the park about its rooms"));
}

export async function createMeetingRoom(db: Db, log: Logger, parkId: string, body: CreateMeetingRoomBody): Promise<MeetingRoomRow> {
  if (!(await findPark(db, parkId))) throw new HttpError(404, "park_not_found", `there is no park "${parkId}"`);
  await checkOwner(db, body.owner);
  const room = await insertMeetingRoom(db, parkId, body);
  await tellPark(log, parkId);
  return room;
}

/** Managers change anything; the owner's side the name, description, visibility and capacity. */
export async function editMeetingRoom(db: Db, log: Logger, roomId: string, reader: Reader, body: UpdateMeetingRoomBody): Promise<MeetingRoomRow> {
  const room = await liveRoom(db, roomId);
  if (reader.role !== "manager") {
    if (!(await isOwnerSide(db, room, reader))) throw new HttpError(403, "not_the_owner", "only the room's owner side and managers change it");
    if (body.owner !== undefined || body.kind !== undefined) {
      throw new HttpError(403, "managers_only", "only managers change a room's owner or kind");
    }
  }
  if (body.owner) await checkOwner(db, body.owner);
  const updated = await updateMeetingRoom(db, room.id, body);
  if (!updated) throw roomNotFound();
  await tellPark(log, room.parkId);
  return updated;
}

/** Archives the room; its bookings that have not ended are cancelled and their people told. */
export async function archiveRoom(db: Db, log: Logger, roomId: string, reader: Reader, now = new Date()): Promise<void> {
  const room = await liveRoom(db, roomId);
  if (!(await archiveMeetingRoom(db, room.id))) throw roomNotFound();
  const cancelled = await cancelRoomBookings(db, room.id, now);
  await tellCancelled(db, log, room, cancelled, reader.id);
  await tellPark(log, room.parkId);
}

const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Replaces a clinic's weekly hours (its owner's side or a manager). */
export async function setClinicHours(db: Db, log: Logger, roomId: string, reader: Reader, hours: readonly ClinicHours[]): Promise<void> {
  const room = await liveRoom(db, roomId);
  if (!mayEdit(reader, await isOwnerSide(db, room, reader))) throw new HttpError(403, "not_the_owner", "only the room's owner side and managers set its hours");
  if (room.kind !== "clinic") throw new HttpError(409, "not_a_clinic", "only clinic rooms have clinic hours; make the room a clinic first");
  const clash = overlappingHours(hours);
  if (clash) {
    const [a, b] = clash;
    throw new HttpError(400, "hours_overlap",
      `clinic hours overlap on ${WEEKDAYS[a.weekday - 1]}: ${clock(a.startMinute)}–${clock(a.endMinute)} and ${clock(b.startMinute)}–${clock(b.endMinute)}`);
  }
  await inTransaction(db, (c) => replaceClinicHours(c, room.id, hours));
  await tellPark(log, room.parkId);
}

import type { CreateBookingBody, MeetingBooking } from "../../shared/protocol/meetings.ts";
import { bookingTimeProblem, firstOverlap } from "../../shared/rules/bookingRules.ts";
import type { Db } from "../db/pool.ts";
import type { Queryable } from "../db/repositories/booths.ts";
import {
  cancelBooking, findBooking, insertBooking, inviteeIdsOf, listBookingViews, lockMeetingRoom, overlappingBookings, unknownUserIds,
  type BookingRow,
} from "../db/repositories/meetingBookings.ts";
import { findMeetingRoom, isOwnerSide, type MeetingRoomRow } from "../db/repositories/meetingRooms.ts";
import { notify, type MeetingNotificationPayload } from "../db/repositories/notifications.ts";
import { listParkIds } from "../db/repositories/parks.ts";
import { findApplicationOf } from "../db/repositories/taskApplications.ts";
import { findTask, posterSideIds, type TaskRow } from "../db/repositories/tasks.ts";
import { HttpError } from "../http/httpError.ts";
import type { Logger } from "../logger.ts";
import { publishParkEvent } from "../park/parkEvents.ts";
import { liveRoom, mayBook, roomNotFound, type Reader } from "./meetingRoomViews.ts";
import { inTransaction } from "../db/inTransaction.ts";

const timeOf = (d: Date) => d.toISOString();

/** The people of a task who may meet about it: the poster's side, the taker, applicants. */
export async function onTaskSides(q: Queryable, task: TaskRow, userId: string): Promise<boolean> {
  if (task.takerId === userId) return true;
  if ((await posterSideIds(q, task)).includes(userId)) return true;
  return (await findApplicationOf(q, task.id, userId)) !== null;
}

const taskNotFound = () => new HttpError(404, "task_not_found", "there is no task with that id");

/** The task's meetings, for its page; only its sides (and managers) see them. */
export async function taskMeetings(db: Db, taskId: string, reader: Reader): Promise<MeetingBooking[]> {
  const task = await findTask(db, taskId);
  if (!task) throw taskNotFound();
  if (reader.role !== "manager" && !(await onTaskSides(db, task, reader.id))) {
    throw new HttpError(403, "not_on_the_task", "only the task's poster side, its taker, its applicants and managers see its meetings");
  }
  return listBookingViews(db, { by: "task", taskId });
}

/**
 * Books a slot of the room's calendar. Who may, the times and the invitees are checked first;
 * then, holding the room's row, the calendar: of several people asking for the same time at once,
 * one gets it and the others hear who did.
 */
export async function bookRoom(db: Db, log: Logger, roomId: string, reader: Reader, body: CreateBookingBody, now = new Date()): Promise<MeetingBooking> {
  const room = await liveRoom(db, roomId);
  if (!mayBook(room, reader, await isOwnerSide(db, room, reader))) {
    throw new HttpError(403, "not_bookable", room.ownerKind === "company"
      ? "only the company's members (and the park's managers) book this room"
      : "only the expert (and the park's managers) book this room");
  }
  const span = { startsAt: new Date(body.startsAt), endsAt: new Date(body.endsAt) };
  const problem = bookingTimeProblem(span, now);
  if (problem) throw new HttpError(400, "bad_time", problem);

  // The booker comes anyway: not their own invitee; each person once.
  const inviteeIds = [...new Set(body.inviteeIds)].filter((id) => id !== reader.id);
  if (inviteeIds.length + 1 > room.capacity) {
    throw new HttpError(400, "too_many_invitees", `the room holds ${room.capacity} people: invite at most ${room.capacity - 1} besides yourself`);
  }
  const unknown = await unknownUserIds(db, inviteeIds);
  if (unknown.length > 0) throw new HttpError(404, "invitee_not_found", `there is nobody with the id ${unknown[0]} to invite`);

  let taskId: string | null = null;
  if (body.taskId) {
    const task = await findTask(db, body.taskId);
    if (!task) throw taskNotFound();
    if (!(await onTaskSides(db, task, reader.id))) {
      throw new HttpError(403, "not_on_the_task", "only the task's poster side, its taker or an applicant book a meeting about it");
    }
    taskId = task.id;
  }

  const bookingId = await inTransaction(db, async (c) => {
    const locked = await lockMeetingRoom(c, room.id);
    if (!locked || locked.archived) throw roomNotFound();
    const other = firstOverlap(await overlappingBookings(c, room.id, span.startsAt, span.endsAt), span);
    if (other) {
      throw new HttpError(409, "booking_overlap",
        `the room is booked from ${timeOf(other.startsAt)} to ${timeOf(other.endsAt)} ("${other.title}"); choose another time`);
    }
    return insertBooking(c, { roomId: room.id, title: body.title, startsAt: span.startsAt, endsAt: span.endsAt, bookerId: reader.id, taskId, inviteeIds });
  });
  const [booking] = await listBookingViews(db, { by: "ids", ids: [bookingId] });
  await tellPeople(db, log, inviteeIds, "meeting-invited", room, { id: bookingId, title: body.title, startsAt: span.startsAt });
  return booking!;
}

/** Cancels a booking that has not ended: its booker, the room's owner side or a manager may. */
export async function cancelRoomBooking(db: Db, log: Logger, bookingId: string, reader: Reader, now = new Date()): Promise<MeetingBooking> {
  const booking = await findBooking(db, bookingId);
  if (!booking) throw new HttpError(404, "booking_not_found", "there is no booking with that id");
  const room = await findMeetingRoom(db, booking.roomId);
  if (!room) throw new HttpError(404, "booking_not_found", "there is no booking with that id");
  const allowed = booking.bookerId === reader.id || reader.role === "manager" || (await isOwnerSide(db, room, reader));
  if (!allowed) throw new HttpError(403, "not_your_booking", "only the booker, the room's owner side and managers cancel a booking");
  if (booking.cancelled) throw new HttpError(409, "already_cancelled", "this booking was cancelled already");
  if (booking.endsAt.getTime() <= now.getTime()) throw new HttpError(409, "already_ended", "this meeting has ended; there is nothing to cancel");
  if (!(await cancelBooking(db, booking.id))) throw new HttpError(409, "already_cancelled", "this booking was cancelled already");
  await tellCancelled(db, log, room, [booking], reader.id);
  const [view] = await listBookingViews(db, { by: "ids", ids: [booking.id] });
  return view!;
}

/** Tells the people of cancelled bookings (the invitees, and the booker when someone else cancelled). */
export async function tellCancelled(db: Db, log: Logger, room: MeetingRoomRow, bookings: readonly BookingRow[], actorId: string): Promise<void> {
  for (const b of bookings) {
    const people = [...(await inviteeIdsOf(db, b.id)), b.bookerId].filter((id) => id !== actorId);
    await tellPeople(db, log, people, "meeting-cancelled", room, b);
  }
}

async function tellPeople(
  db: Db, log: Logger, userIds: readonly string[], kind: "meeting-invited" | "meeting-cancelled", room: MeetingRoomRow,
  booking: { id: string; title: string; startsAt: Date },
): Promise<void> {
  const payload: MeetingNotificationPayload = {
    bookingId: booking.id, roomId: room.id, roomName: room.name, parkId: room.parkId, title: booking.title, startsAt: timeOf(booking.startsAt),
  };
  const notified = await notify(db, userIds, kind, payload);
  await pingNotified(db, log, notified);
}

/** Every park hears who got notifications: their clients fetch them wherever they are. A lost ping
 * is logged, never a failed request: the booking stands. */
export async function pingNotified(db: Db, log: Logger, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  try {
    const parkIds = await listParkIds(db);
    await Promise.all(parkIds.map((parkId) => publishParkEvent(parkId, { kind: "notified", userIds: [...userIds] }).catch((err: unknown) => {
      log.warn({ err, parkId }, "could not tell a park about meeting notifications");
    })));
  } catch (err) {
    log.warn({ err }, "could not tell the parks about meeting notifications");
  }
}

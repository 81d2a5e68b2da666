import type { MeetingBooking } from "../../../shared/protocol/meetings.ts";
import type { Queryable } from "./booths.ts";

/** A booking as stored, for the rules: when, who booked it, whether it still stands. */
export interface BookingRow {
  id: string;
  roomId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  bookerId: string;
  taskId: string | null;
  cancelled: boolean;
}

const BOOKING_COLUMNS = `b.id, b.room_id AS "roomId", b.title, b.starts_at AS "startsAt", b.ends_at AS "endsAt",
  b.booker_id AS "bookerId", b.task_id AS "taskId", (b.cancelled_at IS NOT NULL) AS cancelled`;

export async function findBooking(db: Queryable, id: string): Promise<BookingRow | null> {
  const { rows } = await db.query<BookingRow>(`SELECT ${BOOKING_COLUMNS} FROM meeting_bookings b WHERE b.id = $1`, [id]);
  return rows[0] ?? null;
}

/** Holds the room's row until the transaction ends: bookings of one room are decided one at a time. */
export async function lockMeetingRoom(db: Queryable, roomId: string): Promise<{ archived: boolean } | null> {
  const { rows } = await db.query<{ archived: boolean }>(
    "SELECT (archived_at IS NOT NULL) AS archived FROM meeting_rooms WHERE id = $1 FOR UPDATE", [roomId],
  );
  return rows[0] ?? null;
}

/** The standing bookings of the room that share any time with [startsAt, endsAt). */
export async function overlappingBookings(db: Queryable, roomId: string, startsAt: Date, endsAt: Date): Promise<BookingRow[]> {
  const { rows } = await db.query<BookingRow>(
    `SELECT ${BOOKING_COLUMNS} FROM meeting_bookings b
      WHERE b.room_id = $1 AND b.cancelled_at IS NULL AND b.starts_at < $3 AND b.ends_at > $2 ORDER BY b.starts_at`,
    [roomId, startsAt, endsAt],
  );
  return rows;
}

export interface NewBooking {
  roomId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  bookerId: string;
  taskId: string | null;
  inviteeIds: readonly string[];
  demo?: boolean;
}

export async function insertBooking(db: Queryable, b: NewBooking): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO meeting_bookings (room_id, title, starts_at, ends_at, booker_id, task_id, demo)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [b.roomId, b.title, b.startsAt, b.endsAt, b.bookerId, b.taskId, b.demo ?? false],
  );
  const id = rows[0]!.id;
  if (b.inviteeIds.length > 0) {
    await db.query(
      "INSERT INTO meeting_booking_invitees (booking_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING", [id, b.inviteeIds],
    );
  }
  return id;
}

export async function inviteeIdsOf(db: Queryable, bookingId: string): Promise<string[]> {
  const { rows } = await db.query<{ userId: string }>(`SELECT user_id AS "userId" FROM meeting_booking_invitees WHERE booking_id = $1`, [bookingId]);
  return rows.map((r) => r.userId);
}

/** Cancels the booking if it still stands; false when it was cancelled already. */
export async function cancelBooking(db: Queryable, id: string): Promise<boolean> {
  const { rowCount } = await db.query("UPDATE meeting_bookings SET cancelled_at = now() WHERE id = $1 AND cancelled_at IS NULL", [id]);
  return (rowCount ?? 0) > 0;
}

/** Cancels the room's bookings that have not ended; answers them, for telling their people. */
export async function cancelRoomBookings(db: Queryable, roomId: string, now: Date): Promise<BookingRow[]> {
  const { rows } = await db.query<BookingRow>(
    `UPDATE meeting_bookings b SET cancelled_at = now()
      WHERE b.room_id = $1 AND b.cancelled_at IS NULL AND b.ends_at > $2 RETURNING ${BOOKING_COLUMNS}`,
    [roomId, now],
  );
  return rows;
}

/** Which of these user ids name nobody, in the order given. */
export async function unknownUserIds(db: Queryable, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<{ id: string }>("SELECT id FROM users WHERE id = ANY($1::uuid[])", [ids]);
  const found = new Set(rows.map((r) => r.id));
  return ids.filter((id) => !found.has(id));
}

// ---- Bookings as the API shows them -------------------------------------------------------------

/** Which bookings to show; each is one filter of the query below. */
export type BookingFilter =
  | { by: "ids"; ids: readonly string[] }
  /** The calendar: standing bookings of the room that end after `from` and start before `to`. */
  | { by: "room"; roomId: string; from: Date; to: Date }
  /** Standing bookings of one's own (as booker or invitee) that have not ended. */
  | { by: "person"; userId: string; now: Date }
  | { by: "task"; taskId: string };

const filterOf = (f: BookingFilter): { where: string; params: unknown[] } => {
  switch (f.by) {
    case "ids": return { where: "b.id = ANY($1::uuid[])", params: [f.ids] };
    case "room": return { where: "b.room_id = $1 AND b.cancelled_at IS NULL AND b.ends_at > $2 AND b.starts_at < $3", params: [f.roomId, f.from, f.to] };
    case "person": return {
      where: `b.cancelled_at IS NULL AND b.ends_at > $2
              AND (b.booker_id = $1 OR EXISTS (SELECT 1 FROM meeting_booking_invitees i WHERE i.booking_id = b.id AND i.user_id = $1))`,
      params: [f.userId, f.now],
    };
    case "task": return { where: "b.task_id = $1", params: [f.taskId] };
  }
};

interface BookingViewRow extends Omit<MeetingBooking, "startsAt" | "endsAt"> { startsAt: Date; endsAt: Date }

/** Bookings with their room, booker, invitees and task, soonest first. */
export async function listBookingViews(db: Queryable, filter: BookingFilter, limit = 200): Promise<MeetingBooking[]> {
  const { where, params } = filterOf(filter);
  const { rows } = await db.query<BookingViewRow>(
    `SELECT b.id, b.room_id AS "roomId", r.name AS "roomName", r.park_id AS "parkId", b.title,
            b.starts_at AS "startsAt", b.ends_at AS "endsAt", (b.cancelled_at IS NOT NULL) AS cancelled,
            json_build_object('id', u.id, 'displayName', u.display_name, 'colour', u.colour) AS booker,
            COALESCE((SELECT json_agg(json_build_object('id', iu.id, 'displayName', iu.display_name, 'colour', iu.colour) ORDER BY iu.display_name, iu.id)
                        FROM meeting_booking_invitees i JOIN users iu ON iu.id = i.user_id WHERE i.booking_id = b.id), '[]'::json) AS invitees,
            CASE WHEN t.id IS NULL THEN NULL ELSE json_build_object('id', t.id, 'title', t.title) END AS task
       FROM meeting_bookings b
       JOIN meeting_rooms r ON r.id = b.room_id
       JOIN users u ON u.id = b.booker_id
       LEFT JOIN tasks t ON t.id = b.task_id
      WHERE ${where}
      ORDER BY b.starts_at, b.id
      LIMIT ${Math.max(1, Math.floor(limit))}`,
    params,
  );
  return rows.map((r) => ({ ...r, startsAt: r.startsAt.toISOString(), endsAt: r.endsAt.toISOString() }));
}

/** Whether the person booked, or is invited to, a standing booking of the room that runs at some time in [from, to). */
export async function hasBookingBetween(db: Queryable, roomId: string, userId: string, from: Date, to: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    `SELECT 1 FROM meeting_bookings b
      WHERE b.room_id = $1 AND b.cancelled_at IS NULL AND b.starts_at < $4 AND b.ends_at > $3
        AND (b.booker_id = $2 OR EXISTS (SELECT 1 FROM meeting_booking_invitees i WHERE i.booking_id = b.id AND i.user_id = $2))
      LIMIT 1`,
    [roomId, userId, from, to],
  );
  return (rowCount ?? 0) > 0;
}

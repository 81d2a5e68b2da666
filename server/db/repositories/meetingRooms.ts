import type { MeetingKind, MeetingVisibility } from "../../../shared/protocol/meetings.ts";
import type { Db } from "../pool.ts";
import type { Queryable } from "./booths.ts";

export interface MeetingRoomRow {
  id: string;
  parkId: string;
  name: string;
  kind: MeetingKind;
  capacity: number;
  visibility: MeetingVisibility;
  ownerKind: "park" | "company" | "expert";
  ownerCompanyId: string | null;
  ownerUserId: string | null;
  description: string;
  screenMode: "none" | "slides" | "whiteboard";
  screenDeckId: string | null;
  screenPage: number;
  archived: boolean;
}

export const MEETING_ROOM_COLUMNS = `r.id, r.park_id AS "parkId", r.name, r.kind, r.capacity, r.visibility,
  r.owner_kind AS "ownerKind", r.owner_company_id AS "ownerCompanyId", r.owner_user_id AS "ownerUserId",
  r.description, r.screen_mode AS "screenMode", r.screen_deck_id AS "screenDeckId", r.screen_page AS "screenPage",
  (r.archived_at IS NOT NULL) AS archived`;

export async function findMeetingRoom(db: Queryable, id: string): Promise<MeetingRoomRow | null> {
  const { rows } = await db.query<MeetingRoomRow>(`SELECT ${MEETING_ROOM_COLUMNS} FROM meeting_rooms r WHERE r.id = $1`, [id]);
  return rows[0] ?? null;
}

/** Whether the user is of the room's owner side: its company's member, its expert, or for a park
 * room any manager. */
export async function isOwnerSide(db: Queryable, room: MeetingRoomRow, user: { id: string; role: string }): Promise<boolean> {
  switch (room.ownerKind) {
    case "park": return user.role === "manager";
    case "expert": return room.ownerUserId === user.id;
    case "company": {
      const { rowCount } = await db.query(`SELECT 1 FROM company_members WHERE company_id = $1 AND user_id = $2`, [room.ownerCompanyId, user.id]);
      return (rowCount ?? 0) > 0;
    }
  }
}

/** The booking of the room running at `now`, with who may come in without knocking. */
export interface RunningBooking { id: string; title: string; bookerId: string; inviteeIds: string[]; endsAt: Date }

export async function runningBooking(db: Db, roomId: string, now: Date): Promise<RunningBooking | null> {
  const { rows } = await db.query<RunningBooking>(
    `SELECT b.id, b.title, b.booker_id AS "bookerId", b.ends_at AS "endsAt",
            COALESCE(array_agg(i.user_id) FILTER (WHERE i.user_id IS NOT NULL), '{}') AS "inviteeIds"
       FROM meeting_bookings b LEFT JOIN meeting_booking_invitees i ON i.booking_id = b.id
      WHERE b.room_id = $1 AND b.cancelled_at IS NULL AND b.starts_at <= $2 AND b.ends_at > $2
      GROUP BY b.id`,
    [roomId, now],
  );
  return rows[0] ?? null;
}

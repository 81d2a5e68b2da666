import type { Db } from "../pool.ts";

/** One person's time inside a meeting room, recorded when they leave it. */
export interface MeetingAttendance { roomId: string; userId: string; joinedAt: Date; leftAt: Date }

/** Stores one stay in a meeting room; someone whose account is already gone is kept as nobody. */
export async function recordMeetingAttendance(db: Db, a: MeetingAttendance): Promise<void> {
  await db.query(
    `INSERT INTO meeting_attendance (room_id, user_id, joined_at, left_at)
     SELECT $1, (SELECT id FROM users WHERE id = $2), $3, $4`,
    [a.roomId, a.userId, a.joinedAt, a.leftAt],
  );
}

import type { Db } from "../pool.ts";

export interface RoomSignRow { roomId: string; name: string; kind: string; visibility: string; capacity: number }

/** The park's meeting rooms as their doors show them; which door leads where is the layout's. */
export async function listRoomSigns(db: Db, parkId: string): Promise<RoomSignRow[]> {
  const { rows } = await db.query<RoomSignRow>(
    `SELECT id AS "roomId", name, kind, visibility, capacity FROM meeting_rooms WHERE park_id = $1 AND archived_at IS NULL`,
    [parkId],
  );
  return rows;
}

import type { MeetingChatLine, MeetingDeckView, Stroke } from "../../../shared/protocol/meetingMessages.ts";
import type { Db } from "../pool.ts";

/**
 * What a meeting room shows, stored: whiteboard strokes, chat lines, the screen, clinic
 * consultations. The live room writes here before it tells anyone, so a restart shows the same.
 */

interface StrokeRow { id: string; user_id: string | null; colour: string; width: number; points: number[] }
const toStroke = (r: StrokeRow): Stroke => ({ id: Number(r.id), userId: r.user_id, colour: r.colour, width: r.width, points: r.points });

/** Every stroke of the room's whiteboard, in the order drawn. */
export async function listStrokes(db: Db, roomId: string): Promise<Stroke[]> {
  const { rows } = await db.query<StrokeRow>(
    `SELECT id, user_id, colour, width, points FROM meeting_strokes WHERE room_id = $1 ORDER BY id`, [roomId],
  );
  return rows.map(toStroke);
}

export async function countStrokes(db: Db, roomId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM meeting_strokes WHERE room_id = $1`, [roomId]);
  return rows[0]?.n ?? 0;
}

export async function insertStroke(
  db: Db, roomId: string, s: { userId: string; colour: string; width: number; points: number[] },
): Promise<Stroke> {
  const { rows } = await db.query<StrokeRow>(
    `INSERT INTO meeting_strokes (room_id, user_id, colour, width, points) VALUES ($1, $2, $3, $4, $5)
     RETURNING id, user_id, colour, width, points`,
    [roomId, s.userId, s.colour, s.width, s.points],
  );
  return toStroke(rows[0]!);
}

export async function clearStrokes(db: Db, roomId: string): Promise<void> {
  await db.query(`DELETE FROM meeting_strokes WHERE room_id = $1`, [roomId]);
}

export async function insertMeetingMessage(
  db: Db, roomId: string, m: { userId: string; name: string; role: string; text: string },
): Promise<MeetingChatLine> {
  const { rows } = await db.query<{ id: string; created_at: Date }>(
    `INSERT INTO meeting_messages (room_id, user_id, name, role, text) VALUES ($1, $2, $3, $4, $5) RETURNING id, created_at`,
    [roomId, m.userId, m.name, m.role, m.text],
  );
  const row = rows[0]!;
  return { id: row.id, userId: m.userId, name: m.name, role: m.role, text: m.text, at: row.created_at.toISOString() };
}

/** The room's latest chat lines, oldest first. */
export async function latestMeetingMessages(db: Db, roomId: string, limit: number): Promise<MeetingChatLine[]> {
  const { rows } = await db.query<{ id: string; user_id: string; name: string; role: string; text: string; created_at: Date }>(
    `SELECT id, user_id, name, role, text, created_at FROM meeting_messages
      WHERE room_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
    [roomId, limit],
  );
  return rows.reverse().map((r) => ({ id: r.id, userId: r.user_id, name: r.name, role: r.role, text: r.text, at: r.created_at.toISOString() }));
}

/** A deck of slides, only when it belongs to this room (a host cannot show another room's deck). */
export async function findRoomDeck(db: Db, roomId: string, deckId: string): Promise<MeetingDeckView | null> {
  const { rows } = await db.query<MeetingDeckView>(
    `SELECT id, title, page_ids::text[] AS "pageIds" FROM meeting_decks WHERE id = $1 AND room_id = $2`, [deckId, roomId],
  );
  return rows[0] ?? null;
}

export interface StoredScreen { mode: "none" | "slides" | "whiteboard"; deckId: string | null; page: number }

export async function saveScreen(db: Db, roomId: string, screen: StoredScreen): Promise<void> {
  await db.query(
    `UPDATE meeting_rooms SET screen_mode = $2, screen_deck_id = $3, screen_page = $4 WHERE id = $1`,
    [roomId, screen.mode, screen.deckId, screen.page],
  );
}

/** A clinic visit that ended: the room's pace (services/meetingDoor.ts clinicPace) learns from these. */
export async function insertConsultation(
  db: Db, roomId: string, c: { visitorId: string; startedAt: Date; endedAt: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO meeting_consultations (room_id, visitor_id, started_at, ended_at) VALUES ($1, $2, $3, $4)`,
    [roomId, c.visitorId, c.startedAt, c.endedAt],
  );
}

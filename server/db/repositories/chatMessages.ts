import type { ChatChannel, ChatLine } from "../../../shared/protocol/chat.ts";
import type { Db } from "../pool.ts";

export interface NewChatMessage {
  parkId: string;
  channel: ChatChannel;
  userId: string;
  name: string;
  role: string;
  text: string;
  x: number | null;
  z: number | null;
}

export async function insertChatMessage(db: Db, m: NewChatMessage): Promise<{ id: string; at: string }> {
  const { rows } = await db.query<{ id: string; created_at: Date }>(
    `INSERT INTO chat_messages (park_id, channel, user_id, name, role, text, x, z)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, created_at`,
    [m.parkId, m.channel, m.userId, m.name, m.role, m.text, m.x, m.z],
  );
  return { id: rows[0]!.id, at: rows[0]!.created_at.toISOString() };
}

/** The latest lines of a park's channel, oldest first. */
export async function latestParkChannel(db: Db, parkId: string, limit: number): Promise<ChatLine[]> {
  const { rows } = await db.query<{ id: string; user_id: string; name: string; role: string; text: string; created_at: Date }>(
    `SELECT id, user_id, name, role, text, created_at FROM chat_messages
      WHERE park_id = $1 AND channel = 'park' ORDER BY created_at DESC LIMIT $2`,
    [parkId, limit],
  );
  return rows.reverse().map((r) => ({
    id: r.id, channel: "park", sessionId: null, userId: r.user_id, name: r.name, role: r.role, text: r.text,
    at: r.created_at.toISOString(),
  }));
}

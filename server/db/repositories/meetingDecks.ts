import type { Deck } from "../../../shared/protocol/meetings.ts";
import type { Queryable } from "./booths.ts";

const DECK_COLUMNS = `id, room_id AS "roomId", title, page_ids AS "pageIds", created_at AS "createdAt"`;
type DeckRow = Omit<Deck, "createdAt"> & { createdAt: Date };
const toDeck = (r: DeckRow): Deck => ({ ...r, createdAt: r.createdAt.toISOString() });

export async function insertDeck(db: Queryable, roomId: string, title: string, pageIds: readonly string[], createdBy: string): Promise<Deck> {
  const { rows } = await db.query<DeckRow>(
    `INSERT INTO meeting_decks (room_id, title, page_ids, created_by) VALUES ($1, $2, $3::uuid[], $4) RETURNING ${DECK_COLUMNS}`,
    [roomId, title, pageIds, createdBy],
  );
  return toDeck(rows[0]!);
}

/** The room's decks, newest first. */
export async function listDecks(db: Queryable, roomId: string): Promise<Deck[]> {
  const { rows } = await db.query<DeckRow>(`SELECT ${DECK_COLUMNS} FROM meeting_decks WHERE room_id = $1 ORDER BY created_at DESC, id`, [roomId]);
  return rows.map(toDeck);
}

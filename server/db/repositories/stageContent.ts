import type { Product } from "../../../shared/protocol/companies.ts";
import type { StageView } from "../../../shared/protocol/stageMessages.ts";
import type { QueuedQuestion } from "../../stage/questionQueue.ts";
import type { Db } from "../pool.ts";

/** What the live hall reads and writes of an event: the stage, questions, votes and attendance. */

export interface StageEvent {
  id: string;
  parkId: string;
  companyId: string | null;
  title: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  /** events.stage: the StageView as the presenter left it, or {} before the first change. */
  stage: Partial<StageView>;
}

export async function findStageEvent(db: Db, eventId: string): Promise<StageEvent | null> {
  const { rows } = await db.query<StageEvent>(
    `SELECT id, park_id AS "parkId", company_id AS "companyId", title, starts_at AS "startsAt", ends_at AS "endsAt", status, stage
       FROM events WHERE id = $1`,
    [eventId],
  );
  return rows[0] ?? null;
}

export type StageRole = "host" | "speaker" | "moderator";

/** A person's standing at an event: their role on its programme, and whether they belong to its company. */
export async function stageStanding(
  db: Db, eventId: string, userId: string,
): Promise<{ stageRole: StageRole | null; companyMember: boolean }> {
  const { rows } = await db.query<{ stageRole: StageRole | null; companyMember: boolean }>(
    `SELECT (SELECT role FROM event_people WHERE event_id = e.id AND user_id = $2) AS "stageRole",
            EXISTS (SELECT 1 FROM company_members m WHERE m.company_id = e.company_id AND m.user_id = $2) AS "companyMember"
       FROM events e WHERE e.id = $1`,
    [eventId, userId],
  );
  return rows[0] ?? { stageRole: null, companyMember: false };
}

export async function saveStage(db: Db, eventId: string, view: StageView): Promise<void> {
  await db.query(`UPDATE events SET stage = $2::jsonb, updated_at = now() WHERE id = $1`, [eventId, JSON.stringify(view)]);
}

export async function findEventDeck(db: Db, eventId: string, deckId: string): Promise<{ id: string; title: string; pageIds: string[] } | null> {
  const { rows } = await db.query<{ id: string; title: string; pageIds: string[] }>(
    `SELECT id, title, page_ids::text[] AS "pageIds" FROM event_decks WHERE id = $1 AND event_id = $2`,
    [deckId, eventId],
  );
  return rows[0] ?? null;
}

export async function companyProducts(db: Db, companyId: string): Promise<{ companyName: string; products: Product[] } | null> {
  const { rows } = await db.query<{ companyName: string; products: Product[] }>(
    `SELECT name AS "companyName", products FROM companies WHERE id = $1`,
    [companyId],
  );
  return rows[0] ?? null;
}

export async function insertQuestion(db: Db, eventId: string, q: { userId: string; name: string; text: string }): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO event_questions (event_id, user_id, name, text) VALUES ($1, $2, $3, $4) RETURNING id`,
    [eventId, q.userId, q.name, q.text],
  );
  return rows[0]!.id;
}

/** One vote per person per question (the votes table's key), counted in the same statement. */
export async function voteForQuestion(db: Db, eventId: string, questionId: string, userId: string): Promise<"voted" | "already-voted" | "no-such-question"> {
  const { rows } = await db.query<{ voted: boolean; exists: boolean }>(
    `WITH q AS (SELECT id FROM event_questions WHERE id = $2 AND event_id = $1 AND status IN ('open', 'on-screen')),
          vote AS (INSERT INTO event_question_votes (question_id, user_id) SELECT id, $3 FROM q
                   ON CONFLICT DO NOTHING RETURNING question_id),
          counted AS (UPDATE event_questions SET votes = votes + 1 WHERE id IN (SELECT question_id FROM vote) RETURNING id)
     SELECT EXISTS (SELECT 1 FROM counted) AS voted, EXISTS (SELECT 1 FROM q) AS exists`,
    [eventId, questionId, userId],
  );
  const r = rows[0]!;
  return r.voted ? "voted" : r.exists ? "already-voted" : "no-such-question";
}

/** Moves a question (one at most on screen: putting one there sends the previous back to the queue). */
export async function setQuestionStatus(
  db: Db, eventId: string, questionId: string, status: "on-screen" | "answered" | "dismissed",
): Promise<{ id: string; name: string; text: string } | null> {
  if (status === "on-screen") {
    await db.query(`UPDATE event_questions SET status = 'open' WHERE event_id = $1 AND status = 'on-screen' AND id <> $2`, [eventId, questionId]);
  }
  const { rows } = await db.query<{ id: string; name: string; text: string }>(
    `UPDATE event_questions SET status = $3, answered_at = CASE WHEN $3 = 'answered' THEN now() ELSE answered_at END
      WHERE id = $2 AND event_id = $1 AND status IN ('open', 'on-screen') RETURNING id, name, text`,
    [eventId, questionId, status],
  );
  return rows[0] ?? null;
}

/** The questions still in the queue, best first; the room ranks and trims them (questionQueue.ts). */
export async function queuedQuestions(db: Db, eventId: string, limit: number): Promise<QueuedQuestion[]> {
  const { rows } = await db.query<QueuedQuestion>(
    `SELECT id, name, text, status, votes, created_at AS "createdAt" FROM event_questions
      WHERE event_id = $1 AND status IN ('open', 'on-screen')
      ORDER BY status = 'on-screen' DESC, votes DESC, created_at, id LIMIT $2`,
    [eventId, limit],
  );
  return rows;
}

export async function insertAttendance(db: Db, eventId: string, userId: string, instance: number, joinedAt: Date): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO event_attendance (event_id, user_id, instance, joined_at) VALUES ($1, $2, $3, $4) RETURNING id`,
    [eventId, userId, instance, joinedAt],
  );
  return rows[0]!.id;
}

export async function closeAttendance(db: Db, ids: readonly string[], leftAt: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.query(`UPDATE event_attendance SET left_at = $2 WHERE id = ANY($1::bigint[]) AND left_at IS NULL`, [ids, leftAt]);
}

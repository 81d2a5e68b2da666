import type { EventDeck, EventKind, EventQuestion, EventRole, EventStatus, EventSummary } from "../../../shared/protocol/events.ts";
import type { PersonRef } from "../../../shared/protocol/meetings.ts";
import type { Queryable } from "./booths.ts";

/** An event as stored, for the rules. */
export interface EventRow {
  id: string;
  parkId: string;
  companyId: string | null;
  kind: EventKind;
  title: string;
  description: string;
  coverImageId: string | null;
  startsAt: Date;
  endsAt: Date;
  venueRoomId: string | null;
  status: EventStatus;
  decisionReason: string | null;
  createdBy: string | null;
  remindedAt: Date | null;
}

const EVENT_COLUMNS = `e.id, e.park_id AS "parkId", e.company_id AS "companyId", e.kind, e.title, e.description,
  e.cover_image_id AS "coverImageId", e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.venue_room_id AS "venueRoomId",
  e.status, e.decision_reason AS "decisionReason", e.created_by AS "createdBy", e.reminded_at AS "remindedAt"`;

export async function findEvent(db: Queryable, id: string): Promise<EventRow | null> {
  const { rows } = await db.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = $1`, [id]);
  return rows[0] ?? null;
}

export interface NewEvent {
  parkId: string;
  companyId: string | null;
  kind: EventKind;
  title: string;
  description: string;
  coverImageId: string | null;
  startsAt: Date;
  endsAt: Date;
  venueRoomId: string | null;
  status: EventStatus;
  createdBy: string;
  people: ReadonlyArray<{ userId: string; role: EventRole }>;
  demo?: boolean;
}

export async function insertEvent(db: Queryable, e: NewEvent): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO events (park_id, company_id, kind, title, description, cover_image_id, starts_at, ends_at, venue, venue_room_id,
                         status, decided_by, created_by, demo)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, CASE WHEN $11 = 'approved' THEN $12::uuid END, $12, $13) RETURNING id`,
    [e.parkId, e.companyId, e.kind, e.title, e.description, e.coverImageId, e.startsAt, e.endsAt,
      e.venueRoomId ? "meeting-room" : "launch-hall", e.venueRoomId, e.status, e.createdBy, e.demo ?? false],
  );
  const id = rows[0]!.id;
  await replaceEventPeople(db, id, e.people);
  return id;
}

/** Sets the event's hosts, speakers and moderators to exactly these. */
export async function replaceEventPeople(db: Queryable, eventId: string, people: ReadonlyArray<{ userId: string; role: EventRole }>): Promise<void> {
  await db.query("DELETE FROM event_people WHERE event_id = $1", [eventId]);
  if (people.length === 0) return;
  await db.query(
    "INSERT INTO event_people (event_id, user_id, role) SELECT $1, unnest($2::uuid[]), unnest($3::text[]) ON CONFLICT DO NOTHING",
    [eventId, people.map((p) => p.userId), people.map((p) => p.role)],
  );
}

export interface EventPatch {
  kind?: EventKind;
  title?: string;
  description?: string;
  coverImageId?: string | null;
  startsAt?: Date;
  endsAt?: Date;
  venueRoomId?: string | null;
}

export async function updateEvent(db: Queryable, id: string, p: EventPatch): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [id];
  const set = (column: string, value: unknown) => {
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  };
  if (p.kind !== undefined) set("kind", p.kind);
  if (p.title !== undefined) set("title", p.title);
  if (p.description !== undefined) set("description", p.description);
  if (p.coverImageId !== undefined) set("cover_image_id", p.coverImageId);
  if (p.startsAt !== undefined) set("starts_at", p.startsAt);
  if (p.endsAt !== undefined) set("ends_at", p.endsAt);
  if (p.venueRoomId !== undefined) {
    set("venue", p.venueRoomId ? "meeting-room" : "launch-hall");
    set("venue_room_id", p.venueRoomId);
  }
  // A new start time deserves a new reminder.
  if (p.startsAt !== undefined) sets.push("reminded_at = NULL");
  sets.push("updated_at = now()");
  await db.query(`UPDATE events SET ${sets.join(", ")} WHERE id = $1`, params);
}

/** Moves the event from one status to another; false when it was not in `from` (someone else got there first). */
export async function setEventStatus(
  db: Queryable, id: string, from: readonly EventStatus[], to: EventStatus, decided?: { by: string; reason: string | null },
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE events SET status = $3, updated_at = now(),
            decided_by = COALESCE($4::uuid, decided_by), decision_reason = CASE WHEN $4::uuid IS NULL THEN decision_reason ELSE $5 END
      WHERE id = $1 AND status = ANY($2::text[])`,
    [id, from, to, decided?.by ?? null, decided?.reason ?? null],
  );
  return (rowCount ?? 0) > 0;
}

export interface EventPersonRow { userId: string; role: EventRole }
export async function eventPeopleOf(db: Queryable, eventId: string): Promise<EventPersonRow[]> {
  const { rows } = await db.query<EventPersonRow>(`SELECT user_id AS "userId", role FROM event_people WHERE event_id = $1`, [eventId]);
  return rows;
}

export async function rsvpUserIds(db: Queryable, eventId: string): Promise<string[]> {
  const { rows } = await db.query<{ userId: string }>(`SELECT user_id AS "userId" FROM event_rsvps WHERE event_id = $1`, [eventId]);
  return rows.map((r) => r.userId);
}

export async function addRsvp(db: Queryable, eventId: string, userId: string): Promise<void> {
  await db.query("INSERT INTO event_rsvps (event_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", [eventId, userId]);
}

export async function removeRsvp(db: Queryable, eventId: string, userId: string): Promise<void> {
  await db.query("DELETE FROM event_rsvps WHERE event_id = $1 AND user_id = $2", [eventId, userId]);
}

export async function isCompanyMember(db: Queryable, companyId: string, userId: string): Promise<boolean> {
  const { rowCount } = await db.query("SELECT 1 FROM company_members WHERE company_id = $1 AND user_id = $2", [companyId, userId]);
  return (rowCount ?? 0) > 0;
}

// ---- Events as lists show them ----------------------------------------------------------------

/** Which events to list; each is one filter of the query below. */
export type EventFilter =
  | { by: "ids"; ids: readonly string[] }
  | { by: "upcoming"; now: Date; parkId?: string; from?: Date; to?: Date }
  | { by: "past"; now: Date; parkId?: string; from?: Date; to?: Date }
  | { by: "pending"; parkId?: string }
  /** RSVPed, or one of its people, and not ended. */
  | { by: "mine"; userId: string; now: Date; parkId?: string }
  /** Approved events of the park running at `now` or starting after it: the sign's now and next. */
  | { by: "now-next"; parkId: string; now: Date };

/** Who reads: null for anonymous; managers see all, company members their company's. */
export interface ListReader { id: string; manager: boolean }

interface SummaryRow extends Omit<EventSummary, "startsAt" | "endsAt" | "watching"> { startsAt: Date; endsAt: Date }

/**
 * Events as the lists show them. Approved events are for everyone; pending and rejected ones only
 * for the company's members, the event's people, their creator and managers; cancelled ones show in
 * "mine" and by id only.
 */
export async function listEventSummaries(db: Queryable, filter: EventFilter, reader: ListReader | null, limit = 200): Promise<Omit<EventSummary, "watching">[]> {
  const params: unknown[] = [reader?.id ?? null, reader?.manager ?? false];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const insider = `($2 OR e.created_by = $1::uuid
      OR EXISTS (SELECT 1 FROM company_members m WHERE m.company_id = e.company_id AND m.user_id = $1::uuid)
      OR EXISTS (SELECT 1 FROM event_people ep WHERE ep.event_id = e.id AND ep.user_id = $1::uuid))`;
  const seen = `(e.status = 'approved' OR (e.status IN ('pending', 'rejected') AND ${insider}))`;
  const where: string[] = [];
  let order = "e.starts_at, e.id";
  const range = (from?: Date, to?: Date) => {
    if (from) where.push(`e.ends_at > ${p(from)}`);
    if (to) where.push(`e.starts_at < ${p(to)}`);
  };
  switch (filter.by) {
    case "ids": where.push(`e.id = ANY(${p(filter.ids)}::uuid[])`); break;
    case "upcoming": where.push(seen, `e.ends_at > ${p(filter.now)}`); range(filter.from, filter.to); break;
    case "past": where.push(seen, `e.ends_at <= ${p(filter.now)}`); range(filter.from, filter.to); order = "e.starts_at DESC, e.id"; break;
    case "pending": where.push("e.status = 'pending'"); break;
    case "mine": where.push(`e.ends_at > ${p(filter.now)}`, `e.status <> 'rejected'`, `(EXISTS (SELECT 1 FROM event_rsvps r WHERE r.event_id = e.id AND r.user_id = $1::uuid)
      OR EXISTS (SELECT 1 FROM event_people ep WHERE ep.event_id = e.id AND ep.user_id = $1::uuid))`); break;
    case "now-next": where.push("e.status = 'approved'", `e.park_id = ${p(filter.parkId)}`, `e.ends_at > ${p(filter.now)}`); break;
  }
  if ("parkId" in filter && filter.parkId && filter.by !== "now-next") where.push(`e.park_id = ${p(filter.parkId)}`);
  const { rows } = await db.query<SummaryRow>(
    `SELECT e.id, e.park_id AS "parkId",
            CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'name', c.name, 'verified', c.verified) END AS company,
            e.kind, e.title, e.cover_image_id AS "coverImageId", e.starts_at AS "startsAt", e.ends_at AS "endsAt",
            CASE WHEN e.venue_room_id IS NULL THEN json_build_object('kind', 'launch-hall')
                 ELSE json_build_object('kind', 'meeting-room', 'roomId', e.venue_room_id, 'roomName', mr.name) END AS venue,
            e.status,
            (SELECT count(*)::int FROM event_rsvps r WHERE r.event_id = e.id) AS rsvps,
            EXISTS (SELECT 1 FROM event_rsvps r WHERE r.event_id = e.id AND r.user_id = $1::uuid) AS going
       FROM events e
       LEFT JOIN companies c ON c.id = e.company_id
       LEFT JOIN meeting_rooms mr ON mr.id = e.venue_room_id
      -- $2 is typed here because not every filter uses it (PostgreSQL refuses a parameter it cannot type)
      WHERE $2::boolean IS NOT NULL AND ${where.join(" AND ")}
      ORDER BY ${order}
      LIMIT ${Math.max(1, Math.floor(limit))}`,
    params,
  );
  return rows.map((r) => ({ ...r, startsAt: r.startsAt.toISOString(), endsAt: r.endsAt.toISOString() }));
}

export interface EventPersonView extends PersonRef { role: EventRole }
export async function eventPeopleViews(db: Queryable, eventId: string): Promise<EventPersonView[]> {
  const { rows } = await db.query<EventPersonView>(
    `SELECT u.id, u.display_name AS "displayName", u.colour, ep.role
       FROM event_people ep JOIN users u ON u.id = ep.user_id WHERE ep.event_id = $1
      ORDER BY CASE ep.role WHEN 'host' THEN 0 WHEN 'speaker' THEN 1 ELSE 2 END, u.display_name, u.id`,
    [eventId],
  );
  return rows;
}

export async function personRef(db: Queryable, userId: string | null): Promise<PersonRef | null> {
  if (!userId) return null;
  const { rows } = await db.query<PersonRef>(`SELECT id, display_name AS "displayName", colour FROM users WHERE id = $1`, [userId]);
  return rows[0] ?? null;
}

// ---- Decks, questions, attendance -------------------------------------------------------------

interface DeckRow extends Omit<EventDeck, "createdAt"> { createdAt: Date }
const DECK_COLUMNS = `d.id, d.event_id AS "eventId", d.title, d.page_ids AS "pageIds", d.created_at AS "createdAt"`;
const deckView = (r: DeckRow): EventDeck => ({ ...r, createdAt: r.createdAt.toISOString() });

export async function insertEventDeck(db: Queryable, d: { eventId: string; title: string; pageIds: readonly string[]; createdBy: string | null }): Promise<EventDeck> {
  const { rows } = await db.query<DeckRow>(
    `INSERT INTO event_decks AS d (event_id, title, page_ids, created_by) VALUES ($1, $2, $3::uuid[], $4) RETURNING ${DECK_COLUMNS}`,
    [d.eventId, d.title, d.pageIds, d.createdBy],
  );
  return deckView(rows[0]!);
}

/** The event's decks, oldest first (the order they were shown in). */
export async function listEventDecks(db: Queryable, eventId: string): Promise<EventDeck[]> {
  const { rows } = await db.query<DeckRow>(`SELECT ${DECK_COLUMNS} FROM event_decks d WHERE d.event_id = $1 ORDER BY d.created_at, d.id`, [eventId]);
  return rows.map(deckView);
}

interface QuestionRow extends Omit<EventQuestion, "createdAt"> { createdAt: Date }
export async function listEventQuestions(db: Queryable, eventId: string, status: EventQuestion["status"]): Promise<EventQuestion[]> {
  const { rows } = await db.query<QuestionRow>(
    `SELECT id, name, text, status, votes, created_at AS "createdAt" FROM event_questions
      WHERE event_id = $1 AND status = $2 ORDER BY COALESCE(answered_at, created_at), id`,
    [eventId, status],
  );
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export interface AttendanceRow { user: PersonRef | null; instance: number; joinedAt: Date; leftAt: Date | null; userId: string | null }
export async function listAttendance(db: Queryable, eventId: string): Promise<AttendanceRow[]> {
  const { rows } = await db.query<AttendanceRow>(
    `SELECT a.user_id AS "userId",
            CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'displayName', u.display_name, 'colour', u.colour) END AS "user",
            a.instance, a.joined_at AS "joinedAt", a.left_at AS "leftAt"
       FROM event_attendance a LEFT JOIN users u ON u.id = a.user_id
      WHERE a.event_id = $1 ORDER BY a.joined_at, a.id`,
    [eventId],
  );
  return rows;
}

// ---- Reminders ----------------------------------------------------------------------------------

export interface DueEvent { id: string; title: string; startsAt: Date; parkId: string; userIds: string[] }

/**
 * Claims the approved events starting before `until` (and not yet started) that nobody reminded
 * of yet, marking them reminded in the caller's transaction: a second process or tick running at
 * the same time skips the rows this one holds and finds them reminded once it commits.
 */
export async function claimDueEvents(db: Queryable, now: Date, until: Date): Promise<DueEvent[]> {
  const { rows } = await db.query<DueEvent>(
    `WITH due AS (
       SELECT id FROM events
        WHERE status = 'approved' AND reminded_at IS NULL AND starts_at > $1 AND starts_at <= $2
        FOR UPDATE SKIP LOCKED
     )
     UPDATE events e SET reminded_at = $1 FROM due WHERE e.id = due.id
     RETURNING e.id, e.title, e.starts_at AS "startsAt", e.park_id AS "parkId",
               ARRAY(SELECT r.user_id FROM event_rsvps r WHERE r.event_id = e.id ORDER BY r.user_id)::text[] AS "userIds"`,
    [now, until],
  );
  return rows;
}

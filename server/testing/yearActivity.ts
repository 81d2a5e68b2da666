import type { Db } from "../db/pool.ts";

/**
 * Rows of constructed activity for the yearly report tests, written as the park room's telemetry,
 * the task lifecycle, the launch hall and the meeting rooms would have written them. Times are
 * ISO strings (say "2026-03-20T10:00:00+08:00" for the park's clock); days are park-local dates.
 */

/** Time in a park on one day (park_people_daily). */
export async function insertParkDay(db: Db, r: { parkId: string; userId: string; day: string; seconds: number; lateSeconds: number }): Promise<void> {
  await db.query("INSERT INTO park_people_daily (park_id, user_id, day, seconds, late_seconds) VALUES ($1, $2, $3, $4, $5)",
    [r.parkId, r.userId, r.day, r.seconds, r.lateSeconds]);
}

/** Visits to and dwell in a zone or at a booth on one day (place_visitors_daily). */
export async function insertPlaceDay(
  db: Db, r: { parkId: string; kind: "zone" | "booth"; placeId: string; userId: string; day: string; companyId?: string | null; visits: number; dwellSeconds: number },
): Promise<void> {
  await db.query(
    "INSERT INTO place_visitors_daily (park_id, kind, place_id, user_id, day, company_id, visits, dwell_s) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    [r.parkId, r.kind, r.placeId, r.userId, r.day, r.companyId ?? null, r.visits, r.dwellSeconds],
  );
}

type TaskStep = { action: string; from: string | null; to: string; at: string; actorId: string | null };

/** A task and its history (task_events), its status and taker as the last step left them. */
export async function insertTask(
  db: Db, t: { posterId: string; companyId?: string | null; title: string; status: string; takerId?: string | null; steps: TaskStep[]; pickedApplicant?: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO tasks (poster_id, company_id, title, description, category, status, taker_id, published_at)
     VALUES ($1, $2, $3, 'constructed for a report test', 'design', $4, $5, $6) RETURNING id`,
    [t.posterId, t.companyId ?? null, t.title, t.status, t.takerId ?? null, t.steps.find((s) => s.action === "publish")?.at ?? null],
  );
  const id = rows[0]!.id;
  for (const s of t.steps) {
    await db.query("INSERT INTO task_events (task_id, actor_id, action, from_status, to_status, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
      [id, s.actorId, s.action, s.from, s.to, s.at]);
  }
  if (t.pickedApplicant) {
    await db.query("INSERT INTO task_applications (task_id, user_id, note, status) VALUES ($1, $2, 'I can do it', 'picked')", [id, t.pickedApplicant]);
  }
  return id;
}

export async function insertRating(db: Db, r: { taskId: string; from: string; to: string | null; toCompany?: string | null; stars: number; at: string }): Promise<void> {
  await db.query("INSERT INTO task_ratings (task_id, from_user, to_user, to_company, stars, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    [r.taskId, r.from, r.to, r.toCompany ?? null, r.stars, r.at]);
}

/** An event in the launch hall. */
export async function insertEvent(
  db: Db, e: { parkId: string; companyId?: string | null; title: string; startsAt: string; endsAt: string; status: "approved" | "pending" | "cancelled" },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO events (park_id, company_id, kind, title, starts_at, ends_at, venue, status)
     VALUES ($1, $2, 'launch', $3, $4, $5, 'launch-hall', $6) RETURNING id`,
    [e.parkId, e.companyId ?? null, e.title, e.startsAt, e.endsAt, e.status],
  );
  return rows[0]!.id;
}

export async function insertAttendance(db: Db, a: { eventId: string; userId: string; joinedAt: string; leftAt: string }): Promise<void> {
  await db.query("INSERT INTO event_attendance (event_id, user_id, joined_at, left_at) VALUES ($1, $2, $3, $4)", [a.eventId, a.userId, a.joinedAt, a.leftAt]);
}

/** A public meeting room of the park's own. */
export async function insertMeetingRoom(db: Db, parkId: string, name: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    "INSERT INTO meeting_rooms (park_id, name, kind, capacity, visibility, owner_kind) VALUES ($1, $2, 'meeting', 8, 'public', 'park') RETURNING id",
    [parkId, name],
  );
  return rows[0]!.id;
}

export async function insertBooking(db: Db, b: { roomId: string; bookerId: string; startsAt: string; endsAt: string; cancelledAt?: string }): Promise<void> {
  await db.query("INSERT INTO meeting_bookings (room_id, title, starts_at, ends_at, booker_id, cancelled_at) VALUES ($1, 'Talk', $2, $3, $4, $5)",
    [b.roomId, b.startsAt, b.endsAt, b.bookerId, b.cancelledAt ?? null]);
}

/** A stay inside a meeting room (meeting_attendance). */
export async function insertMeetingStay(db: Db, s: { roomId: string; userId: string; joinedAt: string; leftAt: string }): Promise<void> {
  await db.query("INSERT INTO meeting_attendance (room_id, user_id, joined_at, left_at) VALUES ($1, $2, $3, $4)", [s.roomId, s.userId, s.joinedAt, s.leftAt]);
}

/** Sets when an account or a company was made, so "new this year" does not depend on the day the test runs. */
export async function setCreatedAt(db: Db, table: "users" | "companies", id: string, at: string): Promise<void> {
  await db.query(`UPDATE ${table} SET created_at = $2 WHERE id = $1`, [id, at]);
}

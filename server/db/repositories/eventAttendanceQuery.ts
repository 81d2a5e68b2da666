import type { EventAttendanceRow } from "../../../shared/protocol/dashboard.ts";
import type { Db } from "../pool.ts";

/**
 * Approved events starting in park-local days `from`…`to` (all, or one company's), soonest first,
 * with their RSVPs and the distinct people who came in.
 */
export async function eventAttendanceRows(db: Db, from: string, to: string, timeZone: string, companyId: string | null = null): Promise<EventAttendanceRow[]> {
  const { rows } = await db.query<Omit<EventAttendanceRow, "startsAt"> & { startsAt: Date }>(
    `SELECT e.id AS "eventId", e.title, e.kind, e.starts_at AS "startsAt",
            (SELECT count(*)::int FROM event_rsvps r WHERE r.event_id = e.id) AS rsvps,
            (SELECT count(DISTINCT a.user_id)::int FROM event_attendance a WHERE a.event_id = e.id) AS attendees
       FROM events e
      WHERE e.status = 'approved' AND ($4::uuid IS NULL OR e.company_id = $4::uuid)
        AND e.starts_at >= ($1::date)::timestamp AT TIME ZONE $3 AND e.starts_at < ($2::date + 1)::timestamp AT TIME ZONE $3
      ORDER BY e.starts_at, e.id`,
    [from, to, timeZone, companyId],
  );
  return rows.map((r) => ({ ...r, startsAt: r.startsAt.toISOString() }));
}

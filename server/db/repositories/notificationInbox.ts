import type { Notification } from "../../../shared/protocol/tasks.ts";
import type { Db } from "../pool.ts";

/** Someone's notifications, newest first, older than `before` when given; and how many are unread in all. */
export async function listNotifications(db: Db, userId: string, page: { before?: string; limit: number }): Promise<{ notifications: Notification[]; unread: number }> {
  const [list, unread] = await Promise.all([
    // createdAt to the microsecond, as stored: a page's last one is the next page's exact `before`.
    db.query<Notification>(
      `SELECT id, kind, payload, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "createdAt", read_at IS NOT NULL AS read
         FROM notifications WHERE user_id = $1 AND ($2::timestamptz IS NULL OR created_at < $2)
        ORDER BY created_at DESC, id DESC LIMIT $3`,
      [userId, page.before ?? null, page.limit],
    ),
    countUnread(db, userId),
  ]);
  return { notifications: list.rows, unread };
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL", [userId]);
  return rows[0]!.n;
}

/** Marks the given notifications of this person read (others' ids are ignored), or all of them. */
export async function markNotificationsRead(db: Db, userId: string, ids?: readonly string[]): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2))`,
    [userId, ids ?? null],
  );
  return rowCount ?? 0;
}

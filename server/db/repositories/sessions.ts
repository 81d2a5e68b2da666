import type { Db } from "../pool.ts";
import type { UserRow } from "./users.ts";

export async function insertSession(db: Db, userId: string, expiresAt: Date): Promise<string> {
  const { rows } = await db.query<{ id: string }>("INSERT INTO sessions (user_id, expires_at) VALUES ($1, $2) RETURNING id", [userId, expiresAt]);
  return rows[0]!.id;
}

/** The user of a session that is neither revoked nor expired. */
export async function findSessionUser(db: Db, sessionId: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(
    `SELECT u.id, u.username, u.display_name AS "displayName", u.password_hash AS "passwordHash", u.role, u.colour,
            u.created_at AS "createdAt"
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
    [sessionId],
  );
  return rows[0] ?? null;
}

export async function revokeSession(db: Db, sessionId: string): Promise<void> {
  await db.query("UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL", [sessionId]);
}

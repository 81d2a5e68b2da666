import type { Role } from "../../../shared/protocol/http.ts";
import type { Db } from "../pool.ts";

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string | null;
  role: Role;
  colour: string;
  createdAt: Date;
}

const COLUMNS = `id, username, display_name AS "displayName", password_hash AS "passwordHash", role, colour, created_at AS "createdAt"`;

export class UsernameTakenError extends Error {}

export async function insertUser(
  db: Db,
  u: { username: string; displayName: string; passwordHash: string | null; role: Role; colour: string },
): Promise<UserRow> {
  try {
    const { rows } = await db.query<UserRow>(
      `INSERT INTO users (username, display_name, password_hash, role, colour) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [u.username, u.displayName, u.passwordHash, u.role, u.colour],
    );
    return rows[0]!;
  } catch (e) {
    if ((e as { code?: string }).code === "23505") throw new UsernameTakenError(u.username);
    throw e;
  }
}

export async function findUserByUsername(db: Db, username: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE username = $1`, [username]);
  return rows[0] ?? null;
}

export async function updateUserRole(db: Db, id: string, role: Role, passwordHash: string, displayName: string): Promise<void> {
  await db.query("UPDATE users SET role = $2, password_hash = $3, display_name = $4 WHERE id = $1", [id, role, passwordHash, displayName]);
}

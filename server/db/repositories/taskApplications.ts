import type { Queryable } from "./booths.ts";

export type ApplicationStatus = "pending" | "picked" | "declined" | "withdrawn";

export interface ApplicationRow {
  id: string;
  taskId: string;
  userId: string;
  note: string;
  proposedFee: number | null;
  status: ApplicationStatus;
  createdAt: Date;
}

const COLUMNS = `id, task_id AS "taskId", user_id AS "userId", note, proposed_fee AS "proposedFee", status, created_at AS "createdAt"`;

export class AlreadyAppliedError extends Error {}

export async function insertApplication(db: Queryable, taskId: string, userId: string, note: string, proposedFee: number | null): Promise<ApplicationRow> {
  try {
    const { rows } = await db.query<ApplicationRow>(
      `INSERT INTO task_applications (task_id, user_id, note, proposed_fee) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
      [taskId, userId, note, proposedFee],
    );
    return rows[0]!;
  } catch (e) {
    if ((e as { code?: string }).code === "23505") throw new AlreadyAppliedError();
    throw e;
  }
}

export async function listApplications(db: Queryable, taskId: string): Promise<ApplicationRow[]> {
  const { rows } = await db.query<ApplicationRow>(`SELECT ${COLUMNS} FROM task_applications WHERE task_id = $1 ORDER BY created_at, id`, [taskId]);
  return rows;
}

export async function findApplication(db: Queryable, taskId: string, applicationId: string): Promise<ApplicationRow | null> {
  const { rows } = await db.query<ApplicationRow>(`SELECT ${COLUMNS} FROM task_applications WHERE task_id = $1 AND id = $2`, [taskId, applicationId]);
  return rows[0] ?? null;
}

export async function findApplicationOf(db: Queryable, taskId: string, userId: string): Promise<ApplicationRow | null> {
  const { rows } = await db.query<ApplicationRow>(`SELECT ${COLUMNS} FROM task_applications WHERE task_id = $1 AND user_id = $2`, [taskId, userId]);
  return rows[0] ?? null;
}

/** The cap counts only applications still waiting for an answer. */
export async function countPending(db: Queryable, taskId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM task_applications WHERE task_id = $1 AND status = 'pending'", [taskId]);
  return rows[0]!.n;
}

export async function setApplicationStatus(db: Queryable, id: string, status: ApplicationStatus): Promise<void> {
  await db.query("UPDATE task_applications SET status = $2 WHERE id = $1", [id, status]);
}

/** Declines every application still pending; answers whose they were. */
export async function declinePending(db: Queryable, taskId: string): Promise<string[]> {
  const { rows } = await db.query<{ userId: string }>(
    `UPDATE task_applications SET status = 'declined' WHERE task_id = $1 AND status = 'pending' RETURNING user_id AS "userId"`, [taskId],
  );
  return rows.map((r) => r.userId);
}

export async function insertInvitation(db: Queryable, taskId: string, userId: string, invitedBy: string): Promise<boolean> {
  const { rowCount } = await db.query(
    "INSERT INTO task_invitations (task_id, user_id, invited_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", [taskId, userId, invitedBy],
  );
  return rowCount === 1;
}

export async function isInvited(db: Queryable, taskId: string, userId: string): Promise<boolean> {
  const { rows } = await db.query("SELECT 1 FROM task_invitations WHERE task_id = $1 AND user_id = $2", [taskId, userId]);
  return rows.length > 0;
}

export async function invitedUserIds(db: Queryable, taskId: string): Promise<Set<string>> {
  const { rows } = await db.query<{ userId: string }>(`SELECT user_id AS "userId" FROM task_invitations WHERE task_id = $1`, [taskId]);
  return new Set(rows.map((r) => r.userId));
}

/** The task is open again: the applications passed over may be picked after all. */
export async function reopenDeclined(db: Queryable, taskId: string): Promise<void> {
  await db.query("UPDATE task_applications SET status = 'pending' WHERE task_id = $1 AND status = 'declined'", [taskId]);
}

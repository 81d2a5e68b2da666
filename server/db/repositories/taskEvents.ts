import type { TaskStatus } from "../../../shared/protocol/tasks.ts";
import type { Queryable } from "./booths.ts";

export interface TaskEventRow {
  id: number;
  actorId: string | null;
  action: string;
  fromStatus: TaskStatus | null;
  toStatus: TaskStatus;
  reason: string | null;
  createdAt: Date;
}

/** One line of a task's history; `actorId` null: the system did it. */
export async function insertTaskEvent(
  db: Queryable, e: { taskId: string; actorId: string | null; action: string; from: TaskStatus | null; to: TaskStatus; reason: string | null },
): Promise<void> {
  await db.query(
    "INSERT INTO task_events (task_id, actor_id, action, from_status, to_status, reason) VALUES ($1, $2, $3, $4, $5, $6)",
    [e.taskId, e.actorId, e.action, e.from, e.to, e.reason],
  );
}

export async function listTaskEvents(db: Queryable, taskId: string): Promise<TaskEventRow[]> {
  const { rows } = await db.query<TaskEventRow>(
    `SELECT id::int AS id, actor_id AS "actorId", action, from_status AS "fromStatus", to_status AS "toStatus", reason, created_at AS "createdAt"
     FROM task_events WHERE task_id = $1 ORDER BY id`, [taskId],
  );
  return rows;
}

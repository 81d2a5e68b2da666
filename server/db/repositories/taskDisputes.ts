import type { TaskStatus } from "../../../shared/protocol/tasks.ts";
import type { DisputeDecision } from "../../../shared/rules/taskMachine.ts";
import type { Queryable } from "./booths.ts";

export interface DisputeRow {
  id: string;
  openedBy: string | null;
  fromStatus: TaskStatus;
  reason: string;
  status: "open" | "decided";
  decision: DisputeDecision | null;
  decisionNote: string | null;
  decidedBy: string | null;
}

const COLUMNS = `id, opened_by AS "openedBy", from_status AS "fromStatus", reason, status, decision, decision_note AS "decisionNote", decided_by AS "decidedBy"`;

export async function openDispute(db: Queryable, taskId: string, openedBy: string, fromStatus: TaskStatus, reason: string): Promise<void> {
  await db.query("INSERT INTO task_disputes (task_id, opened_by, from_status, reason) VALUES ($1, $2, $3, $4)", [taskId, openedBy, fromStatus, reason]);
}

/** Records the manager's decision on the task's open dispute; false when there is none. */
export async function decideDispute(db: Queryable, taskId: string, decidedBy: string, decision: DisputeDecision, note: string | null): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE task_disputes SET status = 'decided', decision = $3, decision_note = $4, decided_by = $2, decided_at = now()
     WHERE task_id = $1 AND status = 'open'`, [taskId, decidedBy, decision, note],
  );
  return rowCount === 1;
}

/** The task's latest dispute, open or decided. */
export async function latestDispute(db: Queryable, taskId: string): Promise<DisputeRow | null> {
  const { rows } = await db.query<DisputeRow>(`SELECT ${COLUMNS} FROM task_disputes WHERE task_id = $1 ORDER BY created_at DESC LIMIT 1`, [taskId]);
  return rows[0] ?? null;
}

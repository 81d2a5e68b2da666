import type { Queryable } from "./booths.ts";

export interface DeliveryRow { round: number; message: string; links: string[]; createdAt: Date }

/** Adds the next round of delivered work. */
export async function insertDelivery(db: Queryable, taskId: string, message: string, links: readonly string[]): Promise<number> {
  const { rows } = await db.query<{ round: number }>(
    `INSERT INTO task_deliveries (task_id, round, message, links)
     VALUES ($1, (SELECT COALESCE(max(round), 0) + 1 FROM task_deliveries WHERE task_id = $1), $2, $3) RETURNING round`,
    [taskId, message, links],
  );
  return rows[0]!.round;
}

export async function listDeliveries(db: Queryable, taskId: string): Promise<DeliveryRow[]> {
  const { rows } = await db.query<DeliveryRow>(
    `SELECT round, message, links, created_at AS "createdAt" FROM task_deliveries WHERE task_id = $1 ORDER BY round`, [taskId],
  );
  return rows;
}

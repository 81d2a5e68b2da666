import { FUNNEL_STEPS, type TaskFunnel } from "../../../shared/protocol/dashboard.ts";
import type { Db } from "../pool.ts";

interface FunnelRow {
  posted: number; applied: number; assigned: number; delivered: number; accepted: number;
  applied_h: number | null; assigned_h: number | null; delivered_h: number | null; accepted_h: number | null;
}

/**
 * The tasks first published in park-local days `from`…`to` (all, or one company's), how many of
 * them reached each step, and the median hours each step took from the one before, read from
 * the tasks' transitions: posted = the first publish, applied = the first application, assigned,
 * delivered and accepted = the first move into that status (by the poster, automatically, or by a
 * manager deciding a dispute).
 */
export async function taskFunnel(db: Db, from: string, to: string, timeZone: string, companyId: string | null = null): Promise<TaskFunnel> {
  const { rows } = await db.query<FunnelRow>(
    `WITH posted AS (
       SELECT e.task_id, min(e.created_at) AS at
         FROM task_events e JOIN tasks t ON t.id = e.task_id
        WHERE e.action = 'publish' AND ($4::uuid IS NULL OR t.company_id = $4::uuid)
        GROUP BY e.task_id
       HAVING min(e.created_at) >= ($1::date)::timestamp AT TIME ZONE $3 AND min(e.created_at) < ($2::date + 1)::timestamp AT TIME ZONE $3
     ), steps AS (
       SELECT p.at AS posted_at,
              min(e.created_at) FILTER (WHERE e.action = 'apply') AS applied_at,
              min(e.created_at) FILTER (WHERE e.to_status = 'assigned') AS assigned_at,
              min(e.created_at) FILTER (WHERE e.to_status = 'delivered') AS delivered_at,
              min(e.created_at) FILTER (WHERE e.to_status = 'accepted') AS accepted_at
         FROM posted p JOIN task_events e ON e.task_id = p.task_id
        GROUP BY p.task_id, p.at
     )
     SELECT count(*)::int AS posted, count(applied_at)::int AS applied, count(assigned_at)::int AS assigned,
            count(delivered_at)::int AS delivered, count(accepted_at)::int AS accepted,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM applied_at - posted_at) / 3600) AS applied_h,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM assigned_at - applied_at) / 3600) AS assigned_h,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM delivered_at - assigned_at) / 3600) AS delivered_h,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM accepted_at - delivered_at) / 3600) AS accepted_h
       FROM steps`,
    [from, to, timeZone, companyId],
  );
  const r = rows[0]!;
  // percentile_cont skips nulls: a step nobody reached (or reached without the one before) has no median.
  const hours = { posted: null, applied: r.applied_h, assigned: r.assigned_h, delivered: r.delivered_h, accepted: r.accepted_h };
  return {
    steps: FUNNEL_STEPS.map((step) => ({
      step, tasks: r[step], medianHoursFromPrevious: hours[step] === null ? null : Math.max(0, Number(hours[step])),
    })),
  };
}

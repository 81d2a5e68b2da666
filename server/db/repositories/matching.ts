import type { PersonRef } from "../../../shared/protocol/tasks.ts";
import { ACTIVITY_WINDOW_DAYS, type MatchCandidate } from "../../../shared/rules/taskMatching.ts";
import type { Db } from "../pool.ts";
import { onPosterSide, personJson } from "./taskSearch.ts";

export interface ExpertCandidate extends MatchCandidate { person: PersonRef }

/**
 * Certified experts and authorities who could take task `taskId`: not on its poster's side and not
 * applied yet, with what the matcher weighs (stars received, tasks completed and applications lately).
 */
export async function listExpertCandidates(db: Db, taskId: string): Promise<ExpertCandidate[]> {
  const { rows } = await db.query<{ person: PersonRef; skills: string[]; expertFields: string[]; ratingSum: number; ratingCount: number; activity: Date[] }>(
    `SELECT ${personJson("u")} AS person, u.skills, u.expert_fields AS "expertFields",
            coalesce(r.sum, 0)::int AS "ratingSum", coalesce(r.count, 0)::int AS "ratingCount",
            coalesce(act.times, '{}') AS activity
       FROM users u
       JOIN tasks t ON t.id = $1
       LEFT JOIN LATERAL (SELECT sum(stars) AS sum, count(*) AS count FROM task_ratings WHERE to_user = u.id) r ON true
       LEFT JOIN LATERAL (
         SELECT array_agg(at) AS times FROM (
           SELECT a.created_at AS at FROM task_applications a WHERE a.user_id = u.id
           UNION ALL
           SELECT e.created_at FROM task_events e JOIN tasks done ON done.id = e.task_id
            WHERE done.taker_id = u.id AND e.to_status = 'accepted'
         ) x WHERE at > now() - make_interval(days => $2)
       ) act ON true
      WHERE u.expert_level IN ('expert', 'authority') AND u.role <> 'guest'
        AND NOT ${onPosterSide("u.id")}
        AND NOT EXISTS (SELECT 1 FROM task_applications a WHERE a.task_id = t.id AND a.user_id = u.id)`,
    [taskId, ACTIVITY_WINDOW_DAYS],
  );
  return rows;
}

export interface OpenTaskCandidate {
  id: string; category: string; skills: string[]; applications: number; maxApplications: number; publishedAt: Date | null;
}

/**
 * Open tasks someone may apply to: not on their own side, not applied to yet, not full, and not
 * certified-only unless they are certified. The newest `pool` of them; the matcher ranks these.
 */
export async function listOpenTasksFor(db: Db, userId: string, pool = 300): Promise<{ me: Pick<MatchCandidate, "skills" | "expertFields">; tasks: OpenTaskCandidate[] }> {
  const me = await db.query<{ skills: string[]; expertFields: string[]; certified: boolean }>(
    `SELECT skills, expert_fields AS "expertFields", expert_level <> 'none' AS certified FROM users WHERE id = $1`, [userId],
  );
  const person = me.rows[0] ?? { skills: [], expertFields: [], certified: false };
  const { rows } = await db.query<OpenTaskCandidate>(
    `SELECT t.id, t.category, t.skills, t.max_applications AS "maxApplications", t.published_at AS "publishedAt", n.applications
       FROM tasks t
       LEFT JOIN companies co ON co.id = t.company_id
       CROSS JOIN LATERAL (SELECT count(*)::int AS applications FROM task_applications a WHERE a.task_id = t.id AND a.status <> 'withdrawn') n
      WHERE t.status = 'open' AND (co.id IS NULL OR NOT co.suspended)
        AND NOT ${onPosterSide("$1")}
        AND NOT EXISTS (SELECT 1 FROM task_applications a WHERE a.task_id = t.id AND a.user_id = $1)
        AND n.applications < t.max_applications
        AND (NOT t.certified_only OR $2)
      ORDER BY t.published_at DESC NULLS LAST
      LIMIT $3`,
    [userId, person.certified, pool],
  );
  return { me: person, tasks: rows };
}

import type { DisputeSummary, PersonRef, TaskCategory, TaskStatus, TaskSummary } from "../../../shared/protocol/tasks.ts";
import type { Db } from "../pool.ts";

/** A person as lists show them, built in SQL from the users row aliased `alias`. */
export const personJson = (alias: string): string =>
  `json_build_object('id', ${alias}.id, 'displayName', ${alias}.display_name, 'colour', ${alias}.colour, 'expertLevel', ${alias}.expert_level)`;

interface SummaryRow {
  id: string; title: string; category: TaskCategory; skills: string[]; budget: number | null; deadline: string | null;
  certifiedOnly: boolean; status: TaskStatus; company: TaskSummary["company"]; poster: PersonRef; applications: number;
  maxApplications: number; publishedAt: Date | null; updatedAt: Date; total: number;
}

/** Selects TaskSummary fields from `tasks t`; add WHERE, ORDER and LIMIT after it. */
const SUMMARY_SELECT = `
  SELECT t.id, t.title, t.category, t.skills, t.budget_amount AS budget, to_char(t.deadline, 'YYYY-MM-DD') AS deadline,
         t.certified_only AS "certifiedOnly", t.status,
         CASE WHEN co.id IS NULL THEN NULL
              ELSE json_build_object('id', co.id, 'name', co.name, 'verified', co.verified, 'logoImageId', co.logo_image_id) END AS company,
         ${personJson("p")} AS poster,
         (SELECT count(*)::int FROM task_applications a WHERE a.task_id = t.id AND a.status <> 'withdrawn') AS applications,
         t.max_applications AS "maxApplications", t.published_at AS "publishedAt", t.updated_at AS "updatedAt",
         count(*) OVER ()::int AS total
    FROM tasks t
    JOIN users p ON p.id = t.poster_id
    LEFT JOIN companies co ON co.id = t.company_id`;

const toSummary = ({ total: _total, ...r }: SummaryRow): TaskSummary => ({
  ...r, publishedAt: r.publishedAt?.toISOString() ?? null, updatedAt: r.updatedAt.toISOString(),
});

/** Newest first: by when it was published, drafts by when they were written. */
const NEWEST = "ORDER BY coalesce(t.published_at, t.created_at) DESC, t.id DESC";

/** `%` and `_` typed by a person are searched for, not wildcards. */
export const likePattern = (term: string): string => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export type MineFilter = "posted" | "applied" | "taking" | "delivered";

export interface TaskFilter {
  q?: string;
  category?: TaskCategory;
  skill?: string;
  status?: TaskStatus;
  companyId?: string;
  budgetMin?: number;
  budgetMax?: number;
  mine?: { kind: MineFilter; userId: string };
  limit: number;
  offset: number;
}

/** The poster's side of task `t`: its poster, and the members of its company. */
export const onPosterSide = (userParam: string): string =>
  `(t.poster_id = ${userParam} OR EXISTS (SELECT 1 FROM company_members m WHERE m.company_id = t.company_id AND m.user_id = ${userParam}))`;

/**
 * Tasks matching every filter given, newest first, with how many match in all. Without `mine`,
 * only open tasks (or the status asked for) of companies in good standing; drafts are seen by the
 * poster's side only, under mine=posted.
 */
export async function searchTasks(db: Db, f: TaskFilter): Promise<{ tasks: TaskSummary[]; total: number }> {
  const where: string[] = [];
  const values: unknown[] = [];
  const param = (v: unknown) => { values.push(v); return `$${values.length}`; };

  // Each word must appear somewhere; Chinese is written without spaces, so a phrase is one word.
  for (const word of (f.q ?? "").split(/\s+/).filter(Boolean)) {
    const p = param(likePattern(word));
    where.push(`(t.title ILIKE ${p} OR t.description ILIKE ${p} OR array_to_string(t.skills, ' ') ILIKE ${p})`);
  }
  if (f.category) where.push(`t.category = ${param(f.category)}`);
  if (f.skill) where.push(`EXISTS (SELECT 1 FROM unnest(t.skills) s WHERE lower(s) = lower(${param(f.skill)}))`);
  if (f.companyId) where.push(`t.company_id = ${param(f.companyId)}`);
  if (f.budgetMin !== undefined) where.push(`t.budget_amount >= ${param(f.budgetMin)}`);
  if (f.budgetMax !== undefined) where.push(`t.budget_amount <= ${param(f.budgetMax)}`);

  if (f.mine) {
    const me = param(f.mine.userId);
    const mine: Record<MineFilter, { where: string; statuses: readonly TaskStatus[] | null }> = {
      posted: { where: onPosterSide(me), statuses: null },
      applied: { where: `EXISTS (SELECT 1 FROM task_applications a WHERE a.task_id = t.id AND a.user_id = ${me} AND a.status <> 'withdrawn')`, statuses: null },
      taking: { where: `t.taker_id = ${me}`, statuses: ["assigned", "disputed"] },
      delivered: { where: `t.taker_id = ${me}`, statuses: ["delivered", "accepted"] },
    };
    const chosen = mine[f.mine.kind];
    where.push(chosen.where);
    if (f.status) where.push(`t.status = ${param(f.status)}`);
    else if (chosen.statuses) where.push(`t.status = ANY(${param(chosen.statuses)})`);
    if (f.mine.kind !== "posted") where.push("t.status <> 'draft'");
  } else {
    where.push(`t.status = ${param(f.status ?? "open")}`, "t.status <> 'draft'", "(co.id IS NULL OR NOT co.suspended)");
  }

  const { rows } = await db.query<SummaryRow>(
    `${SUMMARY_SELECT} WHERE ${where.join(" AND ")} ${NEWEST} LIMIT ${param(f.limit)} OFFSET ${param(f.offset)}`,
    values,
  );
  // A page past the end has no row to carry the count.
  const total = rows[0]?.total ?? (f.offset > 0 ? (await searchTasks(db, { ...f, offset: 0, limit: 1 })).total : 0);
  return { tasks: rows.map(toSummary), total };
}

/** Summaries of the given tasks, in no particular order. */
export async function findTaskSummaries(db: Db, ids: readonly string[]): Promise<TaskSummary[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<SummaryRow>(`${SUMMARY_SELECT} WHERE t.id = ANY($1::uuid[])`, [ids]);
  return rows.map(toSummary);
}

export interface TaskFacts {
  id: string; posterId: string; companyId: string | null; category: string; skills: string[]; status: TaskStatus; certifiedOnly: boolean;
}

export async function findTaskFacts(db: Db, id: string): Promise<TaskFacts | null> {
  const { rows } = await db.query<TaskFacts>(
    `SELECT id, poster_id AS "posterId", company_id AS "companyId", category, skills, status, certified_only AS "certifiedOnly" FROM tasks WHERE id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

/** Whether someone is on a task's poster's side: its poster, or a member of its company. */
export async function isOnPosterSide(db: Db, task: Pick<TaskFacts, "posterId" | "companyId">, userId: string): Promise<boolean> {
  if (task.posterId === userId) return true;
  if (!task.companyId) return false;
  const { rowCount } = await db.query("SELECT 1 FROM company_members WHERE company_id = $1 AND user_id = $2", [task.companyId, userId]);
  return (rowCount ?? 0) > 0;
}

/** The managers' dispute queue, oldest first (they wait longest), with each task's title and both sides. */
export async function listDisputes(db: Db, status: "open" | "decided"): Promise<DisputeSummary[]> {
  const { rows } = await db.query<Omit<DisputeSummary, "createdAt"> & { createdAt: Date }>(
    `SELECT d.id, json_build_object('id', t.id, 'title', t.title, 'status', t.status, 'agreedFee', t.agreed_fee) AS task,
            CASE WHEN co.id IS NULL THEN NULL ELSE json_build_object('id', co.id, 'name', co.name) END AS company,
            ${personJson("p")} AS poster,
            CASE WHEN k.id IS NULL THEN NULL ELSE ${personJson("k")} END AS taker,
            CASE WHEN o.id IS NULL THEN NULL ELSE ${personJson("o")} END AS "openedBy",
            d.from_status AS "fromStatus", d.reason, d.status, d.decision, d.created_at AS "createdAt"
       FROM task_disputes d
       JOIN tasks t ON t.id = d.task_id
       JOIN users p ON p.id = t.poster_id
       LEFT JOIN users k ON k.id = t.taker_id
       LEFT JOIN users o ON o.id = d.opened_by
       LEFT JOIN companies co ON co.id = t.company_id
      WHERE d.status = $1
      ORDER BY d.created_at ${status === "open" ? "ASC" : "DESC"}, d.id
      LIMIT 200`,
    [status],
  );
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

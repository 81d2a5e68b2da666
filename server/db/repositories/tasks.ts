import type { PersonRef, TaskCategory, TaskStatus } from "../../../shared/protocol/tasks.ts";
import type { Queryable } from "./booths.ts";

/** A task as stored: what the state machine and the lifecycle service need. */
export interface TaskRow {
  id: string;
  posterId: string;
  companyId: string | null;
  title: string;
  description: string;
  category: TaskCategory;
  skills: string[];
  budget: number | null;
  deadline: string | null;
  certifiedOnly: boolean;
  maxApplications: number;
  maxChangeRounds: number;
  status: TaskStatus;
  takerId: string | null;
  agreedFee: number | null;
  changeRounds: number;
  cancelProposedBy: string | null;
  deliveredAt: Date | null;
  autoAcceptAt: Date | null;
  version: number;
  createdAt: Date;
  publishedAt: Date | null;
  updatedAt: Date;
}

const COLUMNS = `id, poster_id AS "posterId", company_id AS "companyId", title, description, category, skills,
  budget_amount AS budget, to_char(deadline, 'YYYY-MM-DD') AS deadline, certified_only AS "certifiedOnly",
  max_applications AS "maxApplications", max_change_rounds AS "maxChangeRounds", status, taker_id AS "takerId",
  agreed_fee AS "agreedFee", change_rounds AS "changeRounds", cancel_proposed_by AS "cancelProposedBy",
  delivered_at AS "deliveredAt", auto_accept_at AS "autoAcceptAt", version, created_at AS "createdAt",
  published_at AS "publishedAt", updated_at AS "updatedAt"`;

/** The fields a poster writes; the rest belong to the lifecycle. */
export interface TaskFields {
  title: string;
  description: string;
  category: TaskCategory;
  skills: string[];
  budget: number | null;
  deadline: string | null;
  certifiedOnly: boolean;
  maxApplications: number;
  companyId: string | null;
}

const FIELD_COLUMNS: Record<keyof TaskFields, string> = {
  title: "title", description: "description", category: "category", skills: "skills", budget: "budget_amount",
  deadline: "deadline", certifiedOnly: "certified_only", maxApplications: "max_applications", companyId: "company_id",
};

export async function insertTask(db: Queryable, posterId: string, f: TaskFields, status: "draft" | "open"): Promise<TaskRow> {
  const { rows } = await db.query<TaskRow>(
    `INSERT INTO tasks (poster_id, company_id, title, description, category, skills, budget_amount, budget_negotiable,
                        deadline, certified_only, max_applications, status, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7::integer IS NULL, $8, $9, $10, $11, CASE WHEN $11 = 'open' THEN now() END)
     RETURNING ${COLUMNS}`,
    [posterId, f.companyId, f.title, f.description, f.category, f.skills, f.budget, f.deadline, f.certifiedOnly, f.maxApplications, status],
  );
  return rows[0]!;
}

export async function findTask(db: Queryable, id: string): Promise<TaskRow | null> {
  const { rows } = await db.query<TaskRow>(`SELECT ${COLUMNS} FROM tasks WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

/** Inside a transaction: holds the task row until COMMIT, so transitions on one task run one at a time. */
export async function lockTask(db: Queryable, id: string): Promise<TaskRow | null> {
  const { rows } = await db.query<TaskRow>(`SELECT ${COLUMNS} FROM tasks WHERE id = $1 FOR UPDATE`, [id]);
  return rows[0] ?? null;
}

/** What a transition changes besides the status. */
export interface TaskChange {
  takerId?: string | null;
  agreedFee?: number | null;
  changeRounds?: number;
  cancelProposedBy?: string | null;
  deliveredAt?: Date | null;
  autoAcceptAt?: Date | null;
  publishedAt?: Date;
}

const CHANGE_COLUMNS: Record<keyof TaskChange, string> = {
  takerId: "taker_id", agreedFee: "agreed_fee", changeRounds: "change_rounds", cancelProposedBy: "cancel_proposed_by",
  deliveredAt: "delivered_at", autoAcceptAt: "auto_accept_at", publishedAt: "published_at",
};

/** Moves the task to `status` with `change`, and bumps its version. */
export async function updateTask(
  db: Queryable, id: string, status: TaskStatus, change: TaskChange & Partial<TaskFields>,
): Promise<TaskRow> {
  const columns = { ...CHANGE_COLUMNS, ...FIELD_COLUMNS };
  const keys = (Object.keys(change) as Array<keyof typeof columns>).filter((k) => change[k] !== undefined);
  const sets = keys.map((k, i) => `${columns[k]} = $${i + 3}`);
  const budget = keys.indexOf("budget");
  if (budget >= 0) sets.push(`budget_negotiable = $${budget + 3}::integer IS NULL`);
  const { rows } = await db.query<TaskRow>(
    `UPDATE tasks SET status = $2, ${[...sets, ""].join(", ")} version = version + 1, updated_at = now()
     WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, status, ...keys.map((k) => change[k])],
  );
  return rows[0]!;
}

/** Delivered tasks nobody answered in time, oldest first. */
export async function overdueDeliveries(db: Queryable, now: Date): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    "SELECT id FROM tasks WHERE status = 'delivered' AND auto_accept_at <= $1 ORDER BY auto_accept_at", [now],
  );
  return rows.map((r) => r.id);
}

/** People as a task shows them: name, colour and expert level. */
export async function findPeople(db: Queryable, ids: ReadonlyArray<string | null>): Promise<Map<string, PersonRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const { rows } = await db.query<PersonRef>(
    `SELECT id, display_name AS "displayName", colour, expert_level AS "expertLevel" FROM users WHERE id = ANY($1::uuid[])`, [wanted],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

export async function findExpertLevel(db: Queryable, userId: string): Promise<PersonRef["expertLevel"] | null> {
  const { rows } = await db.query<{ level: PersonRef["expertLevel"] }>("SELECT expert_level AS level FROM users WHERE id = $1", [userId]);
  return rows[0]?.level ?? null;
}

/** The poster and, for a company's task, the company's members: the poster's side. */
export async function posterSideIds(db: Queryable, task: Pick<TaskRow, "posterId" | "companyId">): Promise<string[]> {
  if (task.companyId === null) return [task.posterId];
  const { rows } = await db.query<{ userId: string }>(`SELECT user_id AS "userId" FROM company_members WHERE company_id = $1`, [task.companyId]);
  return [...new Set([task.posterId, ...rows.map((r) => r.userId)])];
}

export async function isCompanyMember(db: Queryable, companyId: string, userId: string): Promise<boolean> {
  const { rows } = await db.query("SELECT 1 FROM company_members WHERE company_id = $1 AND user_id = $2", [companyId, userId]);
  return rows.length > 0;
}

export async function findCompanyState(db: Queryable, companyId: string): Promise<{ name: string; suspended: boolean } | null> {
  const { rows } = await db.query<{ name: string; suspended: boolean }>("SELECT name, suspended FROM companies WHERE id = $1", [companyId]);
  return rows[0] ?? null;
}

import fs from "node:fs";
import path from "node:path";
import type pg from "pg";
import { z } from "zod";
import { TASK_AUTO_ACCEPT_DAYS } from "../../shared/constants.ts";
import { CreateTaskBody, RateBody, TaskCategory } from "../../shared/protocol/tasks.ts";
import type { Logger } from "../logger.ts";
import { DEMO_DIR, DemoMember } from "./demoDataFile.ts";

const DAY_MS = 24 * 3600 * 1000;
const DemoUser = DemoMember.shape.username;
const DaysAgo = z.number().int().min(0).max(80);

const DemoTask = z.object({
  poster: DemoUser,
  /** A demo company's name; null: a personal need. */
  company: z.string().nullable(),
  title: CreateTaskBody.shape.title,
  description: CreateTaskBody.shape.description,
  category: TaskCategory,
  skills: CreateTaskBody.shape.skills,
  budget: z.number().int().min(0).nullable(),
  /** Days after the seeding date; null: none. */
  deadlineDays: z.number().int().min(0).nullable(),
  certifiedOnly: z.boolean(),
  publishedDaysAgo: DaysAgo,
  status: z.enum(["open", "assigned", "delivered", "accepted"]),
  applications: z.array(z.object({ from: DemoUser, note: z.string().min(1).max(1000), proposedFee: z.number().int().min(0).nullable(), daysAgo: DaysAgo }).strict()),
  /** One of the applicants; needed from assigned on. */
  taker: DemoUser.optional(),
  pickedDaysAgo: DaysAgo.optional(),
  delivery: z.object({ message: z.string().min(1), links: z.array(z.string().url()), daysAgo: DaysAgo }).strict().optional(),
  acceptedDaysAgo: DaysAgo.optional(),
  ratings: z.array(z.object({ from: z.enum(["poster", "taker"]), stars: RateBody.shape.stars, comment: z.string().max(500) }).strict()).default([]),
}).strict().superRefine((t, ctx) => {
  const needs = (field: keyof typeof t, from: ReadonlyArray<typeof t.status>) => {
    if (from.includes(t.status) && t[field] === undefined) ctx.addIssue({ code: "custom", path: [field], message: `a ${t.status} task needs ${field}` });
  };
  needs("taker", ["assigned", "delivered", "accepted"]);
  needs("pickedDaysAgo", ["assigned", "delivered", "accepted"]);
  needs("delivery", ["delivered", "accepted"]);
  needs("acceptedDaysAgo", ["accepted"]);
  if (t.taker && !t.applications.some((a) => a.from === t.taker)) ctx.addIssue({ code: "custom", path: ["taker"], message: "the taker must have applied" });
  if (t.ratings.length > 0 && t.status !== "accepted") ctx.addIssue({ code: "custom", path: ["ratings"], message: "only accepted tasks are rated" });
});
type DemoTask = z.infer<typeof DemoTask>;

const Level = { level: z.enum(["expert", "authority"]), fields: z.array(TaskCategory).min(1) };
export const DemoTaskFile = z.object({
  /** Experts who belong to no demo company. */
  experts: z.array(DemoMember.extend(Level).strict()),
  /** Demo company members certified as experts. */
  certified: z.array(z.object({ username: DemoUser, ...Level }).strict()),
  tasks: z.array(DemoTask),
}).strict();
export type DemoTaskFile = z.infer<typeof DemoTaskFile>;

/** assets/demo/tasks.json, validated; a broken file stops the start with the reason. */
export function readDemoTaskFile(dir: string = DEMO_DIR): DemoTaskFile {
  const file = path.join(dir, "tasks.json");
  const result = DemoTaskFile.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!result.success) throw new Error(`demo data ${file} is invalid: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return result.data;
}

/**
 * Seeds the demand hall's demo: freelance experts, certifications, and tasks in every state with
 * their applications, deliveries, ratings and a history row for each step, as the lifecycle would
 * have written them. Runs inside the demo data's transaction; a demo task already there (same
 * title, demo) is left alone, so a second start adds nothing. Returns the titles added.
 */
export async function seedDemoTasks(c: pg.PoolClient, now: Date, log: Logger, dir: string = DEMO_DIR): Promise<string[]> {
  const file = readDemoTaskFile(dir);
  const at = (daysAgo: number, hour = 10) => {
    const d = new Date(now.getTime() - daysAgo * DAY_MS);
    d.setHours(hour, 0, 0, 0);
    return d > now ? new Date(now.getTime() - (hour % 5 + 1) * 60_000) : d;
  };

  for (const e of file.experts) {
    await c.query(
      `INSERT INTO users (username, display_name, password_hash, role, colour, bio, skills, avatar_style, demo, created_at)
       VALUES ($1, $2, NULL, 'resident', $3, $4, $5, $6, true, $7) ON CONFLICT (username) DO NOTHING`,
      [e.username, e.displayName, e.colour, e.bio, e.skills, e.avatarStyle, at(70)],
    );
  }
  const names = [...new Set([...file.experts.map((e) => e.username), ...file.certified.map((x) => x.username),
    ...file.tasks.flatMap((t) => [t.poster, ...t.applications.map((a) => a.from)])])];
  const { rows: people } = await c.query<{ id: string; username: string }>("SELECT id, username FROM users WHERE username = ANY($1) AND demo", [names]);
  const users = new Map(people.map((p) => [p.username, p.id]));

  // Certified by no manager: the demo's requests were approved before anyone looked.
  for (const x of [...file.experts, ...file.certified]) {
    const id = users.get(x.username);
    if (!id) continue;
    const { rowCount } = await c.query(
      "UPDATE users SET expert_level = $2, expert_fields = $3 WHERE id = $1 AND expert_level = 'none'", [id, x.level, x.fields],
    );
    if (rowCount) {
      await c.query(
        `INSERT INTO certification_requests (user_id, fields, statement, status, created_at, decided_at)
         VALUES ($1, $2, $3, 'approved', $4, $5)`,
        [id, x.fields, "演示数据：认证专家。Demo expert.", at(65), at(64)],
      );
    }
  }

  const added: string[] = [];
  for (const t of file.tasks) {
    const posterId = users.get(t.poster);
    if (!posterId) continue;
    const there = await c.query("SELECT 1 FROM tasks WHERE demo AND title = $1", [t.title]);
    if (there.rowCount) continue;
    let companyId: string | null = null;
    if (t.company !== null) {
      const co = await c.query<{ id: string }>("SELECT id FROM companies WHERE name = $1 AND demo", [t.company]);
      if (!co.rows[0]) {
        log.warn({ task: t.title, company: t.company }, "demo task left out: its company is not in the demo");
        continue;
      }
      companyId = co.rows[0].id;
    }
    const takerId = t.taker ? users.get(t.taker) ?? null : null;
    if (t.taker && !takerId) continue;
    await seedTask(c, t, { posterId, companyId, takerId, users, now, at });
    added.push(t.title);
  }
  return added;
}

interface TaskPeople {
  posterId: string; companyId: string | null; takerId: string | null; users: Map<string, string>; now: Date;
  at: (daysAgo: number, hour?: number) => Date;
}

async function seedTask(c: pg.PoolClient, t: DemoTask, { posterId, companyId, takerId, users, now, at }: TaskPeople): Promise<void> {
  const published = at(t.publishedDaysAgo, 9);
  const picked = t.pickedDaysAgo !== undefined ? at(t.pickedDaysAgo, 15) : null;
  const delivered = t.delivery ? at(t.delivery.daysAgo, 17) : null;
  const accepted = t.acceptedDaysAgo !== undefined ? at(t.acceptedDaysAgo, 11) : null;
  const taken = t.taker ? t.applications.find((a) => a.from === t.taker) : undefined;
  const agreedFee = taken ? taken.proposedFee ?? t.budget : null;
  const deadline = t.deadlineDays === null ? null : new Date(now.getTime() + t.deadlineDays * DAY_MS).toISOString().slice(0, 10);
  const steps: Array<{ actorId: string | null; action: string; from: string | null; to: string; when: Date }> = [
    { actorId: posterId, action: "publish", from: null, to: "open", when: published },
  ];

  const { rows } = await c.query<{ id: string }>(
    `INSERT INTO tasks (poster_id, company_id, title, description, category, skills, budget_amount, budget_negotiable, deadline,
                        certified_only, status, taker_id, agreed_fee, delivered_at, auto_accept_at, demo, created_at, published_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::int, $7::int IS NULL, $8, $9, $10, $11, $12, $13, $14, true, $15, $15, $16) RETURNING id`,
    [
      posterId, companyId, t.title, t.description, t.category, t.skills, t.budget, deadline, t.certifiedOnly, t.status, takerId, agreedFee,
      delivered, t.status === "delivered" && delivered ? new Date(Math.max(delivered.getTime() + TASK_AUTO_ACCEPT_DAYS * DAY_MS, now.getTime() + DAY_MS)) : null,
      published, accepted ?? delivered ?? picked ?? published,
    ],
  );
  const taskId = rows[0]!.id;

  for (const a of t.applications) {
    const applicant = users.get(a.from);
    if (!applicant) continue;
    const when = new Date(Math.max(at(a.daysAgo, 14).getTime(), published.getTime() + 3600_000));
    const status = !picked ? "pending" : a.from === t.taker ? "picked" : "declined";
    await c.query(
      "INSERT INTO task_applications (task_id, user_id, note, proposed_fee, status, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
      [taskId, applicant, a.note, a.proposedFee, status, when],
    );
    steps.push({ actorId: applicant, action: "apply", from: "open", to: "open", when });
  }
  if (picked) steps.push({ actorId: posterId, action: "pick", from: "open", to: "assigned", when: picked });
  if (t.delivery && delivered) {
    await c.query(
      "INSERT INTO task_deliveries (task_id, round, message, links, created_at) VALUES ($1, 1, $2, $3, $4)",
      [taskId, t.delivery.message, t.delivery.links, delivered],
    );
    steps.push({ actorId: takerId, action: "deliver", from: "assigned", to: "delivered", when: delivered });
  }
  if (accepted) steps.push({ actorId: posterId, action: "accept", from: "delivered", to: "accepted", when: accepted });
  for (const [i, r] of t.ratings.entries()) {
    const byTaker = r.from === "taker";
    const when = new Date((accepted ?? now).getTime() + (i + 1) * 3600_000);
    await c.query(
      "INSERT INTO task_ratings (task_id, from_user, to_user, to_company, stars, comment, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      [taskId, byTaker ? takerId : posterId, byTaker ? posterId : takerId, byTaker ? companyId : null, r.stars, r.comment, when],
    );
    steps.push({ actorId: byTaker ? takerId : posterId, action: "rate", from: "accepted", to: "accepted", when });
  }

  steps.sort((a, b) => a.when.getTime() - b.when.getTime());
  for (const s of steps) {
    await c.query(
      "INSERT INTO task_events (task_id, actor_id, action, from_status, to_status, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
      [taskId, s.actorId, s.action, s.from, s.to, s.when],
    );
  }
}

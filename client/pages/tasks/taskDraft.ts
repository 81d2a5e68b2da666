import { CreateTaskBody, MAX_APPLICATIONS, type TaskCategory, type TaskDetail } from "../../../shared/protocol/tasks.ts";

/** The task form as typed. */
export interface TaskDraft {
  title: string;
  description: string;
  category: TaskCategory;
  skills: string[];
  negotiable: boolean;
  budget: string;
  deadline: string;
  certifiedOnly: boolean;
  maxApplications: string;
  /** "" posts for oneself. */
  companyId: string;
}

const TASK_FIELDS = ["title", "description", "category", "skills", "budget", "deadline", "certifiedOnly", "maxApplications", "companyId"] as const;
export type TaskField = (typeof TASK_FIELDS)[number];

export const emptyTaskDraft = (companyId = ""): TaskDraft => ({
  title: "", description: "", category: "engineering", skills: [], negotiable: false, budget: "", deadline: "",
  certifiedOnly: false, maxApplications: String(MAX_APPLICATIONS), companyId,
});

export const draftFromTask = (t: TaskDetail): TaskDraft => ({
  title: t.title, description: t.description, category: t.category, skills: [...t.skills],
  negotiable: t.budget === null, budget: t.budget === null ? "" : String(t.budget), deadline: t.deadline ?? "",
  certifiedOnly: t.certifiedOnly, maxApplications: String(t.maxApplications), companyId: t.company?.id ?? "",
});

const isField = (k: unknown): k is TaskField => (TASK_FIELDS as readonly unknown[]).includes(k);

/**
 * Checks the form with the server's own schema. Answers the body to send, or the first problem
 * of each field (the schema's English words; the page words the common ones itself).
 */
export function checkTaskDraft(d: TaskDraft, publish: boolean):
  { ok: true; body: CreateTaskBody } | { ok: false; errors: Partial<Record<TaskField, string>> } {
  const errors: Partial<Record<TaskField, string>> = {};
  const budgetText = d.budget.trim().replace(/[,，\s]/g, "");
  let budget: number | null = null;
  if (!d.negotiable) {
    const n = Number(budgetText);
    if (budgetText === "") errors.budget = "required";
    else if (!Number.isInteger(n) || n < 0) errors.budget = "a fee is a whole number of yuan";
    else budget = n;
  }
  const max = Number(d.maxApplications.trim());
  const parsed = CreateTaskBody.safeParse({
    title: d.title, description: d.description, category: d.category, skills: d.skills,
    budget, deadline: d.deadline.trim() || null, certifiedOnly: d.certifiedOnly,
    maxApplications: d.maxApplications.trim() === "" || !Number.isFinite(max) ? Number.NaN : max,
    companyId: d.companyId || null, publish,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (isField(field) && errors[field] === undefined) errors[field] = issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, body: parsed.data };
}

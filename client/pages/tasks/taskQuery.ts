import type { TaskCategory, TaskStatus } from "../../../shared/protocol/tasks.ts";

export type TaskTab = "open" | "mine" | "suggested";
export type MineFilter = "posted" | "applied" | "taking" | "delivered";

/** The demand hall's filters as the page holds them: text fields as typed. */
export interface TaskFilters {
  q: string;
  category: TaskCategory | "";
  skill: string;
  status: TaskStatus | "";
  companyId: string;
  budgetMin: string;
  budgetMax: string;
}

export const emptyFilters = (): TaskFilters => ({ q: "", category: "", skill: "", status: "", companyId: "", budgetMin: "", budgetMax: "" });

const wholeYuan = (s: string): number | null => {
  const n = Number(s.trim().replace(/[,，\s]/g, ""));
  return s.trim() !== "" && Number.isInteger(n) && n >= 0 ? n : null;
};

/**
 * The query string of GET /api/tasks for a tab and its filters: empty fields are left out,
 * budgets that are not whole yuan are ignored (the field shows them as wrong), and "All open"
 * asks for open tasks unless another status is chosen.
 */
export function taskQueryString(tab: TaskTab, mine: MineFilter, f: TaskFilters, page: { limit: number; offset: number }): string {
  const p = new URLSearchParams();
  const q = f.q.trim();
  if (q) p.set("q", q);
  if (f.category) p.set("category", f.category);
  if (f.skill.trim()) p.set("skill", f.skill.trim());
  if (tab === "mine") p.set("mine", mine);
  if (f.status) p.set("status", f.status);
  else if (tab === "open") p.set("status", "open");
  if (f.companyId) p.set("companyId", f.companyId);
  const min = wholeYuan(f.budgetMin);
  const max = wholeYuan(f.budgetMax);
  if (min !== null) p.set("budgetMin", String(min));
  if (max !== null) p.set("budgetMax", String(max));
  p.set("limit", String(page.limit));
  if (page.offset > 0) p.set("offset", String(page.offset));
  return p.toString();
}

/** A budget field that holds something other than whole yuan. */
export const badBudget = (s: string): boolean => s.trim() !== "" && wholeYuan(s) === null;

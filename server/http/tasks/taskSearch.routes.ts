import { CompanyIdParams } from "../../../shared/protocol/companies.ts";
import { DisputeList, DisputeQuery, ExpertMatchList, TaskIdParams, TaskList, TaskListQuery, TaskMatchList } from "../../../shared/protocol/tasks.ts";
import { expertScore, sharedSkills, taskScore } from "../../../shared/rules/taskMatching.ts";
import type { Db } from "../../db/pool.ts";
import { listExpertCandidates, listOpenTasksFor } from "../../db/repositories/matching.ts";
import { findTaskFacts, findTaskSummaries, isOnPosterSide, listDisputes, searchTasks } from "../../db/repositories/taskSearch.ts";
import { apiRoute } from "../apiRoute.ts";
import { loadCompany } from "../companies/companyContext.ts";
import { HttpError } from "../httpError.ts";

const SUGGESTED_EXPERTS = 10;
const SUGGESTED_TASKS = 20;
/** Scores are shown rounded: more digits would only suggest a precision the weights do not have. */
const round = (x: number) => Math.round(x * 1000) / 1000;

export const taskSearchRoutes = (db: Db) => [
  apiRoute({
    method: "get", path: "/api/tasks", tag: "tasks", auth: "optional",
    summary: "Search tasks: words (Chinese or English) in title, description or skills, category, skill, status (open unless asked), company, budget range; `mine` lists the reader's own",
    query: TaskListQuery, status: 200, response: TaskList,
    errors: { 400: "a filter is invalid, or budgetMin is above budgetMax", 401: "mine needs a signed-in reader" },
    handler: async ({ query, actor }) => {
      if (query.budgetMin !== undefined && query.budgetMax !== undefined && query.budgetMin > query.budgetMax) {
        throw new HttpError(400, "invalid_budget_range", "budgetMin is above budgetMax");
      }
      if (query.mine && !actor) throw new HttpError(401, "unauthorized", "sign in to see your own tasks");
      const { mine, ...filter } = query;
      return searchTasks(db, { ...filter, mine: mine && actor ? { kind: mine, userId: actor.user.id } : undefined });
    },
  }),
  apiRoute({
    method: "get", path: "/api/companies/:id/tasks", tag: "tasks", auth: "optional",
    summary: "A company's open tasks, newest first, for its booth panel",
    params: CompanyIdParams, status: 200, response: TaskList,
    errors: { 404: "no company with that id (or it is suspended and the reader is no member or manager)" },
    handler: async ({ params, actor }) => {
      await loadCompany(db, params.id, actor);
      return searchTasks(db, { companyId: params.id, status: "open", limit: 50, offset: 0 });
    },
  }),
  apiRoute({
    method: "get", path: "/api/disputes", tag: "tasks", auth: "dispute.decide",
    summary: "The managers' dispute queue (open ones, oldest first, unless asked otherwise), with each task's title and both sides",
    query: DisputeQuery, status: 200, response: DisputeList,
    handler: async ({ query }) => ({ disputes: await listDisputes(db, query.status) }),
  }),
  apiRoute({
    method: "get", path: "/api/tasks/:id/suggested-experts", tag: "tasks", auth: "task.work",
    summary: "For the poster's side: the ten certified experts who suit the task best and have not applied",
    params: TaskIdParams, status: 200, response: ExpertMatchList,
    errors: { 403: "only the task's poster and its company's members see suggestions", 404: "no task with that id" },
    handler: async ({ params, actor }) => {
      const task = await findTaskFacts(db, params.id);
      if (!task) throw new HttpError(404, "task_not_found", "there is no task with that id");
      if (!(await isOnPosterSide(db, task, actor!.user.id))) {
        throw new HttpError(403, "not_poster_side", "only the task's poster and its company's members see suggested experts");
      }
      const now = new Date();
      const ranked = (await listExpertCandidates(db, task.id))
        .map((c) => ({ c, score: expertScore(task, c, now) }))
        .sort((a, b) => b.score - a.score || b.c.ratingCount - a.c.ratingCount)
        .slice(0, SUGGESTED_EXPERTS);
      return {
        experts: ranked.map(({ c, score }) => ({
          expert: c.person,
          skills: sharedSkills(task, c.skills),
          rating: c.ratingCount === 0 ? null : round(c.ratingSum / c.ratingCount),
          score: round(score),
        })),
      };
    },
  }),
  apiRoute({
    method: "get", path: "/api/me/suggested-tasks", tag: "tasks", auth: "task.work",
    summary: "Open tasks I may apply to, best suited first (my skills and certified fields, room left, freshness)",
    status: 200, response: TaskMatchList,
    handler: async ({ actor }) => {
      const now = new Date();
      const { me, tasks } = await listOpenTasksFor(db, actor!.user.id);
      const ranked = tasks.map((t) => ({ id: t.id, score: taskScore(t, me, now) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, SUGGESTED_TASKS);
      const summaries = new Map((await findTaskSummaries(db, ranked.map((r) => r.id))).map((s) => [s.id, s]));
      return { tasks: ranked.flatMap((r) => { const task = summaries.get(r.id); return task ? [{ task, score: round(r.score) }] : []; }) };
    },
  }),
];


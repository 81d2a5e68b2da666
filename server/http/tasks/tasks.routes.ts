import { z } from "zod";
import {
  ApplyBody, CreateTaskBody, InviteExpertBody, RateBody, TaskDetail, TaskIdParams, TransitionBody, UpdateTaskBody,
} from "../../../shared/protocol/tasks.ts";
import type { Db } from "../../db/pool.ts";
import type { Logger } from "../../logger.ts";
import type { Actor } from "../../services/accounts.ts";
import {
  ROUTED_ACTIONS, actOnTask, announce, applyToTask, createTask, editTask, inviteExpert, rateTask, withdrawApplication,
  type TaskUser, type TransitionResult,
} from "../../services/taskLifecycle.ts";
import { apiRoute } from "../apiRoute.ts";
import { readTaskDetail } from "./taskDetail.ts";

const ActionParams = TaskIdParams.extend({ action: z.enum(ROUTED_ACTIONS) });

const userOf = (actor: Actor | null): TaskUser | null => (actor ? { id: actor.user.id, role: actor.user.role } : null);
const signedIn = (actor: Actor | null): TaskUser => userOf(actor)!;

const REFUSALS = {
  400: "the body is invalid, or lacks what this action needs",
  403: "the reader may not do this to this task (the code says why)",
  404: "no task with that id (a draft is not there for anyone but its poster's side)",
  409: "not in the task's present state, or someone else acted first (the code says why); nothing changed",
};

/** The demand hall's tasks: post, apply, pick, deliver, accept, cancel, dispute, rate. */
export const taskRoutes = (db: Db, log: Logger) => {
  /** Tells the parks and the people concerned, then answers with the task as the actor now sees it. */
  const answer = async (result: TransitionResult, user: TaskUser): Promise<TaskDetail> => {
    await announce(db, log, result);
    return readTaskDetail(db, result.task.id, user);
  };

  return [
    apiRoute({
      method: "post", path: "/api/tasks", tag: "tasks", auth: "task.work",
      summary: "Post a task (or keep it as a draft with `publish: false`), personal or for one of the poster's companies",
      body: CreateTaskBody, status: 201, response: TaskDetail,
      errors: { 400: "the body is invalid", 403: "not a member of that company, or the company is suspended", 404: "no company with that id" },
      handler: async ({ body, actor }) => answer(await createTask(db, signedIn(actor), body), signedIn(actor)),
    }),
    apiRoute({
      method: "get", path: "/api/tasks/:id", tag: "tasks", auth: "optional",
      summary: "One task with its deliveries, history, ratings, dispute and what the reader may do now",
      params: TaskIdParams, status: 200, response: TaskDetail,
      errors: { 404: REFUSALS[404] },
      handler: async ({ params, actor }) => readTaskDetail(db, params.id, userOf(actor)),
    }),
    apiRoute({
      method: "patch", path: "/api/tasks/:id", tag: "tasks", auth: "task.work",
      summary: "Change a draft, or an open task nobody has applied to yet (the poster's side)",
      params: TaskIdParams, body: UpdateTaskBody, status: 200, response: TaskDetail, errors: REFUSALS,
      handler: async ({ params, body, actor }) => answer(await editTask(db, signedIn(actor), params.id, body), signedIn(actor)),
    }),
    apiRoute({
      method: "post", path: "/api/tasks/:id/apply", tag: "tasks", auth: "task.work",
      summary: "Apply to an open task, once; certified-only tasks take experts (or people invited)",
      params: TaskIdParams, body: ApplyBody, status: 201, response: TaskDetail, errors: REFUSALS,
      handler: async ({ params, body, actor }) =>
        answer(await applyToTask(db, signedIn(actor), params.id, body.note, body.proposedFee), signedIn(actor)),
    }),
    apiRoute({
      method: "delete", path: "/api/tasks/:id/application", tag: "tasks", auth: "task.work",
      summary: "Withdraw one's own application while the task is open",
      params: TaskIdParams, status: 200, response: TaskDetail, errors: REFUSALS,
      handler: async ({ params, actor }) => answer(await withdrawApplication(db, signedIn(actor), params.id), signedIn(actor)),
    }),
    apiRoute({
      method: "post", path: "/api/tasks/:id/invitations", tag: "tasks", auth: "task.work",
      summary: "Invite an expert to apply (the poster's side); an invited person may apply to a full or certified-only task",
      params: TaskIdParams, body: InviteExpertBody, status: 200, response: TaskDetail, errors: REFUSALS,
      handler: async ({ params, body, actor }) => answer(await inviteExpert(db, signedIn(actor), params.id, body.userId), signedIn(actor)),
    }),
    apiRoute({
      method: "post", path: "/api/tasks/:id/actions/:action", tag: "tasks", auth: "task.work",
      summary: "Move the task on: publish, pick, deliver, accept, requestChanges, cancel, proposeCancel, agreeCancel, rejectCancel, withdraw, dispute, decide (managers)",
      params: ActionParams, body: TransitionBody, status: 200, response: TaskDetail, errors: REFUSALS,
      handler: async ({ params, body, actor }) =>
        answer(await actOnTask(db, signedIn(actor), params.id, params.action, body), signedIn(actor)),
    }),
    apiRoute({
      method: "post", path: "/api/tasks/:id/ratings", tag: "tasks", auth: "task.work",
      summary: "Rate the other side of an accepted task, once per side; a taker's rating of a company's task rates the company too",
      params: TaskIdParams, body: RateBody, status: 201, response: TaskDetail, errors: REFUSALS,
      handler: async ({ params, body, actor }) =>
        answer(await rateTask(db, signedIn(actor), params.id, body.stars, body.comment), signedIn(actor)),
    }),
  ];
};

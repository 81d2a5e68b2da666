import type { Role } from "../protocol/http.ts";
import type { ExpertLevel, TaskStatus } from "../protocol/tasks.ts";
import { can } from "./permissions.ts";

/**
 * The life of a task in the demand hall, as pure rules. The server asks `check` inside the
 * transaction that locks the task row, so two people acting at once get one answer each; the
 * client asks `availableActions` to choose which buttons to show, and is never trusted with it.
 */

export const TASK_ACTIONS = [
  "publish", "edit", "apply", "withdrawApplication", "invite", "pick", "deliver", "accept",
  "requestChanges", "autoAccept", "cancel", "proposeCancel", "agreeCancel", "rejectCancel",
  "withdraw", "dispute", "decide", "rate",
] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

export type DisputeDecision = "accepted" | "cancelled" | "assigned";

export interface TaskSnapshot {
  status: TaskStatus;
  posterId: string;
  companyId: string | null;
  takerId: string | null;
  changeRounds: number;
  maxChangeRounds: number;
  cancelProposedBy: string | null;
  /** Pending applications: the cap counts only these. */
  applications: number;
  maxApplications: number;
  certifiedOnly: boolean;
}

export interface TaskActor {
  /** null: the system (automatic acceptance). */
  userId: string | null;
  role: Role | "system";
  memberOfTaskCompany: boolean;
  expertLevel: ExpertLevel;
  /** Has an application on this task, of any status: one per person, ever. */
  hasApplied: boolean;
  /** Invited by the poster's side: may apply to a full or certified-only task. */
  invited: boolean;
  /** rate: this actor's side has already rated the task. */
  alreadyRated?: boolean;
}

export const SYSTEM_ACTOR: TaskActor = {
  userId: null, role: "system", memberOfTaskCompany: false, expertLevel: "none", hasApplied: false, invited: false,
};

export type CheckResult =
  | { ok: true; to: TaskStatus }
  | { ok: false; status: 403 | 409; code: string; message: string };

const forbidden = (code: string, message: string): CheckResult => ({ ok: false, status: 403, code, message });
const conflict = (code: string, message: string): CheckResult => ({ ok: false, status: 409, code, message });
const to = (status: TaskStatus): CheckResult => ({ ok: true, to: status });

/** The poster, and for a company's task every member of that company. */
export function isPosterSide(task: TaskSnapshot, actor: TaskActor): boolean {
  if (actor.userId === null) return false;
  return actor.userId === task.posterId || (task.companyId !== null && actor.memberOfTaskCompany);
}

export function isTaker(task: TaskSnapshot, actor: TaskActor): boolean {
  return actor.userId !== null && task.takerId === actor.userId;
}

const canWork = (actor: TaskActor) => actor.role !== "system" && can(actor.role, "task.work");

const notPosterSide = () => forbidden("not_poster_side", "only the task's poster (or its company's members) may do this");
const notTaker = () => forbidden("not_taker", "only the person taking the task may do this");
const wrongStatus = (task: TaskSnapshot, what: string) =>
  conflict("wrong_status", `${what} (the task is ${task.status})`);

/**
 * May `actor` take `action` on `task` now, and into which state does it move the task?
 * 403: this person may never do it here; 409: not in the task's present state.
 * `decision` is how a manager ends a dispute (decide only).
 */
export function check(task: TaskSnapshot, action: TaskAction, actor: TaskActor, decision?: DisputeDecision): CheckResult {
  const posterSide = isPosterSide(task, actor);
  const taker = isTaker(task, actor);
  if (action === "autoAccept") {
    if (actor.role !== "system") return forbidden("system_only", "only the system accepts a delivery automatically");
    return task.status === "delivered" ? to("accepted") : wrongStatus(task, "only a delivered task is accepted automatically");
  }
  if (action === "decide") {
    if (actor.role !== "manager") return forbidden("not_manager", "only the park's managers decide disputes");
    return task.status === "disputed" ? to(decision ?? "accepted") : wrongStatus(task, "there is no open dispute to decide");
  }
  if (!canWork(actor)) return forbidden("sign_in", "sign in as a resident to work on tasks");

  switch (action) {
    case "publish":
      if (!posterSide) return notPosterSide();
      return task.status === "draft" ? to("open") : wrongStatus(task, "only a draft can be published");
    case "edit":
      if (!posterSide) return notPosterSide();
      if (task.status === "draft") return to("draft");
      if (task.status === "open" && task.applications === 0) return to("open");
      return wrongStatus(task, "a task can be changed only as a draft, or while open with no application yet");
    case "apply":
      if (posterSide) return forbidden("own_task", "you cannot apply to your own (or your company's) task");
      if (task.certifiedOnly && actor.expertLevel === "none" && !actor.invited) {
        return forbidden("certified_only", "this task takes only certified experts");
      }
      if (task.status !== "open") return wrongStatus(task, "only an open task takes applications");
      if (actor.hasApplied) return conflict("already_applied", "you have already applied to this task");
      if (task.applications >= task.maxApplications && !actor.invited) {
        return conflict("applications_full", "this task has all the applications it takes");
      }
      return to("open");
    case "withdrawApplication":
      if (!actor.hasApplied) return forbidden("no_application", "you have not applied to this task");
      return task.status === "open" ? to("open") : wrongStatus(task, "an application can be withdrawn only while the task is open");
    case "invite":
      if (!posterSide) return notPosterSide();
      // Not on a draft: the invited person could not see it yet.
      return task.status === "open" ? to("open") : wrongStatus(task, "experts can be invited only while the task is open");
    case "pick":
      if (!posterSide) return notPosterSide();
      return task.status === "open" ? to("assigned") : wrongStatus(task, "someone can be picked only while the task is open");
    case "deliver":
      if (!taker) return notTaker();
      return task.status === "assigned" ? to("delivered") : wrongStatus(task, "work can be delivered only while the task is assigned");
    case "accept":
      if (!posterSide) return notPosterSide();
      return task.status === "delivered" ? to("accepted") : wrongStatus(task, "only a delivery can be accepted");
    case "requestChanges":
      if (!posterSide) return notPosterSide();
      if (task.status !== "delivered") return wrongStatus(task, "changes can be asked for only on a delivery");
      if (task.changeRounds >= task.maxChangeRounds) {
        return conflict("change_rounds_used", `all ${task.maxChangeRounds} rounds of changes have been asked for: accept or open a dispute`);
      }
      return to("assigned");
    case "cancel":
      if (!posterSide) return notPosterSide();
      if (task.status === "draft" || task.status === "open") return to("cancelled");
      if (task.status === "assigned") return conflict("needs_taker_agreement", "someone is working on this task: propose a cancellation or open a dispute");
      if (task.status === "delivered") return conflict("dispute_instead", "the work has been delivered: only a dispute can end the task now");
      return wrongStatus(task, "this task cannot be cancelled");
    case "proposeCancel":
      if (!posterSide) return notPosterSide();
      if (task.status !== "assigned") return wrongStatus(task, "a cancellation is proposed only while someone is working on the task");
      return task.cancelProposedBy === null ? to("assigned") : conflict("cancel_already_proposed", "a cancellation is already waiting for the taker's answer");
    case "agreeCancel":
    case "rejectCancel":
      if (!taker) return notTaker();
      if (task.status !== "assigned") return wrongStatus(task, "there is no cancellation to answer");
      if (task.cancelProposedBy === null) return conflict("no_cancel_proposed", "nobody has proposed to cancel this task");
      return to(action === "agreeCancel" ? "cancelled" : "assigned");
    case "withdraw":
      if (!taker) return notTaker();
      return task.status === "assigned" ? to("open") : wrongStatus(task, "a task can be given back only before delivery");
    case "dispute":
      if (!posterSide && !taker) return forbidden("not_a_side", "only the task's poster side or its taker may open a dispute");
      return task.status === "assigned" || task.status === "delivered"
        ? to("disputed") : wrongStatus(task, "a dispute can be opened only while the task is assigned or delivered");
    case "rate":
      if (!posterSide && !taker) return forbidden("not_a_side", "only the task's poster side or its taker may rate it");
      if (task.status !== "accepted") return wrongStatus(task, "a task is rated only after it is accepted");
      return actor.alreadyRated ? conflict("already_rated", "your side has already rated this task") : to("accepted");
  }
}

/** Every action the actor may take on the task now, in TASK_ACTIONS order. */
export function availableActions(task: TaskSnapshot, actor: TaskActor): TaskAction[] {
  return TASK_ACTIONS.filter((action) => check(task, action, actor).ok);
}

import type pg from "pg";
import { TASK_AUTO_ACCEPT_DAYS } from "../../shared/constants.ts";
import type { Role } from "../../shared/protocol/http.ts";
import type { ParkNotice } from "../../shared/protocol/parkMessages.ts";
import type { CreateTaskBody, TaskNotificationKind, TaskStatus, TransitionBody } from "../../shared/protocol/tasks.ts";
import {
  SYSTEM_ACTOR, check, type DisputeDecision, type TaskAction, type TaskActor, type TaskSnapshot,
} from "../../shared/rules/taskMachine.ts";
import type { Db } from "../db/pool.ts";
import type { Queryable } from "../db/repositories/booths.ts";
import { listParkIds } from "../db/repositories/parks.ts";
import { notify, type NotificationPayload } from "../db/repositories/notifications.ts";
import {
  AlreadyAppliedError, countPending, declinePending, findApplication, findApplicationOf, insertApplication, insertInvitation,
  isInvited, reopenDeclined, setApplicationStatus,
} from "../db/repositories/taskApplications.ts";
import { insertDelivery } from "../db/repositories/taskDeliveries.ts";
import { decideDispute, openDispute } from "../db/repositories/taskDisputes.ts";
import { insertTaskEvent } from "../db/repositories/taskEvents.ts";
import { AlreadyRatedError, insertRating, listRatings } from "../db/repositories/taskRatings.ts";
import {
  findCompanyState, findExpertLevel, findPeople, insertTask, isCompanyMember, lockTask, overdueDeliveries, posterSideIds, updateTask,
  type TaskChange, type TaskFields, type TaskRow,
} from "../db/repositories/tasks.ts";
import { HttpError } from "../http/httpError.ts";
import type { Logger } from "../logger.ts";
import { publishParkEvent, type ParkEvent } from "../park/parkEvents.ts";
import { inTransaction } from "../db/inTransaction.ts";

/**
 * Every change to a task, each in one transaction that holds the task's row: the state machine is
 * asked about the row as it is then, so of two people acting at once one wins and the other gets
 * a clear 409. Parks and people are told after the commit.
 */

/** The signed-in person acting; null: the system. */
export interface TaskUser { id: string; role: Role }

/** What to tell once the change is committed. */
export interface Announcement {
  notice: ParkNotice | null;
  /** People who got notifications. */
  notified: string[];
}

export interface TransitionResult extends Announcement { task: TaskRow }

const DAY_MS = 24 * 3600 * 1000;

export const taskNotFound = (): HttpError => new HttpError(404, "task_not_found", "there is no task with that id");

export async function loadSnapshot(q: Queryable, row: TaskRow): Promise<TaskSnapshot> {
  return {
    status: row.status, posterId: row.posterId, companyId: row.companyId, takerId: row.takerId,
    changeRounds: row.changeRounds, maxChangeRounds: row.maxChangeRounds, cancelProposedBy: row.cancelProposedBy,
    applications: await countPending(q, row.id), maxApplications: row.maxApplications, certifiedOnly: row.certifiedOnly,
  };
}

/** The machine's view of a person acting on this task. */
export async function loadTaskActor(q: Queryable, row: TaskRow, user: TaskUser | null): Promise<TaskActor> {
  if (user === null) return { ...SYSTEM_ACTOR, role: "guest" };
  // One after the other: inside a transaction they share one connection.
  const member = row.companyId === null ? false : await isCompanyMember(q, row.companyId, user.id);
  const expertLevel = await findExpertLevel(q, user.id);
  const application = await findApplicationOf(q, row.id, user.id);
  const invited = await isInvited(q, row.id, user.id);
  const ratings = row.status === "accepted" ? await listRatings(q, row.id) : [];
  const isTaker = row.takerId === user.id;
  return {
    userId: user.id, role: user.role, memberOfTaskCompany: member, expertLevel: expertLevel ?? "none",
    hasApplied: application !== null, invited,
    // Once per side: the taker's own rating, or any rating from the poster's side.
    alreadyRated: ratings.some((r) => (isTaker ? r.fromUser === user.id : r.fromUser !== row.takerId)),
  };
}

/** What an action does besides moving the status; may throw an HttpError to refuse. */
interface Step {
  c: pg.PoolClient;
  row: TaskRow;
  to: TaskStatus;
}
interface Effect {
  change?: TaskChange & Partial<TaskFields>;
  reason?: string | null;
  notice?: ParkNotice["kind"];
  /** Who the notice names: the poster by default. */
  noticeWho?: string | null;
  notify?: Array<{ userIds: ReadonlyArray<string | null>; kind: TaskNotificationKind; extra?: Record<string, unknown> }>;
}

async function transition(
  db: Db, taskId: string, user: TaskUser | null, action: TaskAction, effect: (s: Step) => Promise<Effect>,
  decision?: DisputeDecision,
): Promise<TransitionResult> {
  return inTransaction(db, async (c) => {
    const row = await lockTask(c, taskId);
    if (!row) throw taskNotFound();
    const actor = user === null ? SYSTEM_ACTOR : await loadTaskActor(c, row, user);
    // A draft is the poster's side's business: to anyone else it is not there.
    if (row.status === "draft" && user !== null && row.posterId !== user.id && !actor.memberOfTaskCompany) throw taskNotFound();
    const verdict = check(await loadSnapshot(c, row), action, actor, decision);
    if (!verdict.ok) throw new HttpError(verdict.status, verdict.code, verdict.message);
    const done = await effect({ c, row, to: verdict.to });
    const task = await updateTask(c, row.id, verdict.to, done.change ?? {});
    await insertTaskEvent(c, { taskId: row.id, actorId: user?.id ?? null, action, from: row.status, to: verdict.to, reason: done.reason ?? null });

    const payload: NotificationPayload = { taskId: task.id, taskTitle: task.title, action, status: task.status };
    const notified = new Set<string>();
    for (const n of done.notify ?? []) {
      const ids = await notify(c, n.userIds.filter((id) => id !== user?.id), n.kind, { ...payload, ...n.extra });
      for (const id of ids) notified.add(id);
    }
    const notice = done.notice ? await noticeOf(c, task, done.notice, done.noticeWho === undefined ? task.posterId : done.noticeWho) : null;
    return { task, notice, notified: [...notified] };
  });
}

async function noticeOf(q: Queryable, task: TaskRow, kind: ParkNotice["kind"], whoId: string | null): Promise<ParkNotice> {
  const people = await findPeople(q, [whoId]);
  const company = task.companyId === null ? null : await findCompanyState(q, task.companyId);
  return {
    kind, taskId: task.id, title: task.title.slice(0, 200),
    who: (whoId === null ? "" : people.get(whoId)?.displayName ?? "").slice(0, 80),
    company: company ? company.name.slice(0, 80) : null,
  };
}

/**
 * Tells every park: the notice for everyone in it, and a ping to the people who got notifications
 * (whichever park they are in). A lost message is logged, never a failed request: the change stands.
 */
export async function announce(db: Db, log: Logger | undefined, a: Announcement): Promise<void> {
  const events: ParkEvent[] = [];
  if (a.notice) events.push({ kind: "notice", notice: a.notice });
  if (a.notified.length > 0) events.push({ kind: "notified", userIds: a.notified });
  if (events.length === 0) return;
  try {
    const parkIds = await listParkIds(db);
    await Promise.all(parkIds.flatMap((parkId) => events.map((e) => publishParkEvent(parkId, e).catch((err: unknown) => {
      log?.warn({ err, parkId, event: e.kind }, "could not tell a park about a task");
    }))));
  } catch (err) {
    log?.warn({ err }, "could not tell the parks about a task");
  }
}

/** A company task needs a poster who belongs to it, and a company the managers have not suspended. */
async function checkCompany(q: Queryable, companyId: string, userId: string): Promise<void> {
  const company = await findCompanyState(q, companyId);
  if (!company) throw new HttpError(404, "company_not_found", "there is no company with that id");
  if (!(await isCompanyMember(q, companyId, userId))) throw new HttpError(403, "not_a_member", "only the company's members may post tasks for it");
  if (company.suspended) throw new HttpError(403, "company_suspended", "the company is suspended by the park's managers; it cannot post tasks");
}

export async function createTask(db: Db, user: TaskUser, body: CreateTaskBody): Promise<TransitionResult> {
  return inTransaction(db, async (c) => {
    const { publish, ...fields } = body;
    if (fields.companyId !== null) await checkCompany(c, fields.companyId, user.id);
    const status = publish ? "open" : "draft";
    const task = await insertTask(c, user.id, fields, status);
    await insertTaskEvent(c, { taskId: task.id, actorId: user.id, action: publish ? "publish" : "create", from: null, to: status, reason: null });
    return { task, notice: publish ? await noticeOf(c, task, "task-posted", user.id) : null, notified: [] };
  });
}

export async function editTask(db: Db, user: TaskUser, taskId: string, patch: Partial<TaskFields>): Promise<TransitionResult> {
  return transition(db, taskId, user, "edit", async ({ c }) => {
    if (patch.companyId !== undefined && patch.companyId !== null) await checkCompany(c, patch.companyId, user.id);
    return { change: patch };
  });
}

export async function applyToTask(db: Db, user: TaskUser, taskId: string, note: string, proposedFee: number | null): Promise<TransitionResult> {
  return transition(db, taskId, user, "apply", async ({ c, row }) => {
    const company = row.companyId === null ? null : await findCompanyState(c, row.companyId);
    if (company?.suspended) throw new HttpError(403, "company_suspended", "the company is suspended by the park's managers; its tasks take no applications");
    try {
      await insertApplication(c, taskId, user.id, note, proposedFee);
    } catch (e) {
      if (e instanceof AlreadyAppliedError) throw new HttpError(409, "already_applied", "you have already applied to this task");
      throw e;
    }
    const byName = (await findPeople(c, [user.id])).get(user.id)?.displayName ?? "";
    return { notify: [{ userIds: await posterSideIds(c, row), kind: "task.applied", extra: { by: user.id, byName } }] };
  });
}

export async function withdrawApplication(db: Db, user: TaskUser, taskId: string): Promise<TransitionResult> {
  return transition(db, taskId, user, "withdrawApplication", async ({ c }) => {
    const application = await findApplicationOf(c, taskId, user.id);
    if (application?.status !== "pending") throw new HttpError(409, "application_not_pending", "your application is no longer waiting for an answer");
    await setApplicationStatus(c, application.id, "withdrawn");
    return {};
  });
}

export async function inviteExpert(db: Db, user: TaskUser, taskId: string, inviteeId: string): Promise<TransitionResult> {
  return transition(db, taskId, user, "invite", async ({ c, row }) => {
    if ((await findPeople(c, [inviteeId])).size === 0) throw new HttpError(404, "user_not_found", "there is nobody with that id");
    if ((await posterSideIds(c, row)).includes(inviteeId)) throw new HttpError(409, "own_side", "that person is on the task's own side");
    const fresh = await insertInvitation(c, taskId, inviteeId, user.id);
    return fresh ? { notify: [{ userIds: [inviteeId], kind: "task.invited" }] } : {};
  });
}

export async function rateTask(db: Db, user: TaskUser, taskId: string, stars: number, comment: string): Promise<TransitionResult> {
  return transition(db, taskId, user, "rate", async ({ c, row }) => {
    const byTaker = row.takerId === user.id;
    try {
      await insertRating(c, {
        taskId, fromUser: user.id, stars, comment,
        toUser: byTaker ? row.posterId : row.takerId,
        // A taker working for a company rates the company too.
        toCompany: byTaker ? row.companyId : null,
      });
    } catch (e) {
      if (e instanceof AlreadyRatedError) throw new HttpError(409, "already_rated", "you have already rated this task");
      throw e;
    }
    return {};
  });
}

/** The transitions of POST /api/tasks/:id/actions/:action. */
export const ROUTED_ACTIONS = [
  "publish", "pick", "deliver", "accept", "requestChanges", "cancel", "proposeCancel", "agreeCancel", "rejectCancel",
  "withdraw", "dispute", "decide",
] as const satisfies readonly TaskAction[];
export type RoutedAction = (typeof ROUTED_ACTIONS)[number];

const missing = (field: string, what: string) => new HttpError(400, "invalid_request", `invalid body: ${field}: ${what}`, [{ path: field, message: what }]);

export async function actOnTask(db: Db, user: TaskUser, taskId: string, action: RoutedAction, body: TransitionBody, now = new Date()): Promise<TransitionResult> {
  if (action === "decide" && body.decision === undefined) throw missing("decision", "a decision is required: accepted, cancelled or assigned");
  if (action === "pick" && body.applicationId === undefined) throw missing("applicationId", "name the application picked");
  if (action === "deliver" && !body.message) throw missing("message", "say what is delivered");
  if (action === "dispute" && !body.reason) throw missing("reason", "say why the task is disputed");
  const reason = body.reason ?? null;

  return transition(db, taskId, user, action, async ({ c, row, to }) => {
    const posterSide = () => posterSideIds(c, row);
    switch (action) {
      case "publish":
        return { change: { publishedAt: now }, notice: "task-posted" };
      case "pick": {
        const application = await findApplication(c, taskId, body.applicationId!);
        if (!application) throw new HttpError(404, "application_not_found", "this task has no application with that id");
        if (application.status !== "pending") throw new HttpError(409, "application_not_pending", "that application is no longer waiting for an answer");
        await setApplicationStatus(c, application.id, "picked");
        const passedOver = await declinePending(c, taskId);
        return {
          change: { takerId: application.userId, agreedFee: body.agreedFee ?? application.proposedFee ?? row.budget, cancelProposedBy: null },
          reason, notice: "task-assigned", noticeWho: application.userId,
          notify: [{ userIds: [application.userId], kind: "task.picked" }, { userIds: passedOver, kind: "task.notPicked" }],
        };
      }
      case "deliver":
        await insertDelivery(c, taskId, body.message!, body.links ?? []);
        return {
          // Delivering answers a pending cancellation proposal: the work is there to look at.
          change: { deliveredAt: now, autoAcceptAt: new Date(now.getTime() + TASK_AUTO_ACCEPT_DAYS * DAY_MS), cancelProposedBy: null },
          reason, notify: [{ userIds: await posterSide(), kind: "task.delivered" }],
        };
      case "accept":
        return {
          change: { autoAcceptAt: null }, reason, notice: "task-completed", noticeWho: row.takerId,
          notify: [{ userIds: [row.takerId], kind: "task.accepted" }],
        };
      case "requestChanges":
        return {
          change: { changeRounds: row.changeRounds + 1, autoAcceptAt: null }, reason,
          notify: [{ userIds: [row.takerId], kind: "task.changesRequested" }],
        };
      case "cancel":
        return { reason, notify: [{ userIds: await declinePending(c, taskId), kind: "task.cancelled" }] };
      case "proposeCancel":
        return { change: { cancelProposedBy: user.id }, reason, notify: [{ userIds: [row.takerId], kind: "task.cancelProposed" }] };
      case "agreeCancel":
        return { change: { cancelProposedBy: null }, reason, notify: [{ userIds: await posterSide(), kind: "task.cancelAgreed" }] };
      case "rejectCancel":
        return { change: { cancelProposedBy: null }, reason, notify: [{ userIds: await posterSide(), kind: "task.cancelRejected" }] };
      case "withdraw": {
        const own = await findApplicationOf(c, taskId, user.id);
        if (own) await setApplicationStatus(c, own.id, "withdrawn");
        await reopenDeclined(c, taskId);
        return {
          change: { takerId: null, agreedFee: null, cancelProposedBy: null, changeRounds: 0, deliveredAt: null, autoAcceptAt: null },
          reason, notify: [{ userIds: await posterSide(), kind: "task.withdrawn" }],
        };
      }
      case "dispute":
        await openDispute(c, taskId, user.id, row.status, reason!);
        return { change: { autoAcceptAt: null }, reason, notify: [{ userIds: [...await posterSide(), row.takerId], kind: "task.disputed" }] };
      case "decide": {
        await decideDispute(c, taskId, user.id, to as DisputeDecision, reason);
        const change: TaskChange = to === "assigned"
          ? { cancelProposedBy: null, deliveredAt: null, autoAcceptAt: null }
          : { cancelProposedBy: null, autoAcceptAt: null };
        return {
          change, reason, notice: to === "accepted" ? "task-completed" : undefined, noticeWho: row.takerId,
          notify: [{ userIds: [...await posterSide(), row.takerId], kind: "task.decided", extra: { decision: to } }],
        };
      }
    }
  }, body.decision);
}

/**
 * Accepts, as the system, every delivery nobody answered by its auto_accept_at. A task answered in
 * the meantime (accepted, changes asked, disputed) is left as it is now.
 */
export async function acceptOverdueDeliveries(db: Db, now: Date, log?: Logger): Promise<string[]> {
  const accepted: string[] = [];
  for (const id of await overdueDeliveries(db, now)) {
    try {
      const result = await transition(db, id, null, "autoAccept", async ({ c, row }) => {
        if (row.autoAcceptAt === null || row.autoAcceptAt > now) throw new HttpError(409, "not_due", "this delivery is not due for automatic acceptance");
        return {
          change: { autoAcceptAt: null }, reason: `not answered within ${TASK_AUTO_ACCEPT_DAYS} days`,
          notice: "task-completed", noticeWho: row.takerId,
          notify: [{ userIds: [...await posterSideIds(c, row), row.takerId], kind: "task.autoAccepted" }],
        };
      });
      accepted.push(id);
      await announce(db, log, result);
    } catch (err) {
      // Answered, or gone, since the list was read.
      if (!(err instanceof HttpError)) throw err;
    }
  }
  return accepted;
}

/** Runs acceptOverdueDeliveries every minute until stopped. */
export function startAutoAccept(db: Db, log: Logger, everyMs = 60_000): () => void {
  const timer = setInterval(() => {
    acceptOverdueDeliveries(db, new Date(), log).catch((err: unknown) => log.warn({ err }, "automatic acceptance failed"));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

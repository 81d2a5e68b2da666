import type { PersonRef, TaskDetail } from "../../../shared/protocol/tasks.ts";
import { availableActions, isPosterSide } from "../../../shared/rules/taskMachine.ts";
import type { Db } from "../../db/pool.ts";
import { invitedUserIds, listApplications } from "../../db/repositories/taskApplications.ts";
import { listDeliveries } from "../../db/repositories/taskDeliveries.ts";
import { latestDispute } from "../../db/repositories/taskDisputes.ts";
import { listTaskEvents } from "../../db/repositories/taskEvents.ts";
import { listRatings } from "../../db/repositories/taskRatings.ts";
import { findPeople, findTask } from "../../db/repositories/tasks.ts";
import { loadSnapshot, loadTaskActor, taskNotFound, type TaskUser } from "../../services/taskLifecycle.ts";

interface CompanyRef { id: string; name: string; verified: boolean; logoImageId: string | null }

/**
 * One task as this reader may see it: a draft only by the poster's side, the applications only by
 * the poster's side (anyone else sees their own), and the actions the machine allows the reader now.
 */
export async function readTaskDetail(db: Db, taskId: string, user: TaskUser | null): Promise<TaskDetail> {
  const row = await findTask(db, taskId);
  if (!row) throw taskNotFound();
  const [snapshot, actor] = await Promise.all([loadSnapshot(db, row), loadTaskActor(db, row, user)]);
  const posterSide = isPosterSide(snapshot, actor);
  if (row.status === "draft" && !posterSide) throw taskNotFound();

  const [applications, deliveries, events, ratings, dispute, company] = await Promise.all([
    listApplications(db, taskId), listDeliveries(db, taskId), listTaskEvents(db, taskId), listRatings(db, taskId),
    latestDispute(db, taskId),
    row.companyId === null ? null : db.query<CompanyRef>(
      `SELECT id, name, verified, logo_image_id AS "logoImageId" FROM companies WHERE id = $1`, [row.companyId],
    ).then((r) => r.rows[0] ?? null),
  ]);
  const shownApplications = applications.filter((a) => posterSide || a.userId === user?.id);
  const people = await findPeople(db, [
    row.posterId, row.takerId, dispute?.openedBy ?? null,
    ...shownApplications.map((a) => a.userId), ...events.map((e) => e.actorId), ...ratings.map((r) => r.fromUser),
  ]);
  const person = (id: string): PersonRef => people.get(id) ?? { id, displayName: "?", colour: "#888888", expertLevel: "none" };
  const personOrNull = (id: string | null): PersonRef | null => (id === null ? null : person(id));
  const invited = await invitedUserIds(db, taskId);

  return {
    id: row.id, title: row.title, category: row.category, skills: row.skills, budget: row.budget, deadline: row.deadline,
    certifiedOnly: row.certifiedOnly, status: row.status, company, poster: person(row.posterId),
    applications: snapshot.applications, maxApplications: row.maxApplications,
    publishedAt: row.publishedAt?.toISOString() ?? null, updatedAt: row.updatedAt.toISOString(),
    description: row.description, maxChangeRounds: row.maxChangeRounds, changeRounds: row.changeRounds,
    taker: personOrNull(row.takerId), agreedFee: row.agreedFee, cancelProposedBy: row.cancelProposedBy,
    deliveredAt: row.deliveredAt?.toISOString() ?? null, autoAcceptAt: row.autoAcceptAt?.toISOString() ?? null,
    version: row.version,
    applicationList: shownApplications.map((a) => ({
      id: a.id, applicant: person(a.userId), note: a.note, proposedFee: a.proposedFee, status: a.status,
      invited: invited.has(a.userId), createdAt: a.createdAt.toISOString(),
    })),
    deliveries: deliveries.map((d) => ({ round: d.round, message: d.message, links: d.links, createdAt: d.createdAt.toISOString() })),
    history: events.map((e) => ({
      id: e.id, actor: personOrNull(e.actorId), action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus,
      reason: e.reason, createdAt: e.createdAt.toISOString(),
    })),
    ratings: ratings.map((r) => ({ from: person(r.fromUser), stars: r.stars, comment: r.comment, createdAt: r.createdAt.toISOString() })),
    dispute: dispute && {
      id: dispute.id, openedBy: personOrNull(dispute.openedBy), reason: dispute.reason, status: dispute.status,
      decision: dispute.decision, decisionNote: dispute.decisionNote,
    },
    actions: availableActions(snapshot, actor),
  };
}

import type { PersonRef, TaskDetail } from "../../../shared/protocol/tasks.ts";

/**
 * Whom the reader of a task page may book a meeting with about it: the poster's side meets the
 * taker and each applicant still in the running; a taker or applicant meets the poster. Nobody
 * else is offered anyone (the server decides who may book in the end).
 */
export function taskMeetingPartners(task: TaskDetail, selfId: string | null): PersonRef[] {
  if (!selfId) return [];
  const applicants = task.applicationList.filter((a) => a.status === "pending" || a.status === "picked").map((a) => a.applicant);
  const ownApplication = task.applicationList.some((a) => a.applicant.id === selfId && a.status !== "withdrawn");
  // The poster's side sees everyone's applications; anyone else sees only their own.
  const posterSide = task.poster.id === selfId || task.actions.includes("pick") || task.applicationList.some((a) => a.applicant.id !== selfId);
  const out = new Map<string, PersonRef>();
  if (posterSide) {
    if (task.taker) out.set(task.taker.id, task.taker);
    for (const a of applicants) out.set(a.id, a);
  } else if (task.taker?.id === selfId || ownApplication) {
    out.set(task.poster.id, task.poster);
  }
  out.delete(selfId);
  return [...out.values()];
}

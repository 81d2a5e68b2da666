import type { PersonRef, TaskDetail } from "../../../shared/protocol/tasks.ts";

/** Actions of the task machine that only the poster's side is offered. */
const POSTER_SIDE_ACTIONS = ["publish", "edit", "invite", "pick", "accept", "requestChanges", "cancel", "proposeCancel"];

/**
 * Which side of the task the reader is on, as far as the task's page tells: the poster's (the
 * poster, or a colleague offered the poster's actions or shown everyone's applications), the
 * taker, an applicant, or none. The server decides for real; this only keeps the page from asking
 * for what it would refuse.
 */
export function readerSide(task: TaskDetail, selfId: string | null): "poster" | "taker" | "applicant" | null {
  if (!selfId) return null;
  if (task.poster.id === selfId || task.actions.some((a) => POSTER_SIDE_ACTIONS.includes(a))
    || task.applicationList.some((a) => a.applicant.id !== selfId)) return "poster";
  if (task.taker?.id === selfId) return "taker";
  if (task.applicationList.some((a) => a.applicant.id === selfId && a.status !== "withdrawn")) return "applicant";
  return null;
}

/**
 * Whom the reader of a task page may book a meeting with about it: the poster's side meets the
 * taker and each applicant still in the running; a taker or applicant meets the poster.
 */
export function taskMeetingPartners(task: TaskDetail, selfId: string | null): PersonRef[] {
  const side = readerSide(task, selfId);
  const out = new Map<string, PersonRef>();
  if (side === "poster") {
    if (task.taker) out.set(task.taker.id, task.taker);
    for (const a of task.applicationList) if (a.status === "pending" || a.status === "picked") out.set(a.applicant.id, a.applicant);
  } else if (side !== null) {
    out.set(task.poster.id, task.poster);
  }
  if (selfId) out.delete(selfId);
  return [...out.values()];
}

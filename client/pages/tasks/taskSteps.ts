import type { TaskStatus } from "../../../shared/protocol/tasks.ts";

/** The happy path a task walks; cancelled and disputed leave it and are shown apart. */
const TASK_STEPS = ["draft", "open", "assigned", "delivered", "accepted"] as const;
export type TaskStep = (typeof TASK_STEPS)[number];

export interface StepView {
  step: TaskStep;
  state: "done" | "current" | "upcoming";
}

/**
 * The stepper for a status. A cancelled or disputed task shows the steps it reached before it
 * left the path (`reached`: the last happy status in its history), none of them current, and
 * `off` says why it stopped.
 */
export function taskSteps(status: TaskStatus, reached: TaskStatus | null = null): { steps: StepView[]; off: "cancelled" | "disputed" | null } {
  const onPath = (s: TaskStatus | null): s is TaskStep => s !== null && (TASK_STEPS as readonly string[]).includes(s);
  if (onPath(status)) {
    const at = TASK_STEPS.indexOf(status);
    return {
      steps: TASK_STEPS.map((step, i) => ({ step, state: i < at || status === "accepted" ? "done" : i === at ? "current" : "upcoming" })),
      off: null,
    };
  }
  const last = onPath(reached) ? TASK_STEPS.indexOf(reached) : -1;
  return {
    steps: TASK_STEPS.map((step, i) => ({ step, state: i <= last ? "done" : "upcoming" })),
    off: status === "cancelled" ? "cancelled" : "disputed",
  };
}

/** The last status on the happy path a task's history went through (for a cancelled or disputed one). */
export function lastReached(history: ReadonlyArray<{ fromStatus: TaskStatus | null; toStatus: TaskStatus }>): TaskStatus | null {
  let reached: TaskStatus | null = null;
  for (const e of history) {
    if ((TASK_STEPS as readonly string[]).includes(e.toStatus)) reached = e.toStatus;
    else if (e.fromStatus && (TASK_STEPS as readonly string[]).includes(e.fromStatus)) reached = e.fromStatus;
  }
  return reached;
}

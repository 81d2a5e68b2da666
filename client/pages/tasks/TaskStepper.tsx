import { useTranslation } from "react-i18next";
import type { TaskDetail } from "../../../shared/protocol/tasks.ts";
import { lastReached, taskSteps } from "./taskSteps.ts";

/** draft → open → assigned → delivered → accepted, with a cancelled or disputed task marked off the path. */
export function TaskStepper({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const { steps, off } = taskSteps(task.status, lastReached(task.history));
  return (
    <div className={`task-stepper${off ? ` task-stepper--${off}` : ""}`} data-testid="task-stepper">
      <ol className="task-stepper__steps">
        {steps.map((s) => (
          <li key={s.step} className={`task-step task-step--${s.state}`} aria-current={s.state === "current" ? "step" : undefined}>
            <span className="task-step__dot" aria-hidden="true">{s.state === "done" ? "✓" : ""}</span>
            <span className="task-step__label">{t(`tasks.status.${s.step}`)}</span>
          </li>
        ))}
      </ol>
      {off && (
        <p className={`task-stepper__off task-stepper__off--${off}`} role="status">
          {off === "cancelled" ? t("tasks.status.cancelled") : t("tasks.detail.offDisputed")}
          {task.dispute && off === "disputed" && <> · {task.dispute.reason}</>}
        </p>
      )}
    </div>
  );
}

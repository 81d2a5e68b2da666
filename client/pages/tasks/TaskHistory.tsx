import { useTranslation } from "react-i18next";
import type { TaskDetail } from "../../../shared/protocol/tasks.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { PersonName } from "./TaskBits.tsx";

const LABELLED = [
  "publish", "apply", "withdrawApplication", "pick", "deliver", "accept", "requestChanges", "cancel",
  "proposeCancel", "agreeCancel", "rejectCancel", "withdraw", "dispute", "decide", "rate", "create", "edit", "invite", "autoAccept",
] as const;
type Labelled = (typeof LABELLED)[number];
export const isLabelled = (action: string): action is Labelled => (LABELLED as readonly string[]).includes(action);

/** Who did what, when and why, oldest first. */
export function TaskHistory({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  return (
    <section className="card company-card" aria-label={t("tasks.detail.history")} data-testid="task-history">
      <h2>{t("tasks.detail.history")}</h2>
      <ol className="task-history">
        {task.history.map((e) => (
          <li key={e.id} className="task-history__item" data-action={e.action}>
            <span className="task-history__when muted">{new Date(e.createdAt).toLocaleString(lng, { dateStyle: "medium", timeStyle: "short" })}</span>
            <span className="task-history__what">
              {e.actor ? <PersonName person={e.actor} /> : <span className="muted">{t("brand.name")}</span>}
              {" · "}
              <strong>{isLabelled(e.action) ? t(`tasks.actions.${e.action}`) : e.action}</strong>
              {e.fromStatus !== e.toStatus && <span className="muted"> → {t(`tasks.status.${e.toStatus}`)}</span>}
            </span>
            {e.reason && <span className="task-history__why">{t("tasks.detail.because", { reason: e.reason })}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}

import { useCallback, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError } from "../../../shared/protocol/http.ts";
import type { TaskDetail, TransitionBody } from "../../../shared/protocol/tasks.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import type { Result } from "../../net/api.ts";
import {
  applyToTask, fetchSuggestedExperts, fetchTask, inviteExpert, rateTask, runAction, withdrawTaskApplication,
} from "../../net/taskApi.ts";
import { useSession } from "../../state/session.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { companyErrorText } from "../companies/companyErrors.ts";
import { displayUrl, safeHttpUrl } from "../companies/safeLink.ts";
import { PageShell } from "../companies/PageShell.tsx";
import { VerifiedBadge } from "../companies/VerifiedBadge.tsx";
import { TaskMeetings } from "../meetings/TaskMeetings.tsx";
import { formatBudget, formatDay } from "./taskBudget.ts";
import { PersonName, StatusChip } from "./TaskBits.tsx";
import { TaskActions } from "./TaskActions.tsx";
import { TaskHistory } from "./TaskHistory.tsx";
import { TaskStepper } from "./TaskStepper.tsx";

type Load = { state: "loading" } | { state: "ready"; task: TaskDetail } | { state: "failed"; error: ApiError };
type Act = (run: (token: string) => Promise<Result<TaskDetail>>) => Promise<boolean>;

/** /tasks/:id: everything about a task, its progress and history, and what the reader may do now. */
export default function TaskPage({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const session = useSession();
  const id = useId();
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [message, setMessage] = useState<{ kind: "error" | "info"; text: string } | null>(null);
  const token = session?.token ?? null;

  const reload = useCallback(async () => {
    const r = await fetchTask(taskId, token);
    setLoad(r.ok ? { state: "ready", task: r.value } : { state: "failed", error: r.error });
  }, [taskId, token]);
  useEffect(() => { void reload(); }, [reload]);

  /** Runs a call that answers the task; a conflict means someone else moved first: say so and show the task as it is now. */
  const act: Act = useCallback(async (run) => {
    if (!token) return false;
    setMessage(null);
    const r = await run(token);
    if (r.ok) {
      setLoad({ state: "ready", task: r.value });
      return true;
    }
    if (r.error.status === 409) {
      setMessage({ kind: "error", text: t("tasks.detail.conflict", { detail: r.error.message }) });
      await reload();
    } else {
      setMessage({ kind: "error", text: companyErrorText(t, r.error) });
    }
    return false;
  }, [token, reload, t]);

  if (load.state !== "ready") {
    return (
      <PageShell title={t("tasks.title")}>
        <p className="company-back"><AppLink to="/tasks">← {t("tasks.title")}</AppLink></p>
        {load.state === "loading" ? <p className="muted" role="status">{t("company.loading")}</p>
          : <div className="notice notice--error" role="alert">{companyErrorText(t, load.error)}</div>}
      </PageShell>
    );
  }
  const task = load.task;
  const fee = task.agreedFee ?? task.budget;

  return (
    <PageShell title={task.title}>
      <p className="company-back"><AppLink to="/tasks">← {t("tasks.title")}</AppLink></p>
      <article className="task-page" data-testid="task-page" data-status={task.status}>
        <header className="card task-page__head">
          <div className="task-page__title">
            <h1 data-testid="task-title">{task.title}</h1>
            <StatusChip status={task.status} />
          </div>
          <div className="task-page__who">
            {task.company && (
              <AppLink to={`/companies/${task.company.id}`} className="task-card__company">{task.company.name}</AppLink>
            )}
            {task.company?.verified && <VerifiedBadge />}
            <span className="muted">{t("tasks.detail.poster")}</span> <PersonName person={task.poster} />
          </div>
          <dl className="task-facts">
            <div><dt>{task.agreedFee !== null ? t("tasks.detail.agreedFee") : t("tasks.fields.budget")}</dt>
              <dd className="task-facts__money">{formatBudget(fee, lng, t("tasks.negotiable"))}</dd></div>
            <div><dt>{t("tasks.fields.deadline")}</dt><dd>{task.deadline ? formatDay(task.deadline, lng) : "—"}</dd></div>
            <div><dt>{t("tasks.fields.category")}</dt><dd>{t(`tasks.categories.${task.category}`)}</dd></div>
            <div><dt>{t("tasks.detail.applicationsTitle")}</dt><dd>{task.applications} / {task.maxApplications}</dd></div>
            {task.taker && <div><dt>{t("tasks.detail.taker")}</dt><dd><PersonName person={task.taker} /></dd></div>}
          </dl>
          {(task.skills.length > 0 || task.certifiedOnly) && (
            <div className="task-card__meta">
              {task.certifiedOnly && <span className="chip task-chip--certified">{t("tasks.certifiedOnly")}</span>}
              {task.skills.map((s) => <span key={s} className="chip task-skill">{s}</span>)}
            </div>
          )}
        </header>

        <TaskStepper task={task} />

        {message && <div className={`notice ${message.kind === "error" ? "notice--error" : "task-notice--info"}`} role="alert" data-testid="task-message">{message.text}</div>}

        <div className="task-page__body">
          <div className="task-page__main">
            <section className="card company-card" aria-labelledby={`${id}-desc`}>
              <h2 id={`${id}-desc`}>{t("tasks.fields.description")}</h2>
              <p className="company-description">{task.description}</p>
            </section>

            {task.deliveries.length > 0 && (
              <section className="card company-card" aria-labelledby={`${id}-del`} data-testid="task-deliveries">
                <h2 id={`${id}-del`}>{t("tasks.detail.deliveries")}</h2>
                <ol className="task-deliveries">
                  {task.deliveries.map((d) => (
                    <li key={d.round}>
                      <strong>{t("tasks.detail.round", { round: d.round })}</strong> <span className="muted">{new Date(d.createdAt).toLocaleString(lng)}</span>
                      <p className="company-description">{d.message}</p>
                      <ul className="task-links">
                        {d.links.map((raw) => {
                          const href = safeHttpUrl(raw);
                          return <li key={raw}>{href ? <a href={href} target="_blank" rel="noopener noreferrer nofollow">{displayUrl(href)}</a> : <span>{raw}</span>}</li>;
                        })}
                      </ul>
                    </li>
                  ))}
                </ol>
              </section>
            )}

            {task.ratings.length > 0 && (
              <section className="card company-card" aria-labelledby={`${id}-rat`} data-testid="task-ratings">
                <h2 id={`${id}-rat`}>{t("tasks.detail.ratings")}</h2>
                <ul className="task-ratings">
                  {task.ratings.map((r) => (
                    <li key={r.from.id}>
                      <PersonName person={r.from} /> <span className="task-stars" aria-label={`${r.stars}/5`}>{"★".repeat(r.stars)}{"☆".repeat(5 - r.stars)}</span>
                      {r.comment && <p className="company-description">{r.comment}</p>}
                    </li>
                  ))}
                </ul>
              </section>
            )}

            <TaskHistory task={task} />
          </div>

          <aside className="task-page__side">
            <TaskActions task={task} signedIn={session !== null}
              onApply={(body) => act((tk) => applyToTask(tk, task.id, body))}
              onWithdrawApplication={() => act((tk) => withdrawTaskApplication(tk, task.id))}
              onAction={(action: string, body: TransitionBody) => act((tk) => runAction(tk, task.id, action, body))}
              onRate={(body) => act((tk) => rateTask(tk, task.id, body))}
              onInvite={(userId) => act((tk) => inviteExpert(tk, task.id, userId))}
              suggest={token && task.actions.includes("invite") ? () => fetchSuggestedExperts(token, task.id) : null}
            />
            <TaskMeetings task={task} />
          </aside>
        </div>
      </article>
    </PageShell>
  );
}

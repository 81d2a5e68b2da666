import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError } from "../../../shared/protocol/http.ts";
import type { DisputeSummary } from "../../../shared/protocol/tasks.ts";
import { can } from "../../../shared/rules/permissions.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { fetchDisputes } from "../../net/taskApi.ts";
import { useSession } from "../../state/session.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { companyErrorText } from "../companies/companyErrors.ts";
import { PageShell } from "../companies/PageShell.tsx";
import { formatBudget } from "./taskBudget.ts";
import { PersonName, taskPath } from "./TaskBits.tsx";

type Load = { state: "loading" } | { state: "ready"; disputes: DisputeSummary[] } | { state: "failed"; error: ApiError };

/** /manage/disputes: the managers' queue of open disputes; each is decided on its task's page, with the history beside it. */
export default function DisputesPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const session = useSession();
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const token = session?.token;
  const allowed = session !== null && can(session.user.role, "dispute.decide");

  const refresh = useCallback(async () => {
    if (!token) return;
    const r = await fetchDisputes(token);
    setLoad(r.ok ? { state: "ready", disputes: r.value.disputes } : { state: "failed", error: r.error });
  }, [token]);
  useEffect(() => { if (allowed) void refresh(); }, [refresh, allowed]);

  return (
    <PageShell title={t("tasks.queues.disputes")}>
      <section className="company-hero">
        <div>
          <h1>{t("tasks.queues.disputes")}</h1>
          <p className="hero__lead">{t("tasks.queues.disputesLead")}</p>
        </div>
      </section>
      {!allowed && <p className="company-empty">{t("company.errors.forbidden")}</p>}
      {allowed && load.state === "loading" && <p className="muted" role="status">{t("company.loading")}</p>}
      {load.state === "failed" && <div className="notice notice--error" role="alert">{companyErrorText(t, load.error)}</div>}
      {load.state === "ready" && load.disputes.length === 0 && <p className="company-empty">{t("tasks.queues.empty")}</p>}
      {load.state === "ready" && load.disputes.length > 0 && (
        <ul className="task-queue" data-testid="dispute-queue">
          {load.disputes.map((d) => (
            <li key={d.id} className="card company-card task-queue__item">
              <div className="company-card__head">
                <AppLink to={taskPath(d.task.id)} className="task-card__title">{d.task.title}</AppLink>
                <span className="task-card__budget">{formatBudget(d.task.agreedFee, lng, t("tasks.negotiable"))}</span>
              </div>
              <div className="task-page__who">
                {d.company && <span className="task-card__company">{d.company.name}</span>}
                <span className="muted">{t("tasks.detail.poster")}</span> <PersonName person={d.poster} />
                {d.taker && <><span className="muted">{t("tasks.detail.taker")}</span> <PersonName person={d.taker} /></>}
              </div>
              <p className="company-description">{t("tasks.detail.because", { reason: d.reason })}</p>
              <p className="muted">{d.openedBy?.displayName} · {new Date(d.createdAt).toLocaleString(lng)}</p>
              <AppLink to={taskPath(d.task.id)} className="button button--primary company-button--small">{t("tasks.actions.decide")}</AppLink>
            </li>
          ))}
        </ul>
      )}
    </PageShell>
  );
}

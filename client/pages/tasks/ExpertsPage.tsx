import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError } from "../../../shared/protocol/http.ts";
import type { CertificationRequest } from "../../../shared/protocol/tasks.ts";
import { can } from "../../../shared/rules/permissions.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { decideCertification, fetchCertificationRequests } from "../../net/taskApi.ts";
import { useSession } from "../../state/session.ts";
import { companyErrorText } from "../companies/companyErrors.ts";
import { PageShell } from "../companies/PageShell.tsx";
import { displayUrl, safeHttpUrl } from "../companies/safeLink.ts";
import { CategoryChip, PersonName } from "./TaskBits.tsx";

type Load = { state: "loading" } | { state: "ready"; requests: CertificationRequest[] } | { state: "failed"; error: ApiError };

/** /manage/experts: the managers' queue of certification requests. */
export default function ExpertsPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const session = useSession();
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const token = session?.token;
  const allowed = session !== null && can(session.user.role, "expert.certify");

  const refresh = useCallback(async () => {
    if (!token) return;
    const r = await fetchCertificationRequests(token);
    setLoad(r.ok ? { state: "ready", requests: r.value.requests } : { state: "failed", error: r.error });
  }, [token]);
  useEffect(() => { if (allowed) void refresh(); }, [refresh, allowed]);

  const decide = async (requestId: string, approve: boolean, level: "expert" | "authority" = "expert") => {
    if (!token) return;
    const reason = reasons[requestId]?.trim();
    if (!approve && !reason) return setProblem(t("tasks.queues.reasonNeeded"));
    const r = await decideCertification(token, requestId, approve ? { approve, level } : { approve, ...(reason ? { reason } : {}) });
    setProblem(r.ok ? null : companyErrorText(t, r.error));
    await refresh();
  };

  return (
    <PageShell title={t("tasks.queues.experts")}>
      <section className="company-hero">
        <div>
          <h1>{t("tasks.queues.experts")}</h1>
          <p className="hero__lead">{t("tasks.queues.expertsLead")}</p>
        </div>
      </section>
      {!allowed && <p className="company-empty">{t("company.errors.forbidden")}</p>}
      {problem && <div className="notice notice--error" role="alert">{problem}</div>}
      {allowed && load.state === "loading" && <p className="muted" role="status">{t("company.loading")}</p>}
      {load.state === "failed" && <div className="notice notice--error" role="alert">{companyErrorText(t, load.error)}</div>}
      {load.state === "ready" && load.requests.length === 0 && <p className="company-empty">{t("tasks.queues.empty")}</p>}
      {load.state === "ready" && load.requests.length > 0 && (
        <ul className="task-queue" data-testid="expert-queue">
          {load.requests.map((r) => (
            <li key={r.id} className="card company-card task-queue__item">
              <div className="company-card__head">
                <PersonName person={r.user} />
                <span className="muted">{new Date(r.createdAt).toLocaleString(lng)}</span>
              </div>
              <div className="task-card__meta">
                {r.fields.map((f) => <CategoryChip key={f} category={f} />)}
              </div>
              <p className="company-description">{r.statement}</p>
              {r.links.length > 0 && (
                <ul className="task-links">
                  {r.links.map((raw) => {
                    const href = safeHttpUrl(raw);
                    return <li key={raw}>{href ? <a href={href} target="_blank" rel="noopener noreferrer nofollow">{displayUrl(href)}</a> : raw}</li>;
                  })}
                </ul>
              )}
              <div className="field company-field">
                <label htmlFor={`reason-${r.id}`}>{t("tasks.actions.reason")}</label>
                <input id={`reason-${r.id}`} className="company-input" maxLength={500} value={reasons[r.id] ?? ""}
                  onChange={(e) => setReasons((m) => ({ ...m, [r.id]: e.target.value }))} />
              </div>
              <div className="task-form__buttons">
                <button type="button" className="button button--primary company-button--small" onClick={() => void decide(r.id, true)}>{t("tasks.queues.approve")}</button>
                <button type="button" className="button button--ghost company-button--small" onClick={() => void decide(r.id, true, "authority")}>{t("tasks.queues.approveAuthority")}</button>
                <button type="button" className="button button--ghost company-button--small company-button--danger" onClick={() => void decide(r.id, false)}>{t("tasks.queues.reject")}</button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </PageShell>
  );
}

import { useCallback, useEffect, useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CertificationBody, TASK_CATEGORIES, type CertificationRequest, type TaskCategory } from "../../../shared/protocol/tasks.ts";
import { fetchMyCertification, requestCertification } from "../../net/taskApi.ts";
import { companyErrorText } from "../companies/companyErrors.ts";
import { ExpertBadge } from "./TaskBits.tsx";
import { parseLinks } from "./taskLinks.ts";

/** On /me: ask to be certified as an expert (fields, statement, links), and see how the request stands. */
export function CertificationPanel({ token }: { token: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [requests, setRequests] = useState<CertificationRequest[] | null>(null);
  const [fields, setFields] = useState<TaskCategory[]>([]);
  const [statement, setStatement] = useState("");
  const [links, setLinks] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    const r = await fetchMyCertification(token);
    if (r.ok) setRequests([...r.value.requests].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
  }, [token]);
  useEffect(() => { void refresh(); }, [refresh]);

  const latest = requests?.[0] ?? null;
  const level = latest?.user.expertLevel ?? "none";
  const pending = latest?.status === "pending";

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsedLinks = parseLinks(links);
    if (!parsedLinks.ok) return setProblem(t("tasks.actions.badLinks"));
    const body = CertificationBody.safeParse({ fields, statement, links: parsedLinks.links });
    if (!body.success) return setProblem(body.error.issues[0]?.message ?? "");
    setBusy(true);
    const r = await requestCertification(token, body.data);
    setBusy(false);
    if (!r.ok) return setProblem(companyErrorText(t, r.error));
    setProblem(null);
    setStatement(""); setLinks(""); setFields([]);
    await refresh();
  };

  return (
    <section className="card company-card task-certification" aria-labelledby={`${id}-h`} data-testid="certification-panel">
      <h2 id={`${id}-h`}>{t("tasks.queues.experts")}</h2>
      {level !== "none" && <p><ExpertBadge level={level} /></p>}
      {latest && (
        <p className={latest.status === "rejected" ? "task-field-error" : "muted"} data-testid="certification-status">
          {t(`tasks.certification.status.${latest.status}`)}
          {latest.reason && <> {t("tasks.detail.because", { reason: latest.reason })}</>}
        </p>
      )}
      {requests !== null && !pending && level === "none" && (
        <form className="company-form" onSubmit={(e) => void submit(e)}>
          <p className="muted">{t("tasks.certification.lead")}</p>
          <fieldset className="task-choice">
            <legend>{t("tasks.fields.category")}</legend>
            {TASK_CATEGORIES.map((c) => (
              <label key={c} className="task-check">
                <input type="checkbox" checked={fields.includes(c)} disabled={!fields.includes(c) && fields.length >= 5}
                  onChange={(e) => setFields((f) => (e.target.checked ? [...f, c] : f.filter((x) => x !== c)))} /> {t(`tasks.categories.${c}`)}
              </label>
            ))}
          </fieldset>
          <div className="field company-field">
            <label htmlFor={`${id}-st`}>{t("tasks.certification.statement")}</label>
            <textarea id={`${id}-st`} className="company-input" rows={4} maxLength={2000} value={statement} onChange={(e) => setStatement(e.target.value)} />
          </div>
          <div className="field company-field">
            <label htmlFor={`${id}-links`}>{t("tasks.certification.links")}</label>
            <textarea id={`${id}-links`} className="company-input" rows={2} value={links} onChange={(e) => setLinks(e.target.value)} />
          </div>
          {problem && <p className="task-field-error" role="alert">{problem}</p>}
          <button type="submit" className="button button--primary" disabled={busy}>{t("tasks.certification.submit")}</button>
        </form>
      )}
    </section>
  );
}

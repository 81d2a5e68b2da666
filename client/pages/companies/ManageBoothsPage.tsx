import { useCallback, useEffect, useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { BoothApplication, CompanySummary } from "../../../shared/protocol/companies.ts";
import type { ApiError } from "../../../shared/protocol/http.ts";
import { can } from "../../../shared/rules/permissions.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { assignBooth, decideApplication, fetchPendingApplications, listCompanies } from "../../net/companyApi.ts";
import { companyPath } from "../../router.ts";
import { useSession } from "../../state/session.ts";
import { AppLink } from "./AppLink.tsx";
import { slotLabel } from "./boothPlace.ts";
import { companyErrorText } from "./companyErrors.ts";
import { PageShell } from "./PageShell.tsx";
import { SlotPicker, type SlotChoice } from "./SlotPicker.tsx";
import { useParks } from "./useParks.ts";

type Load = { state: "loading" } | { state: "ready"; applications: BoothApplication[] } | { state: "failed"; error: ApiError };

/** /manage/booths (managers): the queue of booth applications, and direct assignment of a free slot. */
export default function ManageBoothsPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const session = useSession();
  const parks = useParks();
  const token = session?.token ?? null;
  const isManager = session !== null && can(session.user.role, "booth.manage");
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [reload, setReload] = useState(0);

  const refresh = useCallback(async () => {
    if (!token || !isManager) return;
    const r = await fetchPendingApplications(token);
    setLoad(r.ok ? { state: "ready", applications: [...r.value.applications].sort((a, b) => a.createdAt.localeCompare(b.createdAt)) } : { state: "failed", error: r.error });
  }, [token, isManager]);
  useEffect(() => { void refresh(); }, [refresh]);

  const changed = () => {
    setReload((n) => n + 1);
    void refresh();
  };
  const parkName = (id: string) => parks.find((p) => p.id === id)?.name[lng] ?? id;

  if (!token || !isManager) {
    return (
      <PageShell title={t("company.manage.title")}>
        <section className="card company-card company-guest">
          <h1>{t("company.manage.title")}</h1>
          <p>{t("company.manage.managersOnly")}</p>
        </section>
      </PageShell>
    );
  }

  return (
    <PageShell title={t("company.manage.title")}>
      <section className="company-hero">
        <div>
          <h1>{t("company.manage.title")}</h1>
          <p className="hero__lead">{t("company.manage.lead")}</p>
        </div>
      </section>
      <div className="company-profile">
        <section className="card company-card company-profile__main" aria-labelledby="manage-queue">
          <h2 id="manage-queue">{t("company.manage.queue")}</h2>
          {load.state === "loading" && <p className="muted" role="status">{t("company.loading")}</p>}
          {load.state === "failed" && <p className="form-error" role="alert">{companyErrorText(t, load.error)}</p>}
          {load.state === "ready" && load.applications.length === 0 && <p className="company-empty">{t("company.manage.empty")}</p>}
          {load.state === "ready" && load.applications.length > 0 && (
            <ul className="company-queue" data-testid="application-queue">
              {load.applications.map((a) => (
                <QueueItem key={a.id} token={token} application={a} place={t("company.applications.slotLabel", { park: parkName(a.parkId), slot: t("company.list.boothAt", { slot: slotLabel(a.slotId) }) })} onDecided={changed} />
              ))}
            </ul>
          )}
        </section>
        <aside className="company-profile__side">
          <AssignForm token={token} lng={lng} reload={reload} onAssigned={changed} />
        </aside>
      </div>
    </PageShell>
  );
}

function QueueItem({ token, application: a, place, onDecided }: { token: string; application: BoothApplication; place: string; onDecided: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const decide = async (approve: boolean) => {
    setBusy(true);
    const r = await decideApplication(token, a.id, approve, approve ? undefined : reason.trim() || undefined);
    setBusy(false);
    if (r.ok) onDecided();
    else setError(companyErrorText(t, r.error));
  };

  return (
    <li className="company-queue__item">
      <div className="company-queue__head">
        <AppLink to={companyPath(a.companyId)} className="company-queue__company">{a.companyName}</AppLink>
        <span className="chip">{place}</span>
        <time className="muted" dateTime={a.createdAt}>{new Date(a.createdAt).toLocaleString(i18n.language, { dateStyle: "medium", timeStyle: "short" })}</time>
      </div>
      {a.note && <p className="company-queue__note">{t("company.manage.note", { note: a.note })}</p>}
      {rejecting ? (
        <div className="company-inline-form">
          <div className="field company-field">
            <label htmlFor={`${id}-reason`}>{t("company.manage.rejectReason")}</label>
            <input id={`${id}-reason`} className="company-input" maxLength={300} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
          </div>
          <button type="button" className="button button--ghost company-button--danger" disabled={busy} onClick={() => void decide(false)}>{t("company.manage.reject")}</button>
          <button type="button" className="button button--ghost" onClick={() => setRejecting(false)}>{t("company.cancel")}</button>
        </div>
      ) : (
        <div className="company-form__actions">
          <button type="button" className="button button--primary company-button--small" disabled={busy} onClick={() => void decide(true)}>{t("company.manage.approve")}</button>
          <button type="button" className="button button--ghost company-button--small" disabled={busy} onClick={() => setRejecting(true)}>{t("company.manage.reject")}</button>
        </div>
      )}
      <p className="form-error" role="alert">{error ?? ""}</p>
    </li>
  );
}

function AssignForm({ token, lng, reload, onAssigned }: { token: string; lng: "zh-CN" | "en"; reload: number; onAssigned: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [companies, setCompanies] = useState<CompanySummary[]>([]);
  const [companyId, setCompanyId] = useState("");
  const [choice, setChoice] = useState<SlotChoice>({ parkId: "", slotId: "" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void listCompanies(token).then((r) => {
      if (r.ok) setCompanies([...r.value.companies].sort((a, b) => a.name.localeCompare(b.name, lng)));
    });
  }, [token, lng, reload]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!companyId || !choice.slotId) return;
    setBusy(true);
    const r = await assignBooth(token, choice.parkId, choice.slotId, companyId);
    setBusy(false);
    if (!r.ok) {
      setNotice(null);
      setError(companyErrorText(t, r.error));
      return;
    }
    setError(null);
    setNotice(t("company.manage.assigned", { company: companies.find((c) => c.id === companyId)?.name ?? "", slot: slotLabel(choice.slotId) }));
    setChoice({ parkId: choice.parkId, slotId: "" });
    onAssigned();
  };

  return (
    <section className="card company-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("company.manage.assign")}</h2>
      <p className="muted">{t("company.manage.assignLead")}</p>
      <form className="company-form" onSubmit={(e) => void submit(e)}>
        <div className="field company-field">
          <label htmlFor={`${id}-company`}>{t("company.manage.company")}</label>
          <select id={`${id}-company`} className="company-input" value={companyId} onChange={(e) => setCompanyId(e.target.value)}>
            <option value="">{t("company.manage.chooseCompany")}</option>
            {companies.filter((c) => !c.suspended).map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </div>
        <SlotPicker value={choice} onChange={setChoice} lng={lng} reload={reload} />
        <p className="form-error" role="alert">{error ?? ""}</p>
        <div className="company-form__actions">
          <button type="submit" className="button button--primary" disabled={busy || !companyId || !choice.slotId}>{t("company.manage.submitAssign")}</button>
          {notice && <span className="company-saved" role="status">{notice}</span>}
        </div>
      </form>
    </section>
  );
}

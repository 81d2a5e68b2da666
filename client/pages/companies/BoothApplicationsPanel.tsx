import { useCallback, useEffect, useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { BoothApplication } from "../../../shared/protocol/companies.ts";
import type { Language } from "../../i18n/language.ts";
import { applyForBooth, fetchCompanyApplications, withdrawApplication } from "../../net/companyApi.ts";
import { slotLabel } from "./boothPlace.ts";
import { companyErrorText } from "./companyErrors.ts";
import { SlotPicker, type SlotChoice } from "./SlotPicker.tsx";
import { useParks } from "./useParks.ts";

/** Members ask for a free booth slot and follow their applications. */
export function BoothApplicationsPanel({ token, companyId, lng }: { token: string; companyId: string; lng: Language }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const parks = useParks();
  const [choice, setChoice] = useState<SlotChoice>({ parkId: "", slotId: "" });
  const [note, setNote] = useState("");
  const [applications, setApplications] = useState<BoothApplication[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reload, setReload] = useState(0);

  const refresh = useCallback(async () => {
    const r = await fetchCompanyApplications(token, companyId);
    if (r.ok) setApplications([...r.value.applications].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
    else setError(companyErrorText(t, r.error));
  }, [token, companyId, t]);
  useEffect(() => { void refresh(); }, [refresh]);

  const apply = async (e: FormEvent) => {
    e.preventDefault();
    if (!choice.slotId) return;
    setBusy(true);
    const r = await applyForBooth(token, companyId, { parkId: choice.parkId, slotId: choice.slotId, note: note.trim() });
    setBusy(false);
    if (!r.ok) {
      setNotice(null);
      setError(companyErrorText(t, r.error));
      return;
    }
    setError(null);
    setNotice(t("company.applications.sent"));
    setNote("");
    setChoice({ parkId: choice.parkId, slotId: "" });
    setReload((n) => n + 1);
    await refresh();
  };

  const withdraw = async (a: BoothApplication) => {
    const r = await withdrawApplication(token, a.id);
    if (!r.ok) setError(companyErrorText(t, r.error));
    else await refresh();
  };

  const parkName = (pid: string) => parks.find((p) => p.id === pid)?.name[lng] ?? pid;
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language, { dateStyle: "medium" });

  return (
    <section className="card company-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("company.applications.apply")}</h2>
      <p className="muted">{t("company.applications.applyLead")}</p>
      <form className="company-form" onSubmit={(e) => void apply(e)}>
        <SlotPicker value={choice} onChange={setChoice} lng={lng} reload={reload} />
        <div className="field company-field">
          <label htmlFor={`${id}-note`}>{t("company.applications.note")}</label>
          <textarea id={`${id}-note`} className="company-input" rows={2} maxLength={500} value={note}
            placeholder={t("company.applications.notePlaceholder")} onChange={(e) => setNote(e.target.value)} />
        </div>
        <p className="form-error" role="alert">{error ?? ""}</p>
        <div className="company-form__actions">
          <button type="submit" className="button button--primary" disabled={busy || !choice.slotId}>{t("company.applications.submit")}</button>
          {notice && <span className="company-saved" role="status">{notice}</span>}
        </div>
      </form>

      <h3 className="company-subtitle">{t("company.applications.mine")}</h3>
      {applications?.length === 0 && <p className="muted">{t("company.applications.none")}</p>}
      {applications && applications.length > 0 && (
        <ul className="company-applications">
          {applications.map((a) => (
            <li key={a.id}>
              <span className="company-applications__place">{t("company.applications.slotLabel", { park: parkName(a.parkId), slot: t("company.list.boothAt", { slot: slotLabel(a.slotId) }) })}</span>
              <span className={`company-status company-status--${a.status}`}>{t(`company.applications.status.${a.status}`)}</span>
              <span className="muted">{t("company.applications.sentOn", { date: date(a.createdAt) })}</span>
              {a.reason && <span className="company-applications__reason">{t("company.applications.reason", { reason: a.reason })}</span>}
              {a.status === "pending" && (
                <button type="button" className="button button--ghost company-button--small" onClick={() => void withdraw(a)}>{t("company.applications.withdraw")}</button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

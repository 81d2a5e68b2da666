import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Company } from "../../../shared/protocol/companies.ts";
import { setSuspended, setVerified } from "../../net/companyApi.ts";
import type { Result } from "../../net/api.ts";
import { companyErrorText } from "./companyErrors.ts";

/** Managers verify or unverify a company, and suspend or reinstate it with a reason. */
export function ModerationPanel({ token, company, onChanged }: { token: string; company: Company; onChanged: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const act = async (job: () => Promise<Result<unknown>>) => {
    setBusy(true);
    const r = await job();
    setBusy(false);
    if (!r.ok) {
      setError(companyErrorText(t, r.error));
      return;
    }
    setError(null);
    setReason("");
    onChanged();
  };

  return (
    <section className="card company-card company-moderation" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("company.moderation.title")}</h2>
      <p className="muted">{t("company.moderation.lead")}</p>
      <div className="company-moderation__row">
        <p>{company.verified ? t("company.moderation.verified") : t("company.moderation.notVerified")}</p>
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void act(() => setVerified(token, company.id, !company.verified))}>
          {company.verified ? t("company.moderation.unverify") : t("company.moderation.verify")}
        </button>
      </div>
      <div className="company-moderation__row">
        <div className="field company-field">
          <label htmlFor={`${id}-reason`}>{t("company.moderation.reason")}</label>
          <input id={`${id}-reason`} className="company-input" maxLength={300} value={reason} placeholder={t("company.moderation.reasonPlaceholder")}
            onChange={(e) => setReason(e.target.value)} />
        </div>
        <button type="button" className={`button ${company.suspended ? "button--primary" : "button--ghost company-button--danger"}`} disabled={busy}
          onClick={() => void act(() => setSuspended(token, company.id, !company.suspended, reason.trim() || undefined))}>
          {company.suspended ? t("company.moderation.reinstate") : t("company.moderation.suspend")}
        </button>
      </div>
      <p className="form-error" role="alert">{error ?? ""}</p>
    </section>
  );
}

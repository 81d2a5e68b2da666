import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CARD_NOTE_MAX, type Company } from "../../shared/protocol/companies.ts";
import type { ApiError } from "../../shared/protocol/http.ts";
import { can } from "../../shared/rules/permissions.ts";
import type { Language } from "../i18n/language.ts";
import { fetchCompany, leaveCard } from "../net/companyApi.ts";
import { AppLink } from "../pages/companies/AppLink.tsx";
import { companyErrorText } from "../pages/companies/companyErrors.ts";
import {
  CompanyDescription, CompanyHeading, CompanyLinks, ContactList, Gallery, hasContact, ProductList,
} from "../pages/companies/CompanyShowcase.tsx";
import { companyPath } from "../router.ts";
import type { BoothSignView } from "../state/park.ts";
import { useSession } from "../state/session.ts";
import { BoothOpenTasks } from "./BoothOpenTasks.tsx";

type Load = { state: "loading" } | { state: "ready"; company: Company } | { state: "failed"; error: ApiError };

/**
 * A booth's panel: who the company is, what it makes, how to reach it, and "leave my card". It
 * reloads when the booth sign's version moves (a member edited the company), keeping what it shows
 * until the new version is there.
 */
export function BoothPanel({ parkId, slotId, booth, lng, nearby, onClose }: {
  parkId: string; slotId: string; booth: BoothSignView; lng: Language; nearby: boolean; onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const token = session?.token ?? null;
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const panel = useRef<HTMLElement>(null);
  const titleId = useId();

  useEffect(() => {
    let live = true;
    void fetchCompany(booth.companyId, token).then((r) => {
      if (!live) return;
      setLoad((prev) => (r.ok ? { state: "ready", company: r.value } : prev.state === "ready" ? prev : { state: "failed", error: r.error }));
    });
    return () => { live = false; };
  }, [booth.companyId, booth.version, token]);

  useEffect(() => {
    const key = (e: KeyboardEvent) => {
      if (e.key === "Escape" && panel.current?.contains(document.activeElement)) onClose();
    };
    window.addEventListener("keydown", key);
    return () => window.removeEventListener("keydown", key);
  }, [onClose]);

  // The sign's own fields are there at once; the rest fills in when the company has loaded.
  const company = load.state === "ready" ? load.company : null;
  const heading = company ?? { name: booth.name, colour: booth.colour, logoImageId: booth.logoImageId || null, verified: booth.verified, industry: "other" as const, suspended: false };

  return (
    <section ref={panel} className="hud-panel booth-panel" aria-labelledby={titleId} data-testid="booth-panel" data-slot-id={slotId}
      style={{ ["--company-colour" as string]: booth.colour }}>
      <div className="booth-panel__band" aria-hidden="true" />
      <header className="booth-panel__head">
        <div id={titleId} className="booth-panel__title">
          {company ? <CompanyHeading company={heading} as="h2" size="medium" /> : <h2 className="company-heading__name" data-testid="company-name">{booth.name}</h2>}
        </div>
        <button type="button" className="booth-panel__close" aria-label={t("company.close")} onClick={onClose}>×</button>
      </header>
      <div className="booth-panel__body">
        {load.state === "loading" && <p className="muted" role="status">{t("company.booth.loading")}</p>}
        {load.state === "failed" && <p className="form-error" role="alert">{t("company.booth.failed")} {companyErrorText(t, load.error)}</p>}
        {company && (
          <>
            <CompanyDescription company={company} lng={lng} />
            <BoothOpenTasks companyId={company.id} companyName={company.name} version={booth.version} />
            {company.products.length > 0 && (
              <section className="booth-panel__section">
                <h3>{t("company.booth.products")}</h3>
                <ProductList company={company} />
              </section>
            )}
            {company.gallery.length > 0 && (
              <section className="booth-panel__section">
                <h3>{t("company.booth.gallery")}</h3>
                <Gallery company={company} />
              </section>
            )}
            <CompanyLinks company={company} />
            {hasContact(company) && (
              <section className="booth-panel__section">
                <h3>{t("company.booth.contact")}</h3>
                <ContactList company={company} />
              </section>
            )}
            <p><AppLink to={companyPath(company.id)} className="booth-panel__page-link">{t("company.booth.openPage")} →</AppLink></p>
          </>
        )}
      </div>
      <LeaveCard token={token} mayLeave={session !== null && can(session.user.role, "card.leave")} companyId={booth.companyId}
        companyName={company?.name ?? booth.name} parkId={parkId} slotId={slotId} />
      {nearby && <p className="booth-panel__hint">{t("company.booth.walkAway")}</p>}
    </section>
  );
}

function LeaveCard({ token, mayLeave, companyId, companyName, parkId, slotId }: {
  token: string | null; mayLeave: boolean; companyId: string; companyName: string; parkId: string; slotId: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!mayLeave || !token) {
    return (
      <div className="booth-card booth-card--guest" data-testid="booth-card-guest">
        <strong>{t("company.booth.guest")}</strong>
        <p>{t("company.booth.guestHint")}</p>
      </div>
    );
  }
  if (sent) {
    return (
      <div className="booth-card booth-card--sent" role="status" data-testid="booth-card-sent">
        <span className="booth-card__check" aria-hidden="true">✓</span>
        <div>
          <strong>{t("company.booth.sent", { name: companyName })}</strong>
          <p>{t("company.booth.sentHint")}</p>
        </div>
      </div>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await leaveCard(token, companyId, { note: note.trim(), parkId, slotId });
    setBusy(false);
    if (r.ok) setSent(true);
    else setError(companyErrorText(t, r.error));
  };

  const length = Array.from(note).length;
  return (
    <form className="booth-card" onSubmit={(e) => void submit(e)} data-testid="booth-card-form">
      <label htmlFor={`${id}-note`} className="booth-card__title">{t("company.booth.leaveCard")}</label>
      <p className="booth-card__lead">{t("company.booth.leaveCardLead", { name: companyName })}</p>
      <div className="booth-card__field">
        <textarea id={`${id}-note`} className="company-input" rows={2} maxLength={CARD_NOTE_MAX} value={note}
          placeholder={t("company.booth.notePlaceholder")} onChange={(e) => setNote(e.target.value)} aria-describedby={`${id}-count`} />
        <small id={`${id}-count`} className={`booth-card__count${length > CARD_NOTE_MAX - 40 ? " booth-card__count--near" : ""}`}>
          {t("company.booth.counter", { count: length, max: CARD_NOTE_MAX })}
        </small>
      </div>
      <p className="form-error" role="alert">{error ?? ""}</p>
      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {busy ? t("company.booth.sending") : t("company.booth.send")}
      </button>
    </form>
  );
}

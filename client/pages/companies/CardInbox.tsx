import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BusinessCard } from "../../../shared/protocol/companies.ts";
import type { ApiError } from "../../../shared/protocol/http.ts";
import type { Language } from "../../i18n/language.ts";
import { fetchCards, markCardRead } from "../../net/companyApi.ts";
import { slotLabel } from "./boothPlace.ts";
import { sortCards } from "./cardOrder.ts";
import { companyErrorText } from "./companyErrors.ts";
import { useParks } from "./useParks.ts";

/** Cards come a page at a time, newest first. */
const PAGE = 50;

type Load =
  | { state: "loading" }
  | { state: "ready"; cards: BusinessCard[]; unread: number; more: boolean }
  | { state: "failed"; error: ApiError };

/** The cards visitors left at the company's booths, unread first; members mark them read. */
export function CardInbox({ token, companyId, lng, onUnread }: { token: string; companyId: string; lng: Language; onUnread: (n: number) => void }) {
  const { t, i18n } = useTranslation();
  const parks = useParks();
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** The newest `count` cards (at least a page): what is shown stays shown after a change. */
  const refresh = useCallback(async (count = PAGE) => {
    const result = await fetchCards(token, companyId, { limit: Math.min(200, Math.max(PAGE, count)) });
    if (result.ok) {
      setLoad({ state: "ready", cards: result.value.cards, unread: result.value.unread, more: result.value.cards.length >= Math.max(PAGE, count) });
      onUnread(result.value.unread);
    } else setLoad({ state: "failed", error: result.error });
  }, [token, companyId, onUnread]);
  useEffect(() => { void refresh(); }, [refresh]);

  const shown = load.state === "ready" ? load.cards : [];
  const older = async () => {
    const last = shown[shown.length - 1];
    if (!last || load.state !== "ready") return;
    setBusy(true);
    const result = await fetchCards(token, companyId, { before: last.id, limit: PAGE });
    setBusy(false);
    if (!result.ok) {
      setError(companyErrorText(t, result.error));
      return;
    }
    setLoad({ state: "ready", cards: [...shown, ...result.value.cards], unread: result.value.unread, more: result.value.cards.length >= PAGE });
  };

  const markRead = async (card: BusinessCard) => {
    const result = await markCardRead(token, companyId, card.id);
    if (result.ok) {
      setError(null);
      await refresh(shown.length);
    } else setError(companyErrorText(t, result.error));
  };

  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  const parkName = (id: string) => parks.find((p) => p.id === id)?.name[lng] ?? id;

  return (
    <section className="card company-card" aria-labelledby="company-inbox">
      <div className="company-card__head">
        <h2 id="company-inbox">{t("company.inbox.title")}</h2>
        {load.state === "ready" && load.unread > 0 && <span className="count-badge count-badge--alert">{t("company.inbox.unread", { count: load.unread })}</span>}
      </div>
      <p className="muted">{t("company.inbox.lead")}</p>
      {load.state === "loading" && <p className="muted" role="status">{t("company.loading")}</p>}
      {load.state === "failed" && <p className="form-error" role="alert">{t("company.inbox.failed")} {companyErrorText(t, load.error)}</p>}
      {load.state === "ready" && shown.length === 0 && <p className="company-empty">{t("company.inbox.empty")}</p>}
      <p className="form-error" role="alert">{error ?? ""}</p>
      {shown.length > 0 && (
        <ul className="company-inbox" data-testid="card-inbox">
          {sortCards(shown).map((c) => (
            <li key={c.id} className={`company-inbox__card${c.read ? "" : " company-inbox__card--unread"}`}>
              <div className="company-inbox__who">
                <span className="avatar-dot avatar-dot--large" aria-hidden="true">{Array.from(c.profile.displayName)[0]?.toUpperCase()}</span>
                <div>
                  <p className="company-inbox__name">
                    {c.profile.displayName}
                    {!c.read && <span className="people__tag">{t("company.inbox.new")}</span>}
                  </p>
                  <p className="company-inbox__meta muted">
                    <time dateTime={c.createdAt}>{when(c.createdAt)}</time>
                    {c.parkId && c.slotId && <> · {t("company.inbox.at", { slot: slotLabel(c.slotId), park: parkName(c.parkId) })}</>}
                  </p>
                </div>
                {!c.read && (
                  <button type="button" className="button button--ghost company-button--small" onClick={() => void markRead(c)}>
                    {t("company.inbox.markRead")}
                  </button>
                )}
              </div>
              <p className={`company-inbox__note${c.note ? "" : " muted"}`}>{c.note || t("company.inbox.noNote")}</p>
              {c.profile.bio && <p className="company-inbox__bio">{c.profile.bio}</p>}
              {(c.profile.skills.length > 0 || c.profile.companies.length > 0) && (
                <dl className="company-inbox__facts">
                  {c.profile.skills.length > 0 && (
                    <div><dt>{t("company.inbox.skills")}</dt><dd className="profile-tags">{c.profile.skills.map((s) => <span key={s} className="profile-tag">{s}</span>)}</dd></div>
                  )}
                  {c.profile.companies.length > 0 && (
                    <div><dt>{t("company.inbox.worksAt")}</dt><dd>{c.profile.companies.join(" · ")}</dd></div>
                  )}
                </dl>
              )}
            </li>
          ))}
        </ul>
      )}
      {load.state === "ready" && load.more && (
        <button type="button" className="button button--ghost" disabled={busy} onClick={() => void older()}>{t("company.inbox.older")}</button>
      )}
    </section>
  );
}

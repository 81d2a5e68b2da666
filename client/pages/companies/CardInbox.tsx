import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BusinessCard } from "../../../shared/protocol/companies.ts";
import type { ApiError } from "../../../shared/protocol/http.ts";
import type { Language } from "../../i18n/language.ts";
import { fetchCards, markCardRead } from "../../net/companyApi.ts";
import { slotLabel } from "./boothPlace.ts";
import { sortCards } from "./cardOrder.ts";
import { companyErrorText } from "./companyErrors.ts";
import { useParks } from "./useParkNames.ts";

type Load = { state: "loading" } | { state: "ready"; cards: BusinessCard[]; unread: number } | { state: "failed"; error: ApiError };

/** The cards visitors left at the company's booths, unread first; members mark them read. */
export function CardInbox({ token, companyId, lng, onUnread }: { token: string; companyId: string; lng: Language; onUnread: (n: number) => void }) {
  const { t, i18n } = useTranslation();
  const parks = useParks();
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const result = await fetchCards(token, companyId);
    if (result.ok) {
      setLoad({ state: "ready", cards: sortCards(result.value.cards), unread: result.value.unread });
      onUnread(result.value.unread);
    } else setLoad({ state: "failed", error: result.error });
  }, [token, companyId, onUnread]);
  useEffect(() => { void refresh(); }, [refresh]);

  const markRead = async (card: BusinessCard) => {
    const result = await markCardRead(token, companyId, card.id);
    if (result.ok) {
      setError(null);
      await refresh();
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
      {load.state === "ready" && load.cards.length === 0 && <p className="company-empty">{t("company.inbox.empty")}</p>}
      <p className="form-error" role="alert">{error ?? ""}</p>
      {load.state === "ready" && load.cards.length > 0 && (
        <ul className="company-inbox" data-testid="card-inbox">
          {load.cards.map((c) => (
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
    </section>
  );
}

import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Profile } from "../../shared/protocol/companies.ts";
import type { ApiError } from "../../shared/protocol/http.ts";
import { fetchProfile } from "../net/companyApi.ts";
import { AppLink } from "../pages/companies/AppLink.tsx";
import { companyErrorText } from "../pages/companies/companyErrors.ts";
import { VerifiedBadge } from "../pages/companies/VerifiedBadge.tsx";
import { Reputation } from "../pages/tasks/Reputation.tsx";
import { companyPath } from "../router.ts";
import { showProfile, useProfileUserId } from "../state/companyUi.ts";
import { useSession } from "../state/session.ts";

type Load = { state: "loading" } | { state: "ready"; profile: Profile } | { state: "failed"; error: ApiError };

/** The profile card of the person clicked in the park or in the people list. */
export function ProfileCard() {
  const userId = useProfileUserId();
  // Leaving the park closes it, so it does not pop up again on the next visit.
  useEffect(() => () => showProfile(null), []);
  return userId ? <ProfileCardFor key={userId} userId={userId} /> : null;
}

function ProfileCardFor({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const token = useSession()?.token ?? null;
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const titleId = useId();
  const close = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    void fetchProfile(userId, token).then((r) => {
      if (live) setLoad(r.ok ? { state: "ready", profile: r.value } : { state: "failed", error: r.error });
    });
    return () => { live = false; };
  }, [userId, token]);

  useEffect(() => {
    close.current?.focus({ preventScroll: true });
    const key = (e: KeyboardEvent) => { if (e.key === "Escape") showProfile(null); };
    window.addEventListener("keydown", key);
    return () => window.removeEventListener("keydown", key);
  }, []);

  const p = load.state === "ready" ? load.profile : null;
  return (
    <section className="hud-panel profile-card" role="dialog" aria-labelledby={titleId} data-testid="profile-card">
      <div className="profile-card__band" style={{ background: p?.colour ?? "#dcebe7" }} aria-hidden="true" />
      <button ref={close} type="button" className="booth-panel__close profile-card__close" aria-label={t("company.close")} onClick={() => showProfile(null)}>×</button>
      {load.state === "loading" && <p className="muted profile-card__status" role="status">{t("company.loading")}</p>}
      {load.state === "failed" && <p className="form-error profile-card__status" role="alert">{t("company.card.failed")} {companyErrorText(t, load.error)}</p>}
      {p && (
        <>
          <div className="profile-card__who">
            <span className="avatar-dot avatar-dot--large profile-card__avatar" style={{ background: p.colour }} aria-hidden="true">
              {Array.from(p.displayName)[0]?.toUpperCase()}
            </span>
            <div>
              <h2 id={titleId} className="profile-card__name">{p.displayName}</h2>
              <p className={`role role--${p.role}`}>{t(`roles.${p.role}`)}</p>
            </div>
          </div>
          <Reputation expertLevel={p.expertLevel} rating={p.rating} completedTasks={p.completedTasks} withdrawals={p.withdrawals} />
          <section className="profile-card__section">
            <h3>{t("company.card.bio")}</h3>
            <p className={p.bio ? "profile-card__bio" : "muted"}>{p.bio || t("company.card.noBio")}</p>
          </section>
          {p.skills.length > 0 && (
            <section className="profile-card__section">
              <h3>{t("company.card.skills")}</h3>
              <ul className="profile-tags">{p.skills.map((s) => <li key={s} className="profile-tag">{s}</li>)}</ul>
            </section>
          )}
          {p.companies.length > 0 && (
            <section className="profile-card__section">
              <h3>{t("company.card.companies")}</h3>
              <ul className="profile-card__companies">
                {p.companies.map((c) => (
                  <li key={c.id}>
                    <AppLink to={companyPath(c.id)}>{c.name}</AppLink>
                    {c.verified && <VerifiedBadge compact />}
                    <span className="muted"> · {t(`company.roles.${c.role}`)}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </section>
  );
}

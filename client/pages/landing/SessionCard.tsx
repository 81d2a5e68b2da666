import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Session } from "../../../shared/protocol/http.ts";
import { can } from "../../../shared/rules/permissions.ts";
import { logout } from "../../net/api.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { setSession } from "../../state/session.ts";

export function SessionCard({ session }: { session: Session }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const { user } = session;

  const signOut = async () => {
    setBusy(true);
    // Signing out here must work even when the server cannot be reached: the token is dropped either way.
    await logout(session.token);
    setSession(null);
  };

  return (
    <section className="card session" aria-labelledby="session-title">
      <h2 id="session-title" className="session__label">{t("auth.signedInAs")}</h2>
      <div className="session__who">
        <span className="avatar-dot avatar-dot--large" style={{ background: user.colour }} aria-hidden="true">
          {Array.from(user.displayName)[0]?.toUpperCase()}
        </span>
        <div>
          <p className="session__name" data-testid="session-name">{user.displayName}</p>
          <p className="session__role">
            <span className={`role role--${user.role}`}>{t(`roles.${user.role}`)}</span>
            {user.role !== "guest" && <span className="muted"> @{user.username}</span>}
          </p>
        </div>
      </div>
      <nav className="company-session-links" aria-label={t("company.nav.label")}>
        <AppLink to="/companies" className="button button--ghost company-button--small">{t("company.nav.companies")}</AppLink>
        <AppLink to="/tasks" className="button button--ghost company-button--small">{t("tasks.title")}</AppLink>
        {user.role !== "guest" && <AppLink to="/me" className="button button--ghost company-button--small">{t("company.nav.me")}</AppLink>}
        {can(user.role, "booth.manage") && <AppLink to="/manage/booths" className="button button--ghost company-button--small">{t("company.nav.manageBooths")}</AppLink>}
      </nav>
      <button type="button" className="button button--ghost" onClick={() => void signOut()} disabled={busy}>
        {t("auth.signOut")}
      </button>
    </section>
  );
}

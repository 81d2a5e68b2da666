import { useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { BrandMark } from "../../hud/BrandMark.tsx";
import { LanguageSwitch } from "../../hud/LanguageSwitch.tsx";
import { useRoute } from "../../router.ts";
import { useSession } from "../../state/session.ts";
import { MeetingsMenu } from "../meetings/MeetingsMenu.tsx";
import { NotificationBell } from "../tasks/NotificationBell.tsx";
import { AppLink } from "./AppLink.tsx";
import { ManageMenu } from "./ManageMenu.tsx";

/** The frame of the company, profile and booth pages: the site header with its links, then the page. */
export function PageShell({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { t: te } = useTranslation("events");
  const session = useSession();
  const route = useRoute();
  const user = session?.user;

  useEffect(() => {
    document.title = `${title} · ${t("brand.name")}`;
  }, [title, t]);

  const links: Array<{ to: string; label: string; current: boolean }> = [
    { to: "/", label: t("company.nav.parks"), current: route.name === "landing" },
    { to: "/companies", label: t("company.nav.companies"), current: route.name === "companies" || route.name === "company" },
    { to: "/tasks", label: t("tasks.title"), current: route.name.startsWith("task") },
    { to: "/events", label: te("title"), current: route.name === "events" || route.name === "event" || route.name === "event-new" || route.name === "event-edit" || route.name === "manage-events" },
    ...(user ? [{ to: "/me", label: t("company.nav.me"), current: route.name === "me" }] : []),
  ];

  return (
    <div className="landing company-shell">
      <header className="site-header">
        <AppLink to="/" className="company-shell__home">
          <BrandMark />
        </AppLink>
        <nav className="company-nav" aria-label={t("company.nav.label")}>
          {links.map((l) => (
            <AppLink key={l.to} to={l.to} className="company-nav__link" aria-current={l.current ? "page" : undefined}>
              {l.label}
            </AppLink>
          ))}
          <MeetingsMenu />
          <ManageMenu />
        </nav>
        <div className="company-shell__side">
          {user && (
            <span className="company-shell__who" title={user.displayName}>
              <span className="avatar-dot" style={{ background: user.colour }} aria-hidden="true">
                {Array.from(user.displayName)[0]?.toUpperCase()}
              </span>
              <span className="company-shell__name">{user.displayName}</span>
            </span>
          )}
          <NotificationBell />
          <LanguageSwitch />
        </div>
      </header>
      <main className="landing__main company-main">{children}</main>
      <footer className="site-footer">
        <span>{t("brand.name")} · {t("brand.localName")}</span>
        <span>{t("landing.footer")}</span>
      </footer>
    </div>
  );
}

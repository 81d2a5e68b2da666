import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../hud/LanguageSwitch.tsx";
import { useLanguage } from "../i18n/i18n.ts";
import { en } from "../i18n/locales/en.ts";
import { zhCN } from "../i18n/locales/zh-CN.ts";
import { fetchMe } from "../net/api.ts";
import { sessionStore, setSession, useSession } from "../state/session.ts";
import { AuthPanel } from "./landing/AuthPanel.tsx";
import { ParkList } from "./landing/ParkList.tsx";
import { SessionCard } from "./landing/SessionCard.tsx";
import { BrandMark } from "../hud/BrandMark.tsx";
import { AppLink } from "./companies/AppLink.tsx";

export function Landing() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const session = useSession();
  // The tagline in the other language too: parks are bilingual, and so is the name.
  const otherTagline = lng === "en" ? zhCN.brand.tagline : en.brand.tagline;

  useEffect(() => {
    document.title = `${t("brand.name")} · ${t("brand.localName")}`;
  }, [t]);

  // A stored token may have expired or been revoked since: ask once, and forget it if so.
  useEffect(() => {
    const token = sessionStore.getState().session?.token;
    if (!token) return;
    void fetchMe(token).then((me) => {
      if (!me.ok && me.error.status === 401 && sessionStore.getState().session?.token === token) setSession(null);
    });
  }, []);

  return (
    <div className="landing">
      <header className="site-header">
        <BrandMark />
        <div className="company-shell__side">
          <AppLink to="/companies" className="company-nav__link">{t("company.nav.companies")}</AppLink>
          <AppLink to="/tasks" className="company-nav__link">{t("tasks.title")}</AppLink>
          <LanguageSwitch />
        </div>
      </header>

      <main className="landing__main">
        <section className="hero">
          <div className="hero__text">
            <p className="eyebrow">{t("landing.eyebrow")}</p>
            <h1>{t("landing.title")}</h1>
            <p className="hero__tagline">{t("brand.tagline")}</p>
            <p className="hero__tagline hero__tagline--other" lang={lng === "en" ? "zh-CN" : "en"}>{otherTagline}</p>
            <p className="hero__lead">{t("landing.lead")}</p>
            <ul className="features">
              <li><span className="features__icon" aria-hidden="true">◎</span>{t("landing.features.walk")}</li>
              <li><span className="features__icon" aria-hidden="true">▤</span>{t("landing.features.tasks")}</li>
              <li><span className="features__icon" aria-hidden="true">✦</span>{t("landing.features.experts")}</li>
            </ul>
          </div>
          <div className="hero__side">{session ? <SessionCard session={session} /> : <AuthPanel />}</div>
        </section>

        <ParkList canEnter={session !== null} />
      </main>

      <footer className="site-footer">
        <span>{t("brand.name")} · {t("brand.localName")}</span>
        <span>{t("landing.footer")}</span>
      </footer>
    </div>
  );
}

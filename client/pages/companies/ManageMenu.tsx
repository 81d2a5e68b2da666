import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useRoute, type Route } from "../../router.ts";
import { useSession } from "../../state/session.ts";
import { AppLink } from "./AppLink.tsx";

const PAGES: ReadonlyArray<Route["name"]> = ["dashboard", "manage-booths", "manage-disputes", "manage-experts"];

/**
 * The managers' pages (the dashboard, booths, disputes, experts) as one menu in the site header,
 * which has no room for four more links; nothing for anyone else.
 */
export function ManageMenu() {
  const { t } = useTranslation();
  const { t: td } = useTranslation("dashboard");
  const session = useSession();
  const route = useRoute();
  const box = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const close = (e: MouseEvent) => { if (box.current?.open && !box.current.contains(e.target as Node)) box.current.open = false; };
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, []);

  if (session?.user.role !== "manager") return null;
  const shut = () => { if (box.current) box.current.open = false; };
  const item = (to: string, name: Route["name"], label: string, testId?: string) => (
    <AppLink to={to} className="room-nav__item" onClick={shut} aria-current={route.name === name ? "page" : undefined} data-testid={testId}>{label}</AppLink>
  );
  return (
    <details className="room-nav" ref={box} data-testid="manage-menu">
      <summary className="company-nav__link" aria-current={PAGES.includes(route.name) ? "page" : undefined}>{td("manageMenu")}</summary>
      <div className="room-nav__panel">
        {item("/dashboard", "dashboard", td("nav"), "nav-dashboard")}
        {item("/manage/booths", "manage-booths", t("company.nav.manageBooths"))}
        {item("/manage/disputes", "manage-disputes", t("tasks.queues.disputes"))}
        {item("/manage/experts", "manage-experts", t("tasks.queues.experts"))}
      </div>
    </details>
  );
}

import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { can } from "../../shared/rules/permissions.ts";
import { AppLink } from "../pages/companies/AppLink.tsx";
import { useSession } from "../state/session.ts";

/** The HUD's way to the company directory, your profile and (for managers) the booth queue. */
export function CompanyMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    const press = (e: PointerEvent) => { if (!root.current?.contains(e.target as Node)) setOpen(false); };
    const key = (e: KeyboardEvent) => { if (e.key === "Escape") setOpen(false); };
    document.addEventListener("pointerdown", press);
    window.addEventListener("keydown", key);
    return () => {
      document.removeEventListener("pointerdown", press);
      window.removeEventListener("keydown", key);
    };
  }, [open]);

  const links = [
    { to: "/companies", label: t("company.nav.companies") },
    { to: "/tasks", label: t("tasks.title") },
    { to: "/me", label: t("company.nav.me") },
    ...(session && can(session.user.role, "booth.manage") ? [{ to: "/manage/booths", label: t("company.nav.manageBooths") }] : []),
  ];

  return (
    <div ref={root} className="company-menu">
      <button type="button" className="button button--dark" aria-expanded={open} aria-controls={open ? id : undefined} onClick={() => setOpen((o) => !o)}>
        <svg viewBox="0 0 20 20" aria-hidden="true" className="company-menu__icon">
          <path d="M3 17V7l5-3v13M8 17V9l9 0v8M2 17h16M11 12h3M11 14.5h3" />
        </svg>
        {t("company.companies")}
      </button>
      {open && (
        <nav id={id} className="hud-panel company-menu__panel" aria-label={t("company.nav.menu")}>
          <ul>
            {links.map((l) => (
              <li key={l.to}><AppLink to={l.to} className="company-menu__link">{l.label}</AppLink></li>
            ))}
          </ul>
          <p className="company-menu__hint">{t("company.nav.leaveToOpen")}</p>
        </nav>
      )}
    </div>
  );
}

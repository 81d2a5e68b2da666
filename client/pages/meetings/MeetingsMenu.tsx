import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useRoute } from "../../router.ts";
import { useSession } from "../../state/session.ts";
import { AppLink } from "../companies/AppLink.tsx";

/**
 * The site header's way to meeting rooms: one link for visitors, and for people who can have
 * meetings a small menu (rooms, my meetings) that takes the room of one link in the header.
 */
export function MeetingsMenu() {
  const { t } = useTranslation("meetings");
  const session = useSession();
  const route = useRoute();
  const box = useRef<HTMLDetailsElement>(null);
  const current = route.name === "rooms" || route.name === "room" || route.name === "meetings" || route.name === "meeting-new";

  useEffect(() => {
    const close = (e: MouseEvent) => { if (box.current?.open && !box.current.contains(e.target as Node)) box.current.open = false; };
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, []);

  if (!session || session.user.role === "guest") {
    return <AppLink to="/rooms" className="company-nav__link" aria-current={current ? "page" : undefined}>{t("nav.rooms")}</AppLink>;
  }
  const shut = () => { if (box.current) box.current.open = false; };
  return (
    <details className="room-nav" ref={box} data-testid="meetings-menu">
      <summary className="company-nav__link" aria-current={current ? "page" : undefined}>{t("nav.rooms")}</summary>
      <div className="room-nav__panel">
        <AppLink to="/rooms" className="room-nav__item" onClick={shut} aria-current={route.name === "rooms" || route.name === "room" ? "page" : undefined}>{t("nav.rooms")}</AppLink>
        <AppLink to="/meetings" className="room-nav__item" onClick={shut} aria-current={route.name === "meetings" ? "page" : undefined} data-testid="nav-my-meetings">{t("nav.mine")}</AppLink>
      </div>
    </details>
  );
}

import { useTranslation } from "react-i18next";
import { useStore } from "zustand";
import { Role } from "../../shared/protocol/http.ts";
import { showProfile } from "../state/companyUi.ts";
import { parkRoomStore } from "../state/park.ts";
import { roleColour } from "../world/park/palette.ts";

/** A role the schema names that this client does not know yet is shown as the least one. */
const roleOf = (role: string): Role => {
  const parsed = Role.safeParse(role);
  return parsed.success ? parsed.data : "guest";
};

/** Who is in the park now: names from the room's schema, shown as text. */
export function PeoplePanel() {
  const { t } = useTranslation();
  const people = useStore(parkRoomStore, (s) => s.people);
  return (
    <section className="hud-panel people" aria-labelledby="people-title">
      <h2 id="people-title" className="hud-panel__title">
        {t("park.people")} <span className="count-badge">{people.length}</span>
      </h2>
      <ul className="people__list" data-testid="people-list">
        {people.map((p) => (
          <li key={p.sessionId} className={p.connected ? "" : "people__away"}>
            <span className="avatar-dot" style={{ background: p.colour }} aria-hidden="true">
              {Array.from(p.name)[0]?.toUpperCase()}
            </span>
            <button type="button" className="people__name profile-open" onClick={() => showProfile(p.userId)}
              aria-label={t("company.card.viewProfile", { name: p.name })}>{p.name}</button>
            {p.isSelf && <span className="people__tag">{t("park.you")}</span>}
            {!p.connected && <span className="people__tag">{t("park.away")}</span>}
            <span className="role-pip" style={{ background: roleColour(p.role) }} title={t(`roles.${roleOf(p.role)}`)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

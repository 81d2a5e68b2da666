import { useTranslation } from "react-i18next";
import { queuePlaces } from "../../../shared/rules/clinicQueue.ts";
import type { MeetingActions } from "../../net/meetingLink.ts";
import type { MeetingPerson, MeetingRoomInfo } from "../../state/meetingRoom.ts";

/**
 * Who is in the room and who waits at the door. The host gets each person's controls: let in or
 * turn away at the door; mute, remove or make host inside; call the next for a clinic.
 */
export function MeetingPeople({ info, people, isHost, actions }: { info: MeetingRoomInfo; people: MeetingPerson[]; isHost: boolean; actions: MeetingActions }) {
  const { t } = useTranslation("meetingRoom");
  const present = people.filter((p) => p.status === "present");
  const waiting = people.filter((p) => p.status !== "present");
  const places = queuePlaces(waiting.filter((p) => p.status === "queued").map((p) => p.ticket), info.minutesPerVisit);

  const remove = (p: MeetingPerson) => {
    if (window.confirm(t("host.confirmRemove", { name: p.name }))) actions.remove(p.userId);
  };
  const handOver = (p: MeetingPerson) => {
    if (window.confirm(t("host.confirmHandOver", { name: p.name }))) actions.handOver(p.userId);
  };

  return (
    <section className="hud-panel meeting-people" aria-labelledby="meeting-people-title">
      <h2 id="meeting-people-title" className="hud-panel__title">
        {t("people.title")} <span className="count-badge" data-testid="meeting-present-count">{present.length}</span>
      </h2>
      <p className="meeting-people__seats">{t("people.seats", { present: present.length, capacity: info.capacity })}</p>
      <ul className="meeting-people__list" data-testid="meeting-people">
        {present.map((p) => (
          <li key={p.sessionId} data-user-id={p.userId}>
            <span className="avatar-dot" style={{ background: p.colour }} aria-hidden="true">{Array.from(p.name)[0]?.toUpperCase()}</span>
            <span className="meeting-people__name">{p.name}</span>
            {p.isSelf && <span className="people__tag">{t("people.you")}</span>}
            {p.userId === info.hostUserId && <span className="meeting-chip meeting-chip--host">{t("people.host")}</span>}
            {p.muted && <span className="meeting-chip meeting-chip--muted">{t("people.muted")}</span>}
            {isHost && !p.isSelf && (
              <span className="meeting-people__actions" role="group" aria-label={t("host.actions", { name: p.name })}>
                <button type="button" className="meeting-mini" onClick={() => actions.mute(p.userId, !p.muted)}>{p.muted ? t("host.unmute") : t("host.mute")}</button>
                <button type="button" className="meeting-mini" onClick={() => handOver(p)}>{t("host.handOver")}</button>
                <button type="button" className="meeting-mini meeting-mini--danger" onClick={() => remove(p)}>{t("host.remove")}</button>
              </span>
            )}
          </li>
        ))}
      </ul>

      <h3 className="meeting-people__subtitle">
        {t("people.waiting")} <span className="count-badge" data-testid="meeting-waiting-count">{waiting.length}</span>
      </h3>
      {waiting.length === 0 && <p className="meeting-people__empty">{t("people.nobodyWaiting")}</p>}
      <ul className="meeting-people__list" data-testid="meeting-waiting">
        {waiting.map((p) => (
          <li key={p.sessionId} data-user-id={p.userId}>
            <span className="avatar-dot" style={{ background: p.colour }} aria-hidden="true">{Array.from(p.name)[0]?.toUpperCase()}</span>
            <span className="meeting-people__name">{p.name}</span>
            <span className="meeting-chip">{p.status === "queued" ? t("people.queued", { place: places.get(p.ticket)?.place ?? "?" }) : t("people.knocking")}</span>
            {isHost && p.status === "knocking" && (
              <span className="meeting-people__actions" role="group" aria-label={t("host.actions", { name: p.name })}>
                <button type="button" className="meeting-mini meeting-mini--go" onClick={() => actions.admit(p.sessionId)}>{t("host.admit")}</button>
                <button type="button" className="meeting-mini" onClick={() => actions.deny(p.sessionId)}>{t("host.deny")}</button>
              </span>
            )}
          </li>
        ))}
      </ul>

      {isHost && (
        <div className="meeting-people__host">
          {info.kind === "clinic" && (
            <button type="button" className="button button--primary meeting-button" onClick={actions.callNext}
              disabled={!waiting.some((p) => p.status === "queued")}>{t("host.callNext")}</button>
          )}
          <button type="button" className="button button--ghost meeting-button" aria-pressed={info.locked} onClick={() => actions.lock(!info.locked)}
            data-testid="meeting-lock">
            {info.locked ? t("host.unlock") : t("host.lock")}
          </button>
        </div>
      )}
    </section>
  );
}

import { useTranslation } from "react-i18next";
import type { StageActions } from "../../net/stageLink.ts";
import type { StagePerson } from "../../state/stage.ts";
import { HandIcon } from "./ReactionIcon.tsx";

/**
 * For hosts and moderators: the raised hands and the people on stage, with invite on stage / back
 * to seat, mute and remove. The server checks every request.
 */
export function ModeratorPanel({ people, actions }: { people: StagePerson[]; actions: StageActions }) {
  const { t } = useTranslation("stage");
  const hands = people.filter((p) => p.hand && !p.onStage && !p.isSelf);
  const onStage = people.filter((p) => p.onStage);
  const row = (p: StagePerson) => (
    <li key={p.sessionId} className="stage-person" data-testid="stage-moderate-person" data-user-id={p.userId} data-hand={p.hand}>
      <span className="stage-tag__dot" style={{ background: p.colour }} aria-hidden="true" />
      <span className="stage-person__name">{p.name}{p.hand && <span className="stage-person__hand" title={t("tags.hand")}><HandIcon size={14} /></span>}</span>
      {!p.isSelf && (
        <span className="stage-person__actions">
          {p.onStage
            ? (p.stageRole === "" && <button type="button" className="stage-mini" onClick={() => actions.invite(p.userId, false)} data-testid="stage-back-to-seat">{t("moderate.backToSeat")}</button>)
            : <button type="button" className="stage-mini stage-mini--go" onClick={() => actions.invite(p.userId, true)} data-testid="stage-invite">{t("moderate.invite")}</button>}
          <button type="button" className="stage-mini" onClick={() => actions.mute(p.userId, !p.muted)}>{p.muted ? t("moderate.unmute") : t("moderate.mute")}</button>
          <button type="button" className="stage-mini stage-mini--danger"
            onClick={() => { if (window.confirm(t("moderate.confirmRemove", { name: p.name }))) actions.remove(p.userId); }}>{t("moderate.remove")}</button>
        </span>
      )}
    </li>
  );
  return (
    <section className="hud-panel stage-moderate" aria-label={t("moderate.title")} data-testid="stage-moderate">
      <h2 className="stage-panel__title">{t("moderate.hands")} <span className="stage-count" data-testid="stage-hands-count">{hands.length}</span></h2>
      <ul className="stage-people">
        {hands.length === 0 && <li className="stage-questions__empty">{t("moderate.noHands")}</li>}
        {hands.map(row)}
      </ul>
      {onStage.length > 0 && (
        <>
          <h2 className="stage-panel__title">{t("moderate.onStage")}</h2>
          <ul className="stage-people">{onStage.map(row)}</ul>
        </>
      )}
    </section>
  );
}

import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useStore } from "zustand";
import { REACTION_KINDS } from "../../../shared/protocol/stageMessages.ts";
import { BrandMark } from "../../hud/BrandMark.tsx";
import { LanguageSwitch } from "../../hud/LanguageSwitch.tsx";
import type { StageActions } from "../../net/stageLink.ts";
import { stageRoomStore, type StageHallInfo } from "../../state/stage.ts";
import { HandIcon, ReactionIcon } from "./ReactionIcon.tsx";

const REFUSAL_SHOWN_MS = 5000;

/** The hall's title bar: the event, live, the overflow banner, how many watch, the language and the way out. */
export function StageTopBar({ info, onLeave }: { info: StageHallInfo; onLeave: () => void }) {
  const { t } = useTranslation("stage");
  return (
    <header className="stage-top">
      <div className="hud-panel stage-title">
        <BrandMark compact />
        <div className="stage-title__text">
          <h1 data-testid="stage-title">{info.title}</h1>
          <p>
            <span className="stage-live"><span className="stage-live__dot" aria-hidden="true" />{t("live")}</span>
            <span className="stage-chip" data-testid="stage-watching" data-watching={info.watching} data-watching-all={info.watchingAll}>{t("watching", { count: info.watching })}</span>
            {info.watchingAll !== info.watching && <span className="stage-chip">{t("watchingAll", { count: info.watchingAll })}</span>}
          </p>
        </div>
      </div>
      {info.instance > 1 && <div className="stage-instance" role="status" data-testid="stage-instance" data-instance={info.instance}>{t("instance", { n: info.instance })}</div>}
      <div className="stage-top__right">
        <LanguageSwitch />
        <button type="button" className="button button--dark" onClick={onLeave} data-testid="stage-leave">{t("leave")}</button>
      </div>
    </header>
  );
}

/** The bar under the hall: reactions, the hand, and which view. */
export function StageActionBar({ actions, handUp, onStage, view, onView }: {
  actions: StageActions; handUp: boolean; onStage: boolean; view: "seat" | "wide"; onView: (v: "seat" | "wide") => void;
}) {
  const { t } = useTranslation("stage");
  return (
    <div className="hud-panel stage-actions" role="toolbar">
      {REACTION_KINDS.map((k) => (
        <button key={k} type="button" className="stage-react" onClick={() => actions.react(k)} title={t(`react.${k}`)} aria-label={t(`react.${k}`)} data-testid={`stage-react-${k}`}>
          <ReactionIcon kind={k} />
        </button>
      ))}
      <span className="stage-actions__gap" />
      {!onStage && <button type="button" className={`button ${handUp ? "button--primary" : "button--ghost"} stage-button`} aria-pressed={handUp} onClick={() => actions.hand(!handUp)} data-testid="stage-hand">
        <HandIcon /> {handUp ? t("hand.lower") : t("hand.raise")}
      </button>}
      <div className="stage-segments" role="group">
        <button type="button" aria-pressed={view === "seat"} onClick={() => onView("seat")}>{t("view.seat")}</button>
        <button type="button" aria-pressed={view === "wide"} onClick={() => onView("wide")} data-testid="stage-wide">{t("view.wide")}</button>
      </div>
    </div>
  );
}

/** A request the hall refused, said for a few seconds. */
export function StageRefusalToast() {
  const { t } = useTranslation("stage");
  const refusal = useStore(stageRoomStore, (s) => s.refusal);
  useEffect(() => {
    if (!refusal) return;
    const timer = setTimeout(() => stageRoomStore.setState({ refusal: null }), REFUSAL_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [refusal]);
  if (!refusal) return null;
  return <div className="stage-toast" role="alert" data-testid="stage-refusal" data-reason={refusal.reason}>{t(`refusals.${refusal.reason}`)}</div>;
}

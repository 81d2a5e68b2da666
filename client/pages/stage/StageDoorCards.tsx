import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { BrandMark } from "../../hud/BrandMark.tsx";
import { LanguageSwitch } from "../../hud/LanguageSwitch.tsx";
import type { StageClosing, StageRefusal } from "../../state/stageView.ts";

/** The calm page around a door card (the meeting room's look): brand, language, one card. */
function DoorScene({ children, testId }: { children: ReactNode; testId: string }) {
  return (
    <div className="meeting-door stage-door" data-testid={testId}>
      <header className="meeting-door__top">
        <BrandMark compact />
        <LanguageSwitch />
      </header>
      <div className="meeting-door__card" role="status" aria-live="polite">{children}</div>
    </div>
  );
}

export function StageConnectingCard({ title }: { title: string | null }) {
  const { t } = useTranslation("stage");
  return (
    <DoorScene testId="stage-connecting">
      {title && <p className="meeting-door__room">{title}</p>}
      <span className="spinner spinner--large" aria-hidden="true" />
      <h1>{t("connecting")}</h1>
    </DoorScene>
  );
}

/** The hall would not take the person in: why (and, before the doors open, when they do), and the way back to the event. */
export function StageRefusedCard({ why, code, opensAt, title, onEvent }: {
  why: StageRefusal; code: number; opensAt: string | null; title: string | null; onEvent: () => void;
}) {
  const { t } = useTranslation("stage");
  return (
    <DoorScene testId="stage-refused">
      {title && <p className="meeting-door__room">{title}</p>}
      <h1>{t("refused.title")}</h1>
      <p data-testid="stage-refused-why" data-why={why}>{why === "other" ? t("refused.other", { code }) : t(`refused.${why}`)}</p>
      {why === "not-open" && opensAt && <p className="meeting-door__meta" data-testid="stage-opens-at">{t("refused.opensAt", { time: opensAt })}</p>}
      <div className="overlay-card__actions">
        {why !== "not-found" && <button type="button" className="button button--primary" onClick={onEvent} data-testid="stage-back-to-event">{t("backToEvent")}</button>}
      </div>
    </DoorScene>
  );
}

export function StageClosedCard({ why, title, onRetry, onEvent }: { why: StageClosing; title: string | null; onRetry: () => void; onEvent: () => void }) {
  const { t } = useTranslation("stage");
  return (
    <DoorScene testId="stage-closed">
      {title && <p className="meeting-door__room">{title}</p>}
      <h1>{t("closed.title")}</h1>
      <p data-testid="stage-closed-why" data-why={why}>{t(`closed.${why}`)}</p>
      <div className="overlay-card__actions">
        {(why === "lost" || why === "replaced") && <button type="button" className="button button--primary" onClick={onRetry}>{t("closed.retry")}</button>}
        <button type="button" className="button button--ghost" onClick={onEvent}>{t("backToEvent")}</button>
      </div>
    </DoorScene>
  );
}

import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../../hud/LanguageSwitch.tsx";
import { BrandMark } from "../../hud/BrandMark.tsx";
import type { MeetingRoomInfo } from "../../state/meetingRoom.ts";
import type { ClosedReason, JoinRefusal } from "../../state/meetingRoomView.ts";

/** The calm page around the door cards: the brand, the language, and one card in the middle. */
function DoorScene({ children, testId }: { children: ReactNode; testId: string }) {
  return (
    <div className="meeting-door" data-testid={testId}>
      <header className="meeting-door__top">
        <BrandMark compact />
        <LanguageSwitch />
      </header>
      <div className="meeting-door__card" role="status" aria-live="polite">{children}</div>
    </div>
  );
}

function RoomLine({ info }: { info: MeetingRoomInfo | null }) {
  const { t } = useTranslation("meetingRoom");
  if (!info) return null;
  const kind = (["meeting", "clinic", "brainstorm", "salon"] as const).find((k) => k === info.kind) ?? "meeting";
  return (
    <p className="meeting-door__room">
      <span className="meeting-chip">{t(`kinds.${kind}`)}</span> {info.name}
    </p>
  );
}

export function ConnectingCard() {
  const { t } = useTranslation("meetingRoom");
  return (
    <DoorScene testId="meeting-connecting">
      <span className="spinner spinner--large" aria-hidden="true" />
      <h1>{t("connecting")}</h1>
    </DoorScene>
  );
}

/** Knocking at a private room: the host decides; the person may give up. */
export function KnockingCard({ info, inside, onGiveUp }: { info: MeetingRoomInfo | null; inside: number; onGiveUp: () => void }) {
  const { t } = useTranslation("meetingRoom");
  return (
    <DoorScene testId="meeting-knocking">
      <RoomLine info={info} />
      <div className="meeting-door__knock" aria-hidden="true"><span /><span /><span /></div>
      <h1>{t("waiting.knockTitle")}</h1>
      <p>{t("waiting.knockText")}</p>
      <p className="meeting-door__meta">{t("waiting.inside", { count: inside })}</p>
      <button type="button" className="button button--ghost" onClick={onGiveUp}>{t("waiting.giveUp")}</button>
    </DoorScene>
  );
}

/** Holding a clinic ticket: the place and a rough wait, moving up as people are called. */
export function QueueCard({ info, place, waitMinutes, ahead, onGiveUp }: {
  info: MeetingRoomInfo | null; place: number; waitMinutes: number; ahead: number; onGiveUp: () => void;
}) {
  const { t } = useTranslation("meetingRoom");
  return (
    <DoorScene testId="meeting-queued">
      <RoomLine info={info} />
      <div className="meeting-door__ticket" data-testid="queue-place" data-place={place}>{place}</div>
      <h1>{t("waiting.queueTitle", { place })}</h1>
      <p className="meeting-door__wait" data-testid="queue-wait">
        {ahead === 0 ? t("waiting.queueNext") : t("waiting.queueAhead", { count: ahead })} · {t("waiting.queueWait", { minutes: waitMinutes })}
      </p>
      <p>{t("waiting.queueText")}</p>
      <button type="button" className="button button--ghost" onClick={onGiveUp}>{t("waiting.giveUp")}</button>
    </DoorScene>
  );
}

/** The door stayed shut (full, invite-only, removed, locked, no such room): why, and where to go. */
export function RefusedCard({ why, onRoomPage, onPark }: { why: JoinRefusal; onRoomPage: () => void; onPark: (() => void) | null }) {
  const { t } = useTranslation("meetingRoom");
  return (
    <DoorScene testId="meeting-refused">
      <h1>{t("refused.title")}</h1>
      <p data-testid="meeting-refused-why" data-why={why}>{t(`refused.${why}`)}</p>
      <div className="overlay-card__actions">
        {why !== "not-found" && <button type="button" className="button button--primary" onClick={onRoomPage}>{t("refused.roomPage")}</button>}
        {onPark && <button type="button" className="button button--ghost" onClick={onPark}>{t("refused.backToPark")}</button>}
      </div>
    </DoorScene>
  );
}

/** The room ended the session: removed, turned away, opened elsewhere, or the line dropped. */
export function ClosedCard({ why, onRetry, onRoomPage, onPark }: { why: ClosedReason; onRetry: () => void; onRoomPage: () => void; onPark: (() => void) | null }) {
  const { t } = useTranslation("meetingRoom");
  return (
    <DoorScene testId="meeting-closed">
      <h1>{t("closed.title")}</h1>
      <p data-testid="meeting-closed-why" data-why={why}>{t(`closed.${why}`)}</p>
      <div className="overlay-card__actions">
        {(why === "lost" || why === "denied") && <button type="button" className="button button--primary" onClick={onRetry}>{t("closed.retry")}</button>}
        <button type="button" className="button button--ghost" onClick={onRoomPage}>{t("refused.roomPage")}</button>
        {onPark && <button type="button" className="button button--ghost" onClick={onPark}>{t("refused.backToPark")}</button>}
      </div>
    </DoorScene>
  );
}

import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useStore } from "zustand";
import { PARK_TIME_ZONE } from "../../../shared/constants.ts";
import { BrandMark } from "../../hud/BrandMark.tsx";
import { LanguageSwitch } from "../../hud/LanguageSwitch.tsx";
import { useLanguage } from "../../i18n/i18n.ts";
import type { MeetingActions } from "../../net/meetingLink.ts";
import { meetingRoomStore, type MeetingRoomInfo } from "../../state/meetingRoom.ts";
import { MeetingChat } from "./MeetingChat.tsx";
import { MeetingPeople } from "./MeetingPeople.tsx";
import { ScreenControls } from "./ScreenControls.tsx";
import { WhiteboardPanel } from "./WhiteboardPanel.tsx";

/** How long a refusal from the room stays on screen. */
const REFUSAL_SHOWN_MS = 5000;
const KINDS = ["meeting", "clinic", "brainstorm", "salon"] as const;
const VISIBILITIES = ["public", "private", "invite-only"] as const;

/** The DOM layer over the room: what room this is, who is here, the chat, the screen and the board. */
export function MeetingHud({ info, token, actions, onLeave }: { info: MeetingRoomInfo; token: string; actions: MeetingActions; onLeave: () => void }) {
  const { t } = useTranslation("meetingRoom");
  const lng = useLanguage();
  const people = useStore(meetingRoomStore, (s) => s.people);
  const screen = useStore(meetingRoomStore, (s) => s.screen);
  const connection = useStore(meetingRoomStore, (s) => s.connection);
  const refusal = useStore(meetingRoomStore, (s) => s.refusal);
  const self = people.find((p) => p.isSelf) ?? null;
  const isHost = self !== null && self.userId === info.hostUserId;
  const [boardOpen, setBoardOpen] = useState(true);

  // The board opens for everyone each time the host puts it on the screen.
  useEffect(() => {
    if (screen.mode === "whiteboard") setBoardOpen(true);
  }, [screen.mode]);

  useEffect(() => {
    if (!refusal) return;
    const timer = setTimeout(() => meetingRoomStore.setState({ refusal: null }), REFUSAL_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [refusal]);

  const kind = KINDS.find((k) => k === info.kind) ?? "meeting";
  const visibility = VISIBILITIES.find((v) => v === info.visibility) ?? "public";
  const endsAt = info.bookingEndsAt ? new Date(info.bookingEndsAt) : null;
  const until = endsAt && !Number.isNaN(endsAt.getTime())
    ? new Intl.DateTimeFormat(lng, { hour: "2-digit", minute: "2-digit", timeZone: PARK_TIME_ZONE }).format(endsAt) : null;

  return (
    <div className="hud meeting-hud" role="region" aria-label={t("hud")}>
      <header className="hud__top">
        <div className="hud-panel park-title meeting-title">
          <BrandMark compact />
          <div className="park-title__text">
            <h1 data-testid="meeting-room-name">{info.name}</h1>
            <p>
              <span className="meeting-chip meeting-chip--kind">{t(`kinds.${kind}`)}</span>
              <span className="meeting-chip">{t(`visibility.${visibility}`)}</span>
              {info.locked && <span className="meeting-chip meeting-chip--locked">{t("locked")}</span>}
            </p>
            {info.bookingTitle && (
              <p className="meeting-title__booking" data-testid="meeting-booking">
                {t("now", { title: info.bookingTitle })}{until ? ` · ${t("until", { time: until })}` : ""}
              </p>
            )}
          </div>
        </div>
        <div className="banner-slot" role="status" aria-live="polite">
          {connection === "reconnecting" && <div className="banner"><span className="spinner" aria-hidden="true" />{t("reconnecting")}</div>}
          {refusal && <div className="banner meeting-refusal" data-testid="meeting-refusal" data-reason={refusal.reason}>{t(`refusals.${refusal.reason}`)}</div>}
          {isHost && !refusal && connection !== "reconnecting" && <div className="meeting-host-note">{t("host.youHost")}</div>}
        </div>
        <div className="hud__actions">
          <LanguageSwitch tone="dark" />
          <button type="button" className="button button--dark" onClick={onLeave} data-testid="meeting-leave">{t("leave")}</button>
        </div>
      </header>

      <aside className="meeting-hud__people">
        <MeetingPeople info={info} people={people} isHost={isHost} actions={actions} />
      </aside>

      <div className="meeting-hud__stage">
        {screen.mode === "whiteboard" && boardOpen && (
          <WhiteboardPanel isHost={isHost} onStroke={actions.stroke} onClear={actions.clear} onHide={() => setBoardOpen(false)} />
        )}
      </div>

      <div className="meeting-hud__chat">
        <MeetingChat selfUserId={self?.userId ?? null} muted={self?.muted ?? false} onSay={actions.say} />
      </div>

      <footer className="meeting-hud__bottom">
        <ScreenControls roomId={info.roomId} token={token} screen={screen} isHost={isHost} actions={actions}
          boardOpen={boardOpen} onOpenBoard={() => setBoardOpen(true)} />
      </footer>
    </div>
  );
}

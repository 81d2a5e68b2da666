import { useTranslation } from "react-i18next";
import { useStore } from "zustand";
import type { ChatChannel } from "../../shared/protocol/chat.ts";
import type { Emote } from "../../shared/protocol/parkMessages.ts";
import type { ParkLayout } from "../../shared/protocol/parkLayout.ts";
import type { Language } from "../i18n/language.ts";
import { NotificationBell } from "../pages/tasks/NotificationBell.tsx";
import { useEditedLayout, useEditing } from "../state/editor.ts";
import { parkRoomStore } from "../state/park.ts";
import { BoothPanelHost } from "./BoothPanelHost.tsx";
import { BrandMark } from "./BrandMark.tsx";
import { ChatPanel } from "./ChatPanel.tsx";
import { CompanyMenu } from "./CompanyMenu.tsx";
import { ConnectionBanner } from "./ConnectionBanner.tsx";
import { EditorPanel } from "./editor/EditorPanel.tsx";
import { EditParkButton } from "./editor/EditParkButton.tsx";
import { EmoteBar } from "./EmoteBar.tsx";
import { HeatmapLegend } from "./heatmap/HeatmapLegend.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { Minimap } from "./Minimap.tsx";
import { ParkNotices } from "./ParkNotices.tsx";
import { PeoplePanel } from "./PeoplePanel.tsx";
import { ProfileCard } from "./ProfileCard.tsx";
import { SettingsMenu } from "./SettingsMenu.tsx";
import { TaskCard } from "./TaskCard.tsx";
import { TouchJoystick } from "./TouchJoystick.tsx";
import { useMovementKeys } from "./useMovementKeys.ts";

/** The DOM layer over the park: where you are, who is here, what you can do. */
export function ParkHud(props: { layout: ParkLayout; lng: Language; onLeave: () => void; onEmote: (emote: Emote) => void; onSay: (channel: ChatChannel, text: string) => boolean }) {
  const { t } = useTranslation();
  const online = useStore(parkRoomStore, (s) => s.online);
  const status = useStore(parkRoomStore, (s) => s.status);
  const { lng } = props;
  // While a manager edits the park, the HUD shows their draft (its name, the minimap).
  const layout = useEditedLayout(props.layout);
  const editing = useEditing(props.layout.id);
  useMovementKeys();

  return (
    <div className="hud" role="region" aria-label={t("park.hud")}>
      <header className="hud__top">
        <div className="hud-panel park-title">
          <BrandMark compact />
          <div className="park-title__text">
            <h1>{layout.name[lng]}</h1>
            <p>{layout.city[lng]}</p>
          </div>
          <span className="online online--pill" data-testid="online-count" data-online={online}>
            <span className="online__dot" aria-hidden="true" />
            {t("park.online", { count: online })}
          </span>
        </div>
        <ConnectionBanner status={status} />
        <div className="hud__actions">
          <EditParkButton layout={props.layout} />
          <CompanyMenu />
          <NotificationBell inPark />
          <LanguageSwitch tone="dark" />
          <SettingsMenu parkId={props.layout.id} />
          <button type="button" className="button button--dark" onClick={props.onLeave}>
            {t("park.leave")}
          </button>
        </div>
      </header>

      <div className="hud__chat">
        <ChatPanel lng={lng} connected={status === "connected"} onSay={props.onSay} />
      </div>

      <aside className="hud__side">
        {editing ? <EditorPanel lng={lng} /> : <PeoplePanel />}
        {!editing && <ProfileCard />}
        {!editing && <BoothPanelHost layout={layout} lng={lng} />}
        {!editing && <TaskCard layout={layout} />}
      </aside>

      <footer className="hud__bottom">
        <Minimap layout={layout} lng={lng} />
        <div className="hud__centre">
          <EmoteBar onEmote={props.onEmote} disabled={status !== "connected"} />
          <p className="hud__help">{editing ? t("editor.help") : t("park.help")}</p>
        </div>
      </footer>

      <HeatmapLegend parkId={props.layout.id} lng={lng} />
      <ParkNotices />
      <TouchJoystick />
    </div>
  );
}

import { Canvas } from "@react-three/fiber";
import { useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { useStore } from "zustand";
import { fetchRoom } from "../../net/meetingApi.ts";
import { meetingLink } from "../../net/meetingSession.ts";
import { navigate, parkPath, roomPath } from "../../router.ts";
import { meetingRoomStore } from "../../state/meetingRoom.ts";
import { meetingView, turnedPage } from "../../state/meetingRoomView.ts";
import { QUALITY_PRESETS, settingsStore } from "../../state/settings.ts";
import { useSession } from "../../state/session.ts";
import { cameraFor, MeetingScene } from "../../world/meetingRoom/MeetingScene.tsx";
import { ClosedCard, ConnectingCard, KnockingCard, QueueCard, RefusedCard } from "./DoorCards.tsx";
import { MeetingHud } from "./MeetingHud.tsx";

/**
 * Inside a meeting room (/rooms/:id/inside): joins the room, then shows the door (refused,
 * knocking, queued), or the room itself (the 3D interior with the HUD over it). Leaving puts the
 * person back in the park in front of the room's door, or on the room's page when it has none.
 */
export default function MeetingRoomPage({ roomId }: { roomId: string }) {
  const { t } = useTranslation("meetingRoom");
  const session = useSession();
  const signedIn = session !== null;
  const state = useStore(meetingRoomStore);
  const view = meetingView(state);
  const { info, people, screen } = state;
  const quality = QUALITY_PRESETS[useStore(settingsStore, (s) => s.quality)];
  const labelLayer = useRef<HTMLDivElement>(null);
  const isHost = info !== null && people.some((p) => p.isSelf && p.userId === info.hostUserId);

  useEffect(() => {
    if (!signedIn) {
      navigate("/", { replace: true });
      return;
    }
    void meetingLink.enter(roomId);
    return () => void meetingLink.exit();
  }, [roomId, signedIn]);

  useEffect(() => {
    if (info) document.title = `${info.name} · Enclave`;
  }, [info]);

  // The host turns pages with the arrow keys (unless typing somewhere).
  useEffect(() => {
    if (!isHost || view.kind !== "inside") return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
      const target = e.target;
      if (target instanceof HTMLElement && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable)) return;
      const page = turnedPage(meetingRoomStore.getState().screen, e.key === "ArrowRight" ? 1 : -1);
      if (page === null) return;
      e.preventDefault();
      meetingLink.page(page);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [isHost, view.kind]);

  // Turned away before joining, the page has no room state: the room's page says which park and door it is behind.
  const [outside, setOutside] = useState<{ parkId: string; doorId: string | null } | null>(null);
  const refused = view.kind === "refused";
  useEffect(() => {
    if (!refused || info) return;
    let live = true;
    void fetchRoom(roomId, session?.token).then((r) => {
      if (live && r.ok) setOutside({ parkId: r.value.parkId, doorId: r.value.doorId });
    });
    return () => { live = false; };
  }, [refused, info, roomId, session?.token]);
  const place = info?.parkId ? { parkId: info.parkId, doorId: info.doorId || null } : outside;
  const toPark = place ? () => navigate(parkPath(place.parkId), place.doorId ? { state: { door: place.doorId } } : {}) : null;
  const leave = async () => {
    const where = meetingRoomStore.getState().info;
    await meetingLink.exit();
    if (where?.parkId && where.doorId) navigate(parkPath(where.parkId), { state: { door: where.doorId } });
    else navigate(roomPath(roomId));
  };
  const toRoomPage = () => navigate(roomPath(roomId));
  const labels = useMemo(() => ({ host: t("people.host"), muted: t("people.muted"), exit: t("exit") }), [t]);
  const camera = useMemo(() => cameraFor(info?.capacity ?? 8), [info?.capacity]);
  const inside = people.filter((p) => p.status === "present").length;

  switch (view.kind) {
    case "connecting":
      return <ConnectingCard />;
    case "refused":
      return <RefusedCard why={view.why} onRoomPage={toRoomPage} onPark={toPark} />;
    case "closed":
      return <ClosedCard why={view.why} onRetry={() => void meetingLink.enter(roomId)} onRoomPage={toRoomPage} onPark={toPark} />;
    case "knocking":
      return <KnockingCard info={info} inside={inside} onGiveUp={() => void leave()} />;
    case "queued":
      return <QueueCard info={info} place={view.place} waitMinutes={view.waitMinutes} ahead={view.ahead} onGiveUp={() => void leave()} />;
    case "inside":
      break;
  }
  if (!info || !session) return <ConnectingCard />;
  return (
    <div className="park-page meeting-page" data-testid="meeting-room">
      <div ref={labelLayer} className="label-layer" />
      <Canvas
        className="park-canvas"
        frameloop="demand"
        dpr={quality.dpr}
        camera={{ fov: 45, near: 0.1, far: 100, position: camera.position }}
        gl={{ antialias: true }}
        data-testid="meeting-canvas"
      >
        <MeetingScene capacity={info.capacity} people={people} hostUserId={info.hostUserId} screen={screen} labels={labels}
          labelLayer={labelLayer as RefObject<HTMLElement>} onExit={() => void leave()} />
      </Canvas>
      <div className="meeting-screen-probe" data-testid="meeting-screen" data-mode={screen.mode} data-image-id={state.shownImageId ?? ""} hidden />
      <MeetingHud info={info} token={session.token} actions={meetingLink} onLeave={() => void leave()} />
    </div>
  );
}

import { Canvas } from "@react-three/fiber";
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { useStore } from "zustand";
import { EVENT_DOORS_OPEN_MINUTES, PARK_TIME_ZONE } from "../../../shared/constants.ts";
import type { EventDetail } from "../../../shared/protocol/events.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { fetchEventDetail } from "../../net/eventDeckApi.ts";
import { stageLink } from "../../net/stageSession.ts";
import { eventPath, navigate } from "../../router.ts";
import { QUALITY_PRESETS, settingsStore } from "../../state/settings.ts";
import { useSession } from "../../state/session.ts";
import { stageRoomStore } from "../../state/stage.ts";
import { screenMode, turnedStagePage } from "../../state/stageScreen.ts";
import { doorsOpenAt, stageClosing, stageRefusal } from "../../state/stageView.ts";
import { HallScene, type HallLabels } from "../../world/stage/HallScene.tsx";
import { CountdownOverlay } from "./CountdownOverlay.tsx";
import { ModeratorPanel } from "./ModeratorPanel.tsx";
import { PresenterPanel } from "./PresenterPanel.tsx";
import { QuestionsPanel } from "./QuestionsPanel.tsx";
import { ReactionBursts } from "./ReactionBursts.tsx";
import { StageClosedCard, StageConnectingCard, StageRefusedCard } from "./StageDoorCards.tsx";
import { StageActionBar, StageRefusalToast, StageTopBar } from "./StageHud.tsx";

const ROLES = ["host", "speaker", "moderator"] as const;

/**
 * The live launch hall (/events/:id/live): joins the event's hall (or an overflow instance that
 * follows the same stage), then shows the hall in 3D with the HUD over it — reactions, the hand,
 * the questions, and for hosts and speakers the stage's controls, for moderators the order's.
 * Refusals and closings are said in words with the way back to the event page.
 */
export default function StagePage({ eventId }: { eventId: string }) {
  const { t } = useTranslation("stage");
  const lng = useLanguage();
  const session = useSession();
  const signedIn = session !== null;
  const token = session?.token ?? null;
  const state = useStore(stageRoomStore);
  const { info, people, stage, connection } = state;
  const quality = QUALITY_PRESETS[useStore(settingsStore, (s) => s.quality)];
  const labelLayer = useRef<HTMLDivElement>(null);
  const [detail, setDetail] = useState<EventDetail | null>(null);
  const [view, setView] = useState<"seat" | "wide">("seat");

  useEffect(() => {
    if (!signedIn) {
      navigate("/", { replace: true });
      return;
    }
    void stageLink.enter(eventId);
    return () => void stageLink.exit();
  }, [eventId, signedIn]);

  const loadDetail = useCallback(() => {
    let live = true;
    void fetchEventDetail(eventId, token).then((r) => { if (live && r.ok) setDetail(r.value); });
    return () => { live = false; };
  }, [eventId, token]);
  useEffect(() => loadDetail(), [loadDetail]);

  useEffect(() => {
    const title = info?.title ?? detail?.title;
    if (title) document.title = `${title} · Enclave`;
  }, [info?.title, detail?.title]);

  const canPresent = detail?.can.present === true;
  const canModerate = detail?.can.moderate === true;

  // Presenters turn pages with the arrow keys (unless typing somewhere).
  const pendingTurn = useRef<{ page: number; at: number } | null>(null);
  useEffect(() => {
    if (!canPresent || connection !== "connected") return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
      const target = e.target;
      if (target instanceof HTMLElement && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable)) return;
      const stage = stageRoomStore.getState().stage;
      if (!stage) return;
      // Quick presses before the hall has answered count from the page last asked for, not the one still shown.
      const from = pendingTurn.current?.at === stage.at ? { ...stage, page: pendingTurn.current.page } : stage;
      const page = turnedStagePage(from, e.key === "ArrowRight" ? 1 : -1);
      if (page === null) return;
      e.preventDefault();
      pendingTurn.current = { page, at: stage.at };
      stageLink.page(page);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [canPresent, connection]);

  const toEvent = () => navigate(eventPath(eventId));
  const leave = async () => {
    await stageLink.exit();
    navigate(eventPath(eventId));
  };

  const labels = useMemo<HallLabels>(() => ({
    you: t("tags.you"), hand: t("tags.hand"), muted: t("tags.muted"), idle: t("screen.idle"), kicker: info?.title ?? detail?.title ?? "",
    question: (name: string) => t("screen.question", { name }),
    role: (r: string) => { const role = ROLES.find((x) => x === r); return role ? t(`tags.${role}`) : ""; },
  }), [t, info?.title, detail?.title]);

  const title = info?.title ?? detail?.title ?? null;
  if (connection === "refused" && state.joinError) {
    const opens = detail ? doorsOpenAt(detail.startsAt, EVENT_DOORS_OPEN_MINUTES) : null;
    const opensAt = opens ? new Intl.DateTimeFormat(lng, { dateStyle: "medium", timeStyle: "short", timeZone: PARK_TIME_ZONE }).format(opens) : null;
    return <StageRefusedCard why={stageRefusal(state.joinError.code)} code={state.joinError.code} opensAt={opensAt} title={title} onEvent={toEvent} />;
  }
  if (connection === "closed" || connection === "failed") {
    return <StageClosedCard why={connection === "failed" ? "lost" : stageClosing(state.closeCode)} title={title} onRetry={() => void stageLink.enter(eventId)} onEvent={toEvent} />;
  }
  if (!info || !session || connection === "idle" || connection === "connecting") return <StageConnectingCard title={title} />;

  const self = people.find((p) => p.isSelf) ?? null;
  const mode = screenMode(stage);
  return (
    <div className="park-page stage-page" data-testid="stage-hall">
      <div ref={labelLayer} className="label-layer" />
      <Canvas className="park-canvas" frameloop="demand" dpr={quality.dpr} camera={{ fov: 50, near: 0.1, far: 200, position: [0, 10, 40] }}
        gl={{ antialias: true }} data-testid="stage-canvas">
        <HallScene seatCount={info.seatCount} seats={state.seats} seatsVersion={state.seatsVersion} people={people} stage={stage} view={view}
          labels={labels} labelLayer={labelLayer as RefObject<HTMLElement>} />
      </Canvas>
      <div hidden data-testid="stage-screen" data-mode={mode} data-image-id={state.shownImageId ?? ""} data-page={stage ? stage.page + 1 : 0}
        data-spotlight={stage?.spotlight?.kind === "product" ? stage.spotlight.name : stage?.spotlight?.kind === "image" ? stage.spotlight.title : ""}
        data-question={stage?.questionOnScreen?.text ?? ""} data-seat={self?.seat ?? -1} data-on-stage={self?.onStage ?? false} />
      <ReactionBursts />
      <CountdownOverlay endsAt={stage?.countdownEndsAt ?? null} offsetMs={state.clockOffsetMs} />
      <div className="hud stage-hud">
        <StageTopBar info={info} onLeave={() => void leave()} />
        {connection === "reconnecting" && <div className="stage-toast">{t("connecting")}</div>}
        <StageRefusalToast />
        <aside className="stage-side">
          {canPresent && detail && (
            <PresenterPanel eventId={eventId} companyId={detail.company?.id ?? null} token={session.token} decks={detail.decks} stage={stage}
              actions={stageLink} onDecksChanged={loadDetail} />
          )}
          {canModerate && <ModeratorPanel people={people} actions={stageLink} />}
          <QuestionsPanel questions={state.questions} onScreenId={stage?.questionOnScreen?.id ?? null} canModerate={canModerate} actions={stageLink} />
        </aside>
        <StageActionBar actions={stageLink} handUp={self?.hand === true} onStage={self?.onStage === true} view={view} onView={setView} />
      </div>
    </div>
  );
}

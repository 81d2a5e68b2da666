import { useFrame, useThree, type ThreeEvent } from "@react-three/fiber";
import type { TFunction } from "i18next";
import { useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { CanvasTexture, MeshStandardMaterial, SRGBColorSpace, Vector3, type Mesh } from "three";
import { PARK_TIME_ZONE } from "../../../shared/constants.ts";
import type { EventSummary } from "../../../shared/protocol/events.ts";
import { useEventsSignFeed } from "../../net/eventsSignFeed.ts";
import { formatSpan } from "../../pages/meetings/meetingTime.ts";
import { eventLivePath, eventPath, navigate } from "../../router.ts";
import { eventPhase } from "../../pages/events/eventTimes.ts";
import { EVENTS_BOARD_CANVAS, eventsBoardSlots, paintEventsBoard, slotAtUv, slotCentreUv, type SignCard } from "./eventsBoardPainter.ts";

function signCard(e: EventSummary, t: TFunction<"events">, lng: string, now: Date): SignCard {
  const live = e.status === "approved" && eventPhase(e, now) === "live";
  return {
    id: e.id,
    title: e.title,
    company: e.company?.name ?? t("byPark"),
    time: formatSpan(e.startsAt, e.endsAt, lng, PARK_TIME_ZONE),
    live,
    watching: live ? t("board.watching", { count: e.watching }) : "",
  };
}

const probe = new Vector3();

/**
 * The launch hall's sign: the event on now and the next one, repainted when they change (the feed
 * asks every minute). Clicking the "now" card while it is live opens the live hall; otherwise a
 * card opens its event's page. What it shows, and where its cards are on screen, sit on the
 * canvas element's data-events-board attribute for the browser test.
 */
export function EventsBoardFace({ parkId, title, width, height, y }: { parkId: string; title: string; width: number; height: number; y: number }) {
  const { t, i18n } = useTranslation("events");
  const shown = useEventsSignFeed(parkId);
  const invalidate = useThree((s) => s.invalidate);
  const canvasEl = useThree((s) => s.gl.domElement);
  const mesh = useRef<Mesh>(null);
  const lng = i18n.language;

  const face = useMemo(() => {
    const canvas = document.createElement("canvas");
    canvas.width = EVENTS_BOARD_CANVAS.width;
    canvas.height = EVENTS_BOARD_CANVAS.height;
    const texture = new CanvasTexture(canvas);
    texture.colorSpace = SRGBColorSpace;
    texture.anisotropy = 4;
    // Lit from within as well, like a screen: a sign facing away from the sun still reads.
    const material = new MeshStandardMaterial({ map: texture, roughness: 0.85, emissive: "#ffffff", emissiveMap: texture, emissiveIntensity: 0.45 });
    return { canvas, texture, material };
  }, []);

  const cards = useMemo(() => {
    const now = new Date();
    return {
      now: shown?.now ? signCard(shown.now, t, lng, now) : null,
      next: shown?.next ? signCard(shown.next, t, lng, now) : null,
    };
  }, [shown, t, lng]);

  useLayoutEffect(() => {
    const content = {
      title, ...cards,
      labels: { now: t("board.now"), next: t("board.next"), live: t("board.live"), nothing: shown ? t("board.nothing") : "" },
    };
    const paint = () => {
      const g = face.canvas.getContext("2d");
      if (!g) return;
      paintEventsBoard(g, EVENTS_BOARD_CANVAS, content);
      face.texture.needsUpdate = true;
      invalidate();
    };
    paint();
    // Chinese glyphs come in subsets fetched on demand: paint again once these texts' are here.
    let live = true;
    const text = [title, cards.now?.title, cards.now?.company, cards.next?.title, cards.next?.company, ...Object.values(content.labels)].join("");
    void document.fonts?.load(`700 36px "Noto Sans SC"`, text).then(() => { if (live) paint(); }).catch(() => undefined);
    return () => { live = false; };
  }, [face, title, cards, shown, t, invalidate]);

  useEffect(() => () => {
    face.texture.dispose();
    face.material.dispose();
    delete canvasEl.dataset.eventsBoard;
  }, [face, canvasEl]);

  // What the sign shows and where its cards are on screen, for tests that read or click it (two projections a frame).
  const lastProbe = useRef("");
  useFrame(({ camera }) => {
    const m = mesh.current;
    if (!m) return;
    const rect = canvasEl.getBoundingClientRect();
    const slots = eventsBoardSlots().flatMap((box) => {
      const card = box.slot === "now" ? cards.now : cards.next;
      if (!card) return [];
      const { u, v } = slotCentreUv(box);
      probe.set((u - 0.5) * width, (v - 0.5) * height, 0);
      m.localToWorld(probe).project(camera);
      const onScreen = probe.z <= 1;
      return [{ slot: box.slot, id: card.id, title: card.title, live: card.live, ...(onScreen ? { x: Math.round(((probe.x + 1) / 2) * rect.width), y: Math.round(((1 - probe.y) / 2) * rect.height) } : {}) }];
    });
    const text = JSON.stringify(slots);
    if (text !== lastProbe.current) {
      lastProbe.current = text;
      canvasEl.dataset.eventsBoard = text;
    }
  });

  const cardAt = (e: ThreeEvent<PointerEvent | MouseEvent>) => {
    const slot = e.uv ? slotAtUv(e.uv.x, e.uv.y) : null;
    return slot === null ? null : cards[slot];
  };
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    const card = cardAt(e);
    if (!card) return;
    e.stopPropagation();
    canvasEl.style.cursor = "";
    navigate(card.live ? eventLivePath(card.id) : eventPath(card.id));
  };
  const onMove = (e: ThreeEvent<PointerEvent>) => { canvasEl.style.cursor = cardAt(e) ? "pointer" : ""; };

  return (
    <mesh ref={mesh} position={[0, y, 0.035]} material={face.material} onClick={onClick} onPointerMove={onMove} onPointerOut={() => { canvasEl.style.cursor = ""; }}>
      <planeGeometry args={[width, height]} />
    </mesh>
  );
}

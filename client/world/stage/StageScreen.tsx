import { useFrame, useThree } from "@react-three/fiber";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { CanvasTexture, SRGBColorSpace, type Group } from "three";
import type { StageView } from "../../../shared/protocol/stageMessages.ts";
import { stageRoomStore } from "../../state/stage.ts";
import { screenMode } from "../../state/stageScreen.ts";
import { loadCardFonts, paintCard, type ScreenCard } from "./cardPainter.ts";
import { SCREEN, STAGE } from "./hallLayout.ts";
import { ScreenPicture } from "./ScreenPicture.tsx";

const CARD_PX = { w: 1600, h: 900 };
/** The plinth stands at the stage's right, clear of the screen and of the speakers in the middle. */
const TURNTABLE_X = 7.2;

export interface ScreenLabels { idle: string; question: (name: string) => string }


/** Words painted onto the screen (a question, a product's name and description, the waiting card). */
function CardFace({ card }: { card: ScreenCard }) {
  const invalidate = useThree((s) => s.invalidate);
  const texture = useMemo(() => {
    const canvas = document.createElement("canvas");
    canvas.width = CARD_PX.w;
    canvas.height = CARD_PX.h;
    const t = new CanvasTexture(canvas);
    t.colorSpace = SRGBColorSpace;
    return t;
  }, []);
  useLayoutEffect(() => () => texture.dispose(), [texture]);
  useLayoutEffect(() => {
    let live = true;
    const paint = () => {
      const ctx = (texture.image as HTMLCanvasElement).getContext("2d");
      if (!ctx || !live) return;
      paintCard(ctx, card, CARD_PX.w, CARD_PX.h);
      texture.needsUpdate = true;
      invalidate();
    };
    paint();
    // Again once the glyphs have arrived (a Chinese question, a product name).
    void loadCardFonts(card).then(paint);
    return () => { live = false; };
  }, [texture, card, invalidate]);
  return (
    <mesh>
      <planeGeometry args={[SCREEN.width, SCREEN.height]} />
      <meshBasicMaterial map={texture} toneMapped={false} />
    </mesh>
  );
}

/** A product in the spotlight: its picture standing on a slowly turning plinth at the front of the stage. */
function Turntable({ imageId }: { imageId: string | null }) {
  const group = useRef<Group>(null);
  const invalidate = useThree((s) => s.invalidate);
  useFrame((_, dt) => {
    if (!group.current) return;
    // A gentle swing rather than a full turn, so the picture never shows its back.
    group.current.userData.t = ((group.current.userData.t as number | undefined) ?? 0) + dt;
    group.current.rotation.y = Math.sin((group.current.userData.t as number) * 0.6) * 0.5;
    invalidate();
  });
  return (
    <group position={[TURNTABLE_X, STAGE.height, -2.2]} rotation-y={-0.35}>
      <mesh position={[0, 0.45, 0]}>
        <cylinderGeometry args={[1.1, 1.25, 0.9, 40]} />
        <meshStandardMaterial color="#e9edf3" roughness={0.35} metalness={0.2} />
      </mesh>
      <mesh position={[0, 0.92, 0]}>
        <cylinderGeometry args={[1.15, 1.15, 0.04, 40]} />
        <meshBasicMaterial color="#5ad1c8" toneMapped={false} />
      </mesh>
      <group ref={group} position={[0, 2.35, 0]}>
        <mesh position={[0, 0, -0.03]}>
          <boxGeometry args={[2.7, 2.7, 0.05]} />
          <meshStandardMaterial color="#f6f8fb" roughness={0.4} />
        </mesh>
        {imageId && <group position={[0, 0, 0.01]}><ScreenPicture imageId={imageId} w={2.5} h={2.5} /></group>}
      </group>
      <pointLight position={[0, 4, 2.5]} intensity={25} distance={9} color="#fff2dc" />
    </group>
  );
}

/**
 * The big screen on the back of the stage and, when a product is in the spotlight, its plinth in
 * front: what every instance of the hall shows, from the last StageView.
 */
export function StageScreen({ stage, labels, kicker }: { stage: StageView | null; labels: ScreenLabels; kicker: string }) {
  const mode = screenMode(stage);
  const onShown = useCallback((id: string) => stageRoomStore.setState({ shownImageId: id }), []);
  const slideId = mode === "slides" && stage?.deck ? stage.deck.pageIds[stage.page] ?? null : null;
  const nextId = stage?.deck ? stage.deck.pageIds[stage.page + 1] ?? null : null;
  useEffect(() => {
    if (!slideId) stageRoomStore.setState({ shownImageId: null });
  }, [slideId]);
  const spotlight = stage?.spotlight ?? null;
  const q = stage?.questionOnScreen ?? null;
  const card = useMemo<ScreenCard | null>(() => {
    if (mode === "question" && q) return { kicker: labels.question(q.name), title: q.text, body: "", accent: "#ffb547" };
    if (mode === "spotlight" && spotlight?.kind === "product") {
      return { kicker: spotlight.companyName, title: spotlight.name, body: spotlight.description, accent: "#5ad1c8" };
    }
    if (mode === "idle") return { kicker: kicker, title: labels.idle, body: "", accent: "#5ad1c8" };
    return null;
  }, [mode, q, spotlight, labels, kicker]);
  return (
    <group>
      <group position={[0, SCREEN.y, SCREEN.z]}>
        <mesh position={[0, 0, -0.06]}>
          <boxGeometry args={[SCREEN.width + 0.3, SCREEN.height + 0.3, 0.1]} />
          <meshStandardMaterial color="#05070b" roughness={0.3} metalness={0.5} />
        </mesh>
        <mesh position={[0, 0, -0.005]}>
          <planeGeometry args={[SCREEN.width, SCREEN.height]} />
          <meshBasicMaterial color="#070a10" toneMapped={false} />
        </mesh>
        <group position={[0, 0, 0.01]}>
          {card && <CardFace card={card} />}
          {slideId && <ScreenPicture imageId={slideId} w={SCREEN.width} h={SCREEN.height} preload={nextId} onShown={onShown} />}
          {mode === "spotlight" && spotlight?.kind === "image" && <ScreenPicture imageId={spotlight.imageId} w={SCREEN.width} h={SCREEN.height} />}
        </group>
      </group>
      {spotlight?.kind === "product" && <Turntable imageId={spotlight.imageId} />}
    </group>
  );
}

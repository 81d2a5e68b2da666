import { useTexture } from "@react-three/drei";
import { useThree } from "@react-three/fiber";
import { Component, Suspense, useEffect, useLayoutEffect, useMemo, type ReactNode } from "react";
import { CanvasTexture, SRGBColorSpace, type Texture } from "three";
import { imageUrl } from "../../../shared/protocol/companies.ts";
import type { ScreenState } from "../../../shared/protocol/meetingMessages.ts";
import { meetingRoomStore } from "../../state/meetingRoom.ts";
import { paintBoard } from "./boardPainter.ts";

/** The screen's picture area, 16:9, in metres. */
const SCREEN_W = 4.2;
const SCREEN_H = (SCREEN_W * 9) / 16;
const SCREEN_Y = 1.85;
/** The whiteboard's texture, in pixels (the HUD's board is drawn from the same strokes). */
const BOARD_PX = { w: 1280, h: 720 };

/** The picture sized to fit the 16:9 area without stretching. */
function fit(texture: Texture): [number, number] {
  const img = texture.image as { width?: number; height?: number } | undefined;
  const aspect = img?.width && img.height ? img.width / img.height : 16 / 9;
  return aspect >= 16 / 9 ? [SCREEN_W, SCREEN_W / aspect] : [SCREEN_H * aspect, SCREEN_H];
}

function Slide({ imageId, nextImageId }: { imageId: string; nextImageId: string | null }) {
  const texture = useTexture(imageUrl(imageId));
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  const [w, h] = fit(texture);
  useEffect(() => {
    meetingRoomStore.setState({ shownImageId: imageId });
  }, [imageId]);
  // The next page loads while this one is shown, so turning the page is instant for everyone.
  useEffect(() => {
    if (nextImageId) useTexture.preload(imageUrl(nextImageId));
  }, [nextImageId]);
  return (
    <mesh position={[0, 0, 0.012]}>
      <planeGeometry args={[w, h]} />
      <meshBasicMaterial map={texture} toneMapped={false} />
    </mesh>
  );
}

/** A page whose picture cannot be loaded leaves the screen dark instead of taking the whole room down. */
class SlideFailed extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(error: unknown): void {
    console.warn("a slide could not be shown", error);
  }
  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

/** The whiteboard on the wall: the same strokes as the HUD's board, painted into a canvas texture. */
function Board() {
  const invalidate = useThree((s) => s.invalidate);
  const texture = useMemo(() => {
    const canvas = document.createElement("canvas");
    canvas.width = BOARD_PX.w;
    canvas.height = BOARD_PX.h;
    const t = new CanvasTexture(canvas);
    t.colorSpace = SRGBColorSpace;
    return t;
  }, []);
  useLayoutEffect(() => {
    const paint = () => {
      const ctx = (texture.image as HTMLCanvasElement).getContext("2d");
      if (!ctx) return;
      paintBoard(ctx, meetingRoomStore.getState().strokes, BOARD_PX.w, BOARD_PX.h);
      texture.needsUpdate = true;
      invalidate();
    };
    paint();
    const stop = meetingRoomStore.subscribe((s, prev) => { if (s.boardVersion !== prev.boardVersion) paint(); });
    return () => {
      stop();
      texture.dispose();
    };
  }, [texture, invalidate]);
  return (
    <mesh position={[0, 0, 0.012]}>
      <planeGeometry args={[SCREEN_W, SCREEN_H]} />
      <meshBasicMaterial map={texture} toneMapped={false} />
    </mesh>
  );
}

/** The big screen on the wall facing the table: the current slide, the whiteboard, or a quiet idle face. */
export function BigScreen({ screen, z }: { screen: ScreenState; z: number }) {
  const pageIds = screen.deck?.pageIds ?? [];
  const imageId = screen.mode === "slides" ? pageIds[screen.page] ?? null : null;
  const nextImageId = screen.mode === "slides" ? pageIds[screen.page + 1] ?? null : null;
  useEffect(() => {
    if (!imageId) meetingRoomStore.setState({ shownImageId: null });
  }, [imageId]);
  return (
    <group position={[0, SCREEN_Y, z + 0.05]}>
      {/* Bezel and the dark glass behind the picture. */}
      <mesh position={[0, 0, -0.03]}>
        <boxGeometry args={[SCREEN_W + 0.16, SCREEN_H + 0.16, 0.06]} />
        <meshStandardMaterial color="#1c2225" roughness={0.4} metalness={0.3} />
      </mesh>
      <mesh position={[0, 0, 0.006]}>
        <planeGeometry args={[SCREEN_W, SCREEN_H]} />
        <meshBasicMaterial color={screen.mode === "none" ? "#24343a" : "#0b0f11"} toneMapped={false} />
      </mesh>
      {imageId && (
        <SlideFailed key={imageId}>
          <Suspense fallback={null}>
            <Slide imageId={imageId} nextImageId={nextImageId} />
          </Suspense>
        </SlideFailed>
      )}
      {screen.mode === "whiteboard" && <Board />}
    </group>
  );
}

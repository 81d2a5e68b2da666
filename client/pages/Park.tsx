import { Canvas } from "@react-three/fiber";
import { useEffect, useRef, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { useStore } from "zustand";
import { ParkHud } from "../hud/ParkHud.tsx";
import { LoadingScreen } from "../hud/LoadingScreen.tsx";
import { useLanguage } from "../i18n/i18n.ts";
import { parkLink } from "../net/parkSession.ts";
import { navigate, useRouteState } from "../router.ts";
import { loadingProgress } from "../state/loading.ts";
import { parkRoomStore } from "../state/park.ts";
import { QUALITY_PRESETS, settingsStore } from "../state/settings.ts";
import { useSession } from "../state/session.ts";
import { ParkScene } from "../world/ParkScene.tsx";
import { SceneReady } from "../world/SceneReady.tsx";

/** The park screen: picks the room from the address, then composes the world and the HUD over it. */
export default function Park({ parkId }: { parkId: string }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const session = useSession();
  const { spawnId, door } = useRouteState();
  const layout = useStore(parkRoomStore, (s) => s.layout);
  const status = useStore(parkRoomStore, (s) => s.status);
  const error = useStore(parkRoomStore, (s) => s.error);
  const loading = useStore(parkRoomStore, (s) => s.loading);
  const quality = QUALITY_PRESETS[useStore(settingsStore, (s) => s.quality)];
  const signedIn = session !== null;
  const labelLayer = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!signedIn) {
      navigate("/", { replace: true });
      return;
    }
    void parkLink.enter(parkId, { spawnId, doorId: door });
    return () => void parkLink.exit();
  }, [parkId, spawnId, door, signedIn]);

  useEffect(() => {
    if (layout) document.title = `${layout.name[lng]} · ${t("brand.name")}`;
  }, [layout, lng, t]);

  const leave = () => navigate("/");
  const showWorld = layout !== null && layout.id === parkId;

  return (
    <div className="park-page">
      {/* World labels go here rather than into fiber's own wrapper (see world/labelLayer.ts). */}
      <div ref={labelLayer} className="label-layer" />
      {showWorld && (
        <Canvas
          className="park-canvas"
          shadows={quality.shadows}
          frameloop="demand"
          dpr={quality.dpr}
          camera={{ fov: 50, near: 0.3, far: 5000, position: [layout.size.width / 2, 40, layout.size.depth / 2 + 40] }}
          gl={{ antialias: true }}
          data-testid="park-canvas"
        >
          <ParkScene layout={layout} lng={lng} labelLayer={labelLayer as RefObject<HTMLElement>} />
          <SceneReady />
        </Canvas>
      )}
      {showWorld && <ParkHud layout={layout} lng={lng} onLeave={leave} onEmote={(e) => parkLink.emote(e)} onSay={(c, text) => parkLink.say(c, text)} />}

      {status !== "failed" && status !== "replaced" && loadingProgress(loading).current !== null && <LoadingScreen loading={loading} />}

      {(status === "failed" || status === "replaced") && (
        <div className="park-overlay park-overlay--dim">
          <div className="overlay-card" role="alertdialog" aria-labelledby="park-closed-title" aria-describedby="park-closed-detail">
            <h2 id="park-closed-title">{status === "replaced" ? t("park.replaced") : t("park.failed")}</h2>
            {status === "failed" && error && <p id="park-closed-detail" className="muted">{error}</p>}
            <div className="overlay-card__actions">
              <button type="button" className="button button--primary" autoFocus onClick={() => void parkLink.enter(parkId, { spawnId, doorId: door })}>
                {t("park.retry")}
              </button>
              <button type="button" className="button button--ghost" onClick={leave}>
                {t("park.backToParks")}
              </button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}

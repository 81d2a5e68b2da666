import { useFrame } from "@react-three/fiber";
import { Sky } from "@react-three/drei";
import { useRef } from "react";
import type { DirectionalLight } from "three";
import { useStore } from "zustand";
import { frameStore, selfMotion } from "../../state/frame.ts";
import { QUALITY_PRESETS, settingsStore } from "../../state/settings.ts";

/** Direction the sunlight comes from: high in the south-east, so buildings cast readable shadows. */
const SUN = [60, 90, 45] as const;
/** Half the side of the area that gets shadows, around the person: the whole park would blur them. */
const SHADOW_REACH = 55;

export function Lights({ centre }: { centre: readonly [number, number] }) {
  const sun = useRef<DirectionalLight>(null);
  // Off together with the renderer's shadow map, so materials are rebuilt without the shadow lookup.
  const shadows = useStore(settingsStore, (s) => QUALITY_PRESETS[s.quality].shadows);

  // The sun follows the person so sharp shadows are always where they look.
  useFrame(() => {
    const light = sun.current;
    if (!light) return;
    const self = selfMotion(frameStore);
    const x = self?.hasPosition ? self.track.x : centre[0];
    const z = self?.hasPosition ? self.track.z : centre[1];
    light.position.set(x + SUN[0], SUN[1], z + SUN[2]);
    light.target.position.set(x, 0, z);
    light.target.updateMatrixWorld();
  });

  return (
    <>
      <Sky distance={4500} sunPosition={[SUN[0], SUN[1], SUN[2]]} turbidity={5} rayleigh={1.1} mieCoefficient={0.004} mieDirectionalG={0.82} />
      <hemisphereLight args={["#e4eefc", "#b7c7a2", 1.1]} />
      <ambientLight intensity={0.25} />
      <directionalLight
        ref={sun}
        intensity={2.4}
        color="#fff5e6"
        castShadow={shadows}
        shadow-mapSize={[1024, 1024]}
        shadow-bias={-0.0004}
        shadow-normalBias={0.03}
        shadow-camera-left={-SHADOW_REACH}
        shadow-camera-right={SHADOW_REACH}
        shadow-camera-top={SHADOW_REACH}
        shadow-camera-bottom={-SHADOW_REACH}
        shadow-camera-near={1}
        shadow-camera-far={300}
      />
    </>
  );
}

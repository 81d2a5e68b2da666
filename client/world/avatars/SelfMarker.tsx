import { useFrame } from "@react-three/fiber";
import { useRef } from "react";
import type { Mesh } from "three";
import { frameStore, selfMotion } from "../../state/frame.ts";

/** A ring under your own avatar, so you find yourself in a crowd at a glance. */
export function SelfMarker() {
  const ring = useRef<Mesh>(null);
  useFrame(() => {
    const r = ring.current;
    if (!r) return;
    const self = selfMotion(frameStore);
    r.visible = self?.hasPosition === true;
    if (self) r.position.set(self.track.x, 0.06, self.track.z);
  });
  return (
    <mesh ref={ring} rotation-x={-Math.PI / 2} visible={false}>
      <ringGeometry args={[0.5, 0.68, 40]} />
      <meshBasicMaterial color="#f2b544" transparent opacity={0.95} />
    </mesh>
  );
}

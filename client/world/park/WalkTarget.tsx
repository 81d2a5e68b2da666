import { useFrame, useThree } from "@react-three/fiber";
import { useEffect, useRef } from "react";
import type { Mesh, MeshBasicMaterial } from "three";
import { inputStore } from "../../state/input.ts";

const SHOW_MS = 1200;

/** A short-lived ring where you clicked, so a click visibly did something. */
export function WalkTarget() {
  const ring = useRef<Mesh>(null);
  const shown = useRef({ seq: inputStore.getState().walkTo?.seq ?? 0, at: -Infinity });
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => inputStore.subscribe((s, prev) => { if (s.walkTo !== prev.walkTo) invalidate(); }), [invalidate]);
  useFrame(() => {
    const r = ring.current;
    if (!r) return;
    const walkTo = inputStore.getState().walkTo;
    const now = performance.now();
    if (walkTo && walkTo.seq !== shown.current.seq) {
      shown.current = { seq: walkTo.seq, at: now };
      r.position.set(walkTo.x, 0.07, walkTo.z);
    }
    const t = (now - shown.current.at) / SHOW_MS;
    r.visible = t >= 0 && t < 1;
    if (r.visible) {
      r.scale.setScalar(0.6 + t * 0.8);
      (r.material as MeshBasicMaterial).opacity = 1 - t;
      invalidate();
    }
  });
  return (
    <mesh ref={ring} rotation-x={-Math.PI / 2} visible={false}>
      <ringGeometry args={[0.45, 0.6, 32]} />
      <meshBasicMaterial color="#ffffff" transparent />
    </mesh>
  );
}

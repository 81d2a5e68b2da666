import { Html } from "@react-three/drei";
import type { ThreeEvent } from "@react-three/fiber";
import { useState } from "react";
import { useLabelLayer } from "../labelLayer.ts";

/** A press that moved further than this many pixels was a camera drag, not a click. */
const CLICK_PIXELS = 6;

/** The way out, on the right wall near the back: clicking it leaves the room. */
export function ExitDoor({ x, z, label, onExit }: { x: number; z: number; label: string; onExit: () => void }) {
  const [hover, setHover] = useState(false);
  const labelLayer = useLabelLayer();
  const click = (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > CLICK_PIXELS) return;
    e.stopPropagation();
    onExit();
  };
  const over = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    setHover(true);
    document.body.style.cursor = "pointer";
  };
  const out = () => {
    setHover(false);
    document.body.style.cursor = "";
  };
  return (
    <group position={[x - 0.02, 0, z]} rotation-y={-Math.PI / 2}>
      <mesh position={[0, 1.1, -0.02]}>
        <boxGeometry args={[1.2, 2.3, 0.04]} />
        <meshStandardMaterial color="#d8d3c7" />
      </mesh>
      <mesh position={[0, 1.05, 0.01]} onClick={click} onPointerOver={over} onPointerOut={out} name="exit-door">
        <boxGeometry args={[1.0, 2.1, 0.05]} />
        <meshStandardMaterial color={hover ? "#2b8a84" : "#1d6a66"} roughness={0.5} />
      </mesh>
      <mesh position={[0.36, 1.05, 0.05]}>
        <sphereGeometry args={[0.045, 10, 8]} />
        <meshStandardMaterial color="#f2b544" metalness={0.6} roughness={0.3} />
      </mesh>
      <Html portal={labelLayer} position={[0, 2.45, 0.05]} center zIndexRange={[100, 0]} pointerEvents="none">
        <div className="meeting-exit-sign">{label}</div>
      </Html>
    </group>
  );
}

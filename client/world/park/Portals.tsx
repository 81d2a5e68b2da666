import { Html } from "@react-three/drei";
import type { Portal } from "../../../shared/protocol/parkLayout.ts";
import type { Language } from "../../i18n/language.ts";
import { useLabelLayer } from "../labelLayer.ts";

const PILLAR = 0.5;
const HEIGHT = 4.6;

/** A gate to another park: an arch over a glowing ring the size of the area that triggers it. */
export function Portals({ portals, lng }: { portals: readonly Portal[]; lng: Language }) {
  const labelLayer = useLabelLayer();
  return (
    <>
      {portals.map((p) => (
        <group key={p.id} position={[p.x, 0, p.z]} rotation-y={p.rotation}>
          {[-1, 1].map((side) => (
            <mesh key={side} position={[side * (p.radius + PILLAR / 2), HEIGHT / 2, 0]} castShadow>
              <boxGeometry args={[PILLAR, HEIGHT, PILLAR]} />
              <meshStandardMaterial color="#0f3d3e" roughness={0.5} />
            </mesh>
          ))}
          <mesh position={[0, HEIGHT + 0.3, 0]} castShadow>
            <boxGeometry args={[p.radius * 2 + PILLAR * 3, 0.6, PILLAR * 1.4]} />
            <meshStandardMaterial color="#0f3d3e" roughness={0.5} />
          </mesh>
          <mesh position={[0, HEIGHT / 2, 0]}>
            <planeGeometry args={[p.radius * 2, HEIGHT]} />
            <meshStandardMaterial color="#5fd4e6" emissive="#39b8cc" emissiveIntensity={0.6} transparent opacity={0.28} depthWrite={false} side={2} />
          </mesh>
          <mesh rotation-x={-Math.PI / 2} position-y={0.05}>
            <ringGeometry args={[p.radius - 0.25, p.radius, 48]} />
            <meshStandardMaterial color="#5fd4e6" emissive="#39b8cc" emissiveIntensity={0.9} />
          </mesh>
          <Html portal={labelLayer} position={[0, HEIGHT + 1.4, 0]} center zIndexRange={[90, 0]} pointerEvents="none">
            <div className="world-label world-label--portal">{p.label[lng]}</div>
          </Html>
        </group>
      ))}
    </>
  );
}

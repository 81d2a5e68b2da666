import type { ThreeEvent } from "@react-three/fiber";
import type { Building } from "../../../shared/protocol/parkLayout.ts";
import { BUILDING_GLASS, BUILDING_ROOF, BUILDING_WALL } from "./palette.ts";

/** Metres between floors, for the bands of glass that give a box its scale. */
const FLOOR = 3.6;

/** Nobody walks into a building, so a click on one must not fall through to the ground behind it. */
const swallow = (e: ThreeEvent<MouseEvent>) => e.stopPropagation();

export function Buildings({ buildings }: { buildings: readonly Building[] }) {
  return (
    <group onClick={swallow}>
      {buildings.map((b) => (
        <BuildingBox key={b.id} b={b} />
      ))}
    </group>
  );
}

function BuildingBox({ b }: { b: Building }) {
  const cx = b.x + b.width / 2;
  const cz = b.z + b.depth / 2;
  const floors = Math.max(1, Math.floor(b.height / FLOOR));
  return (
    <group position={[cx, 0, cz]}>
      <mesh position-y={b.height / 2} castShadow receiveShadow>
        <boxGeometry args={[b.width, b.height, b.depth]} />
        <meshStandardMaterial color={BUILDING_WALL} roughness={0.85} />
      </mesh>
      {Array.from({ length: floors }, (_, i) => (
        <mesh key={i} position-y={i * FLOOR + FLOOR * 0.55}>
          <boxGeometry args={[b.width + 0.06, FLOOR * 0.42, b.depth + 0.06]} />
          <meshStandardMaterial color={BUILDING_GLASS} roughness={0.25} metalness={0.35} />
        </mesh>
      ))}
      <mesh position-y={b.height + 0.3} castShadow>
        <boxGeometry args={[b.width + 0.4, 0.6, b.depth + 0.4]} />
        <meshStandardMaterial color={BUILDING_ROOF} roughness={0.9} />
      </mesh>
    </group>
  );
}

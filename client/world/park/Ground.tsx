import type { ThreeEvent } from "@react-three/fiber";
import { useLayoutEffect, useMemo } from "react";
import { DoubleSide, Shape, type Texture } from "three";
import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import { inputStore, requestWalkTo } from "../../state/input.ts";
import { lawnTexture, LAWN_METRES, PAVING_METRES, pavingTexture } from "./groundTextures.ts";
import { LAWN, SURROUNDINGS, ZONE_COLOURS } from "./palette.ts";

/** A press that moved further than this many pixels was a camera drag, not a click. */
const DRAG_PIXELS = 6;

/**
 * The park's ground and its zones. Clicking anywhere on it asks to walk there (written to the
 * input store; net/ decides when to send it).
 */
export function Ground({ layout }: { layout: ParkLayout }) {
  const { width, depth } = layout.size;
  const textures = useMemo(() => {
    const paving = pavingTexture();
    // Zone shapes have UVs in metres (their own coordinates).
    paving.repeat.set(1 / PAVING_METRES, 1 / PAVING_METRES);
    const lawn = lawnTexture();
    lawn.repeat.set(width / LAWN_METRES, depth / LAWN_METRES);
    return { paving, lawn };
  }, [width, depth]);
  useLayoutEffect(() => () => {
    textures.paving.dispose();
    textures.lawn.dispose();
  }, [textures]);

  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (e.delta > DRAG_PIXELS) return;
    const x = Math.min(width, Math.max(0, e.point.x));
    const z = Math.min(depth, Math.max(0, e.point.z));
    requestWalkTo(inputStore, x, z);
  };

  return (
    <group onClick={onClick}>
      <mesh rotation-x={-Math.PI / 2} position={[width / 2, -0.05, depth / 2]} receiveShadow>
        <planeGeometry args={[width + 600, depth + 600]} />
        <meshStandardMaterial color={SURROUNDINGS} roughness={1} />
      </mesh>
      <mesh rotation-x={-Math.PI / 2} position={[width / 2, 0, depth / 2]} receiveShadow>
        <planeGeometry args={[width, depth]} />
        <meshStandardMaterial color={LAWN} map={textures.lawn} roughness={0.95} />
      </mesh>
      <ParkEdge width={width} depth={depth} />
      {layout.zones.map((zone) => (
        <ZoneArea key={zone.id} polygon={zone.polygon} colour={ZONE_COLOURS[zone.kind]} map={zone.kind === "green" ? null : textures.paving} />
      ))}
    </group>
  );
}

function ZoneArea({ polygon, colour, map }: { polygon: ReadonlyArray<readonly [number, number]>; colour: string; map: Texture | null }) {
  // Shapes are drawn in x/y and laid flat: after the -90° turn about x, shape y becomes -z.
  const shape = useMemo(() => {
    const s = new Shape();
    polygon.forEach(([x, z], i) => (i === 0 ? s.moveTo(x, -z) : s.lineTo(x, -z)));
    s.closePath();
    return s;
  }, [polygon]);
  return (
    <mesh rotation-x={-Math.PI / 2} position-y={0.03} receiveShadow>
      <shapeGeometry args={[shape]} />
      <meshStandardMaterial color={colour} map={map} roughness={0.9} side={DoubleSide} polygonOffset polygonOffsetFactor={-1} />
    </mesh>
  );
}

/** A low kerb around the park, so its edge reads as a place rather than the end of a texture. */
function ParkEdge({ width, depth }: { width: number; depth: number }) {
  const h = 0.25;
  const t = 0.6;
  const sides: Array<{ pos: [number, number, number]; size: [number, number, number] }> = [
    { pos: [width / 2, h / 2, -t / 2], size: [width + 2 * t, h, t] },
    { pos: [width / 2, h / 2, depth + t / 2], size: [width + 2 * t, h, t] },
    { pos: [-t / 2, h / 2, depth / 2], size: [t, h, depth] },
    { pos: [width + t / 2, h / 2, depth / 2], size: [t, h, depth] },
  ];
  return (
    <>
      {sides.map((s, i) => (
        <mesh key={i} position={s.pos} receiveShadow>
          <boxGeometry args={s.size} />
          <meshStandardMaterial color="#d9dcd4" roughness={0.9} />
        </mesh>
      ))}
    </>
  );
}

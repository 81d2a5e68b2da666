import { useThree, type ThreeEvent } from "@react-three/fiber";
import { memo, useLayoutEffect, useMemo, useRef } from "react";
import {
  BoxGeometry, BufferGeometry, Color, DoubleSide, EdgesGeometry, Euler, Float32BufferAttribute, InstancedMesh, Matrix4, PlaneGeometry, Quaternion, Shape, Vector3,
} from "three";
import { useStore } from "zustand";
import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import { footprintCorners, layoutProblems } from "../../../shared/rules/layoutValidation.ts";
import { editorStore, parkDirectory, select } from "../../state/editor.ts";
import { sameRef, zoneCentre, type ItemRef } from "../../state/editorDraft.ts";
import { roofHeightAt } from "../park/layoutGeometry.ts";
import { EditorCamera } from "./EditorCamera.tsx";
import { itemShapes, type ItemShape } from "./itemShapes.ts";
import { useItemDrag } from "./useItemDrag.ts";

/** A press that moved further than this many pixels was a pan, not a click. */
const CLICK_PIXELS = 6;

const COLOURS = {
  item: new Color("#ffffff"),
  edge: new Color("#1d6a66"),
  zone: new Color("#0f3d3e"),
  problem: new Color("#e5484d"),
  selected: new Color("#f2b544"),
};

const refKey = (r: ItemRef) => `${r.kind}:${r.id}`;
/** Gold when selected, red when the placement rules object, else the item's own colour. */
const tint = (ref: ItemRef, normal: Color, selected: ItemRef | null, problems: ReadonlySet<string>): Color =>
  sameRef(ref, selected) ? COLOURS.selected : problems.has(refKey(ref)) ? COLOURS.problem : normal;
const unitBox = new BoxGeometry(1, 1, 1);
const unitPlane = new PlaneGeometry(1, 1);
const _m = new Matrix4();
const _p = new Vector3();
const _q = new Quaternion();
const _e = new Euler();
const _s = new Vector3();
const unitEdges = new EdgesGeometry(unitBox);

/**
 * What edit mode adds to the scene: a free camera, the footprint of everything a manager can
 * move (red where the placement rules object, gold when selected), zone outlines with a handle
 * to move each zone by, arrival points, and the invisible boxes that pick and drag items.
 */
export function EditorLayer({ layout }: { layout: ParkLayout }) {
  const selected = useStore(editorStore, (s) => s.selected);
  const parkList = useStore(editorStore, (s) => s.parks);
  const parks = useMemo(() => parkDirectory(parkList), [parkList]);
  const shapes = useMemo(() => itemShapes(layout), [layout]);
  const problems = useMemo(() => new Set(layoutProblems(layout, { parks }).map((p) => refKey(p.item as ItemRef))), [layout, parks]);
  const drag = useItemDrag();
  const element = useThree((s) => s.gl.domElement);
  const hover = (on: boolean) => () => { element.style.cursor = on ? "grab" : ""; };
  // Leaving edit mode while hovering an item must not leave the grab cursor behind.
  useLayoutEffect(() => () => { element.style.cursor = ""; }, [element]);

  const selectedShape = shapes.find((s) => sameRef(s.ref, selected));
  const selectedZone = selected?.kind === "zone" ? layout.zones.find((z) => z.id === selected.id) : undefined;

  return (
    <>
      <EditorCamera layout={layout} />
      {/* Above the ground: a click on empty ground clears the selection instead of walking there. */}
      <mesh
        rotation-x={-Math.PI / 2}
        position={[layout.size.width / 2, 0.05, layout.size.depth / 2]}
        visible={false}
        onClick={(e: ThreeEvent<MouseEvent>) => {
          e.stopPropagation();
          if (e.delta <= CLICK_PIXELS) select(editorStore, null);
        }}
      >
        <planeGeometry args={[layout.size.width + 400, layout.size.depth + 400]} />
      </mesh>

      <Outlines layout={layout} shapes={shapes} problems={problems} selected={selected} />

      {shapes.map((shape) => (
        <Handle key={refKey(shape.ref)} shape={shape} onDown={drag} onHover={hover} />
      ))}
      {layout.zones.map((zone) => {
        const c = zoneCentre(zone.polygon);
        const ref: ItemRef = { kind: "zone", id: zone.id };
        return (
          <ZonePin key={zone.id} x={c.x} z={c.z} top={roofHeightAt(layout, c.x, c.z) + 3} active={sameRef(ref, selected)} problem={problems.has(refKey(ref))}
            onDown={(e) => drag(ref, e)} onHover={hover} />
        );
      })}
      {layout.spawnPoints.map((s) => (
        <group key={s.id} position={[s.x, 0.14, s.z]} rotation-y={s.rotation}>
          <mesh rotation-x={-Math.PI / 2}>
            <circleGeometry args={[0.6, 24]} />
            <meshBasicMaterial color="#2f7fd8" transparent opacity={0.85} />
          </mesh>
          <mesh rotation-x={Math.PI / 2} position={[0, 0.02, 0.45]}>
            <coneGeometry args={[0.3, 0.5, 3]} />
            <meshBasicMaterial color="#ffffff" />
          </mesh>
        </group>
      ))}

      {selectedShape && <SelectionBox shape={selectedShape} />}
      {selectedZone && <ZoneFill polygon={selectedZone.polygon} />}
    </>
  );
}

/** An invisible box over an item: pressing it selects the item and starts dragging it. */
const Handle = memo(function Handle({ shape, onDown, onHover }: {
  shape: ItemShape;
  onDown: (ref: ItemRef, e: ThreeEvent<PointerEvent>) => void;
  onHover: (on: boolean) => () => void;
}) {
  const { footprint: f, height, ref } = shape;
  return (
    <mesh
      geometry={unitBox}
      position={[f.cx, height / 2, f.cz]}
      rotation-y={f.rotation}
      scale={[f.hw * 2, height, f.hd * 2]}
      visible={false}
      onPointerDown={(e) => onDown(ref, e)}
      onClick={(e) => e.stopPropagation()}
      onPointerOver={onHover(true)}
      onPointerOut={onHover(false)}
    />
  );
}, (a, b) => a.shape.footprint.cx === b.shape.footprint.cx && a.shape.footprint.cz === b.shape.footprint.cz &&
  a.shape.footprint.rotation === b.shape.footprint.rotation && a.shape.footprint.hw === b.shape.footprint.hw &&
  a.shape.footprint.hd === b.shape.footprint.hd && a.shape.height === b.shape.height && a.onDown === b.onDown);

/** A zone's handle: a pin at its centre, above any roof there, the only place a zone is grabbed (its area is the ground). */
function ZonePin({ x, z, top, active, problem, onDown, onHover }: {
  x: number; z: number; top: number; active: boolean; problem: boolean;
  onDown: (e: ThreeEvent<PointerEvent>) => void;
  onHover: (on: boolean) => () => void;
}) {
  const colour = active ? "#f2b544" : problem ? "#e5484d" : "#0f3d3e";
  return (
    <group position={[x, 0, z]}>
      <mesh position-y={top / 2}>
        <cylinderGeometry args={[0.08, 0.08, top, 8]} />
        <meshStandardMaterial color={colour} />
      </mesh>
      <mesh position-y={top + 0.3} onPointerDown={onDown} onClick={(e) => e.stopPropagation()} onPointerOver={onHover(true)} onPointerOut={onHover(false)}>
        <sphereGeometry args={[0.8, 16, 12]} />
        <meshStandardMaterial color={colour} emissive={colour} emissiveIntensity={0.25} />
      </mesh>
      <mesh rotation-x={-Math.PI / 2} position-y={0.12}>
        <ringGeometry args={[0.6, 0.9, 24]} />
        <meshBasicMaterial color={colour} />
      </mesh>
    </group>
  );
}

/**
 * Footprints of all items (a translucent plate each, one instanced draw call) and outlines of
 * all zones and footprints (one line draw call), rebuilt when the draft changes.
 */
function Outlines({ layout, shapes, problems, selected }: {
  layout: ParkLayout; shapes: ItemShape[]; problems: Set<string>; selected: ItemRef | null;
}) {
  const geometry = useMemo(() => {
    const colourOf = (ref: ItemRef, normal: Color) => tint(ref, normal, selected, problems);
    const positions: number[] = [];
    const colours: number[] = [];
    const loop = (points: ReadonlyArray<readonly [number, number]>, y: number, colour: Color) => {
      points.forEach(([x, z], i) => {
        const [nx, nz] = points[(i + 1) % points.length]!;
        positions.push(x, y, z, nx, y, nz);
        colours.push(colour.r, colour.g, colour.b, colour.r, colour.g, colour.b);
      });
    };
    for (const zone of layout.zones) loop(zone.polygon, 0.1, colourOf({ kind: "zone", id: zone.id }, COLOURS.zone));
    for (const s of shapes) loop(footprintCorners(s.footprint), 0.2, colourOf(s.ref, COLOURS.edge));
    const g = new BufferGeometry();
    g.setAttribute("position", new Float32BufferAttribute(positions, 3));
    g.setAttribute("color", new Float32BufferAttribute(colours, 3));
    return g;
  }, [layout.zones, shapes, problems, selected]);
  useLayoutEffect(() => () => geometry.dispose(), [geometry]);

  const plates = useRef<InstancedMesh>(null);
  const capacity = Math.max(16, 2 ** Math.ceil(Math.log2(shapes.length + 1)));
  useLayoutEffect(() => {
    const mesh = plates.current;
    if (!mesh) return;
    shapes.forEach((s, i) => {
      const f = s.footprint;
      _m.compose(_p.set(f.cx, 0.19, f.cz), _q.setFromEuler(_e.set(-Math.PI / 2, 0, f.rotation, "YXZ")), _s.set(f.hw * 2, f.hd * 2, 1));
      mesh.setMatrixAt(i, _m);
      mesh.setColorAt(i, tint(s.ref, COLOURS.item, selected, problems));
    });
    mesh.count = shapes.length;
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    mesh.computeBoundingSphere();
  }, [shapes, problems, selected, capacity]);

  return (
    <>
      <lineSegments geometry={geometry} renderOrder={2}>
        <lineBasicMaterial vertexColors transparent opacity={0.95} />
      </lineSegments>
      <instancedMesh key={capacity} ref={plates} args={[unitPlane, undefined, capacity]} renderOrder={1}>
        <meshBasicMaterial transparent opacity={0.38} depthWrite={false} />
      </instancedMesh>
      {/* Items with a problem show through whatever hides them (one inside a building, say). */}
      {shapes.filter((s) => problems.has(refKey(s.ref))).map((s) => (
        <mesh key={refKey(s.ref)} rotation-x={-Math.PI / 2} rotation-z={s.footprint.rotation} position={[s.footprint.cx, 0.2, s.footprint.cz]} renderOrder={3}>
          <planeGeometry args={[s.footprint.hw * 2, s.footprint.hd * 2]} />
          <meshBasicMaterial color="#e5484d" transparent opacity={0.5} depthTest={false} depthWrite={false} />
        </mesh>
      ))}
    </>
  );
}

/** The selected item: a gold plate under it and a gold frame around it. */
function SelectionBox({ shape }: { shape: ItemShape }) {
  const { footprint: f, height } = shape;
  return (
    <group position={[f.cx, 0, f.cz]} rotation-y={f.rotation}>
      <mesh rotation-x={-Math.PI / 2} position-y={0.18}>
        <planeGeometry args={[f.hw * 2 + 0.4, f.hd * 2 + 0.4]} />
        <meshBasicMaterial color="#f2b544" transparent opacity={0.45} depthWrite={false} />
      </mesh>
      {/* Drawn over everything, so the selected item is found even behind a building. */}
      <lineSegments geometry={unitEdges} position-y={height / 2} scale={[f.hw * 2 + 0.2, height + 0.1, f.hd * 2 + 0.2]} renderOrder={4}>
        <lineBasicMaterial color="#f2b544" transparent opacity={0.9} depthTest={false} />
      </lineSegments>
    </group>
  );
}

function ZoneFill({ polygon }: { polygon: ReadonlyArray<readonly [number, number]> }) {
  const shape = useMemo(() => {
    const s = new Shape();
    polygon.forEach(([x, z], i) => (i === 0 ? s.moveTo(x, -z) : s.lineTo(x, -z)));
    s.closePath();
    return s;
  }, [polygon]);
  return (
    <mesh rotation-x={-Math.PI / 2} position-y={0.08}>
      <shapeGeometry args={[shape]} />
      <meshBasicMaterial color="#f2b544" transparent opacity={0.22} side={DoubleSide} depthWrite={false} />
    </mesh>
  );
}

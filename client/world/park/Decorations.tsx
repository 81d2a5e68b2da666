import { useLayoutEffect, useMemo, useRef } from "react";
import {
  BoxGeometry, BufferGeometry, ConeGeometry, CylinderGeometry, IcosahedronGeometry, InstancedMesh, Matrix4, MeshStandardMaterial,
  Quaternion, SphereGeometry, TorusKnotGeometry, Vector3,
} from "three";
import { mergeGeometries } from "three/examples/jsm/utils/BufferGeometryUtils.js";
import { DecorationKind, type Decoration } from "../../../shared/protocol/parkLayout.ts";

type MaterialName = "bark" | "leaves" | "stone" | "wood" | "metal" | "glow" | "water" | "bronze" | "cloth";

/** A decoration is drawn as a few parts, each one instanced mesh for every decoration of its kind. */
interface Part { geometry: () => BufferGeometry; material: MaterialName }

const PARTS: Record<DecorationKind, Part[]> = {
  // Like the park's own trees (Trees.tsx), so placed ones belong with them.
  tree: [
    { geometry: () => new CylinderGeometry(0.16, 0.24, 2.2, 7).translate(0, 1.1, 0), material: "bark" },
    { geometry: () => new ConeGeometry(1.2, 3.6, 9).translate(0, 3.6, 0), material: "leaves" },
  ],
  planter: [
    { geometry: () => new BoxGeometry(1.6, 0.6, 1.6).translate(0, 0.3, 0), material: "stone" },
    { geometry: () => new IcosahedronGeometry(0.7, 1).scale(1, 0.7, 1).translate(0, 0.95, 0), material: "leaves" },
  ],
  bench: [
    {
      geometry: () => mergeGeometries([
        new BoxGeometry(1.8, 0.08, 0.5).translate(0, 0.45, 0),
        new BoxGeometry(1.8, 0.45, 0.06).translate(0, 0.72, -0.24),
      ])!,
      material: "wood",
    },
    {
      geometry: () => mergeGeometries([
        new BoxGeometry(0.08, 0.45, 0.45).translate(-0.8, 0.22, 0),
        new BoxGeometry(0.08, 0.45, 0.45).translate(0.8, 0.22, 0),
      ])!,
      material: "metal",
    },
  ],
  lamp: [
    { geometry: () => new CylinderGeometry(0.06, 0.09, 4, 8).translate(0, 2, 0), material: "metal" },
    { geometry: () => new SphereGeometry(0.24, 12, 8).translate(0, 4.1, 0), material: "glow" },
  ],
  fountain: [
    {
      geometry: () => mergeGeometries([
        new CylinderGeometry(2.5, 2.6, 0.5, 28).translate(0, 0.25, 0),
        new CylinderGeometry(0.25, 0.35, 1.4, 12).translate(0, 0.7, 0),
        new CylinderGeometry(0.8, 0.3, 0.25, 16).translate(0, 1.45, 0),
      ])!,
      material: "stone",
    },
    { geometry: () => new CylinderGeometry(2.25, 2.25, 0.06, 28).translate(0, 0.44, 0), material: "water" },
  ],
  sculpture: [
    { geometry: () => new BoxGeometry(1.2, 0.9, 1.2).translate(0, 0.45, 0), material: "stone" },
    { geometry: () => new TorusKnotGeometry(0.42, 0.12, 64, 10, 2, 3).translate(0, 1.7, 0), material: "bronze" },
  ],
  flag: [
    { geometry: () => new CylinderGeometry(0.04, 0.06, 5, 8).translate(0, 2.5, 0), material: "metal" },
    { geometry: () => new BoxGeometry(1.4, 0.9, 0.02).translate(0.72, 4.45, 0), material: "cloth" },
  ],
};

const MATERIALS: Record<MaterialName, () => MeshStandardMaterial> = {
  bark: () => new MeshStandardMaterial({ color: "#7a5a3e", roughness: 1 }),
  leaves: () => new MeshStandardMaterial({ color: "#4f8f4a", roughness: 0.9, flatShading: true }),
  stone: () => new MeshStandardMaterial({ color: "#d9d6cf", roughness: 0.9 }),
  wood: () => new MeshStandardMaterial({ color: "#9a6b43", roughness: 0.85 }),
  metal: () => new MeshStandardMaterial({ color: "#3b4a52", roughness: 0.5, metalness: 0.6 }),
  glow: () => new MeshStandardMaterial({ color: "#fff4d6", emissive: "#ffd98a", emissiveIntensity: 0.8 }),
  water: () => new MeshStandardMaterial({ color: "#6cc3dc", emissive: "#2a8fb0", emissiveIntensity: 0.25, roughness: 0.15, metalness: 0.1 }),
  bronze: () => new MeshStandardMaterial({ color: "#b8873b", roughness: 0.35, metalness: 0.8 }),
  cloth: () => new MeshStandardMaterial({ color: "#1f7a8c", roughness: 0.8 }),
};

const UP = new Vector3(0, 1, 0);
const _m = new Matrix4();
const _q = new Quaternion();
const _p = new Vector3();
const _one = new Vector3(1, 1, 1);

/** Room for this many of a kind, so adding one in the editor does not rebuild the mesh each time. */
const capacity = (n: number) => Math.max(8, 2 ** Math.ceil(Math.log2(n)));

/**
 * Decorations placed by managers: trees, planters, benches, lamps, fountains, sculptures and flags.
 * One instanced mesh per part of each kind in use, so a park with hundreds costs a dozen draw calls.
 */
export function Decorations({ decorations }: { decorations: readonly Decoration[] }) {
  const resources = useMemo(() => {
    const materials = Object.fromEntries(Object.entries(MATERIALS).map(([k, make]) => [k, make()])) as Record<MaterialName, MeshStandardMaterial>;
    const geometries = Object.fromEntries(DecorationKind.options.map((k) => [k, PARTS[k].map((p) => p.geometry())])) as Record<DecorationKind, BufferGeometry[]>;
    return { materials, geometries };
  }, []);
  useLayoutEffect(() => () => {
    for (const m of Object.values(resources.materials)) m.dispose();
    for (const list of Object.values(resources.geometries)) for (const g of list) g.dispose();
  }, [resources]);

  const byKind = useMemo(() => {
    const groups = new Map<DecorationKind, Decoration[]>();
    for (const d of decorations) groups.set(d.kind, [...(groups.get(d.kind) ?? []), d]);
    return groups;
  }, [decorations]);

  return (
    <>
      {[...byKind].map(([kind, items]) => (
        PARTS[kind].map((part, i) => (
          <DecorationPart key={`${kind}-${i}-${capacity(items.length)}`} items={items} geometry={resources.geometries[kind][i]!} material={resources.materials[part.material]} />
        ))
      ))}
    </>
  );
}

function DecorationPart({ items, geometry, material }: { items: readonly Decoration[]; geometry: BufferGeometry; material: MeshStandardMaterial }) {
  const mesh = useRef<InstancedMesh>(null);
  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m) return;
    items.forEach((d, i) => {
      _m.compose(_p.set(d.x, 0, d.z), _q.setFromAxisAngle(UP, d.rotation), _one);
      m.setMatrixAt(i, _m);
    });
    m.count = items.length;
    m.instanceMatrix.needsUpdate = true;
    m.computeBoundingSphere();
  }, [items]);
  return <instancedMesh ref={mesh} args={[geometry, material, capacity(items.length)]} castShadow receiveShadow />;
}

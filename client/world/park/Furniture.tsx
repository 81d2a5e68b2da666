import { useLayoutEffect, useMemo, useRef } from "react";
import { BoxGeometry, CylinderGeometry, InstancedMesh, Matrix4, MeshStandardMaterial, Quaternion, SphereGeometry, Vector3 } from "three";
import { mergeGeometries } from "three/examples/jsm/utils/BufferGeometryUtils.js";
import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import { furnitureSpots, type FurnitureSpot } from "../../../shared/rules/furnitureSpots.ts";

const UP = new Vector3(0, 1, 0);

function place(mesh: InstancedMesh | null, spots: readonly FurnitureSpot[]): void {
  if (!mesh) return;
  const m = new Matrix4();
  const q = new Quaternion();
  const p = new Vector3();
  const one = new Vector3(1, 1, 1);
  spots.forEach((s, i) => {
    m.compose(p.set(s.x, 0, s.z), q.setFromAxisAngle(UP, s.rotation), one);
    mesh.setMatrixAt(i, m);
  });
  mesh.instanceMatrix.needsUpdate = true;
  mesh.computeBoundingSphere();
}

/** Benches and street lamps: three draw calls for all of them, however many the park has. */
export function Furniture({ layout }: { layout: ParkLayout }) {
  const { benches, lamps } = useMemo(() => furnitureSpots(layout), [layout]);
  const benchMesh = useRef<InstancedMesh>(null);
  const poleMesh = useRef<InstancedMesh>(null);
  const lightMesh = useRef<InstancedMesh>(null);
  const resources = useMemo(() => ({
    // A slatted seat on two legs, with a back rest on the side away from the zone.
    bench: mergeGeometries([
      new BoxGeometry(1.8, 0.08, 0.5).translate(0, 0.45, 0),
      new BoxGeometry(1.8, 0.45, 0.06).translate(0, 0.72, -0.24),
      new BoxGeometry(0.08, 0.45, 0.45).translate(-0.8, 0.22, 0),
      new BoxGeometry(0.08, 0.45, 0.45).translate(0.8, 0.22, 0),
    ])!,
    pole: new CylinderGeometry(0.06, 0.09, 4, 8).translate(0, 2, 0),
    light: new SphereGeometry(0.24, 12, 8).translate(0, 4.1, 0),
    wood: new MeshStandardMaterial({ color: "#9a6b43", roughness: 0.85 }),
    metal: new MeshStandardMaterial({ color: "#3b4a52", roughness: 0.5, metalness: 0.6 }),
    glow: new MeshStandardMaterial({ color: "#fff4d6", emissive: "#ffd98a", emissiveIntensity: 0.8 }),
  }), []);

  useLayoutEffect(() => {
    place(benchMesh.current, benches);
    place(poleMesh.current, lamps);
    place(lightMesh.current, lamps);
  }, [benches, lamps]);

  useLayoutEffect(() => () => {
    for (const r of Object.values(resources)) r.dispose();
  }, [resources]);

  return (
    <>
      {benches.length > 0 && (
        <instancedMesh key={`b${benches.length}`} ref={benchMesh} args={[resources.bench, resources.wood, benches.length]} castShadow receiveShadow />
      )}
      {lamps.length > 0 && (
        <>
          <instancedMesh key={`p${lamps.length}`} ref={poleMesh} args={[resources.pole, resources.metal, lamps.length]} castShadow />
          <instancedMesh key={`l${lamps.length}`} ref={lightMesh} args={[resources.light, resources.glow, lamps.length]} />
        </>
      )}
    </>
  );
}

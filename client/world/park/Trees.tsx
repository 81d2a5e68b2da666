import { useLayoutEffect, useMemo, useRef } from "react";
import { ConeGeometry, CylinderGeometry, InstancedMesh, Matrix4, MeshStandardMaterial, Quaternion, Vector3, Color } from "three";
import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import { treeSpots } from "./treeSpots.ts";

const CROWNS = ["#4f8f4a", "#5f9e54", "#3f7d45", "#6aa85c"].map((c) => new Color(c));

/** Decorative trees, two draw calls for all of them (trunks and crowns). */
export function Trees({ layout }: { layout: ParkLayout }) {
  const trunks = useRef<InstancedMesh>(null);
  const crowns = useRef<InstancedMesh>(null);
  const spots = useMemo(() => treeSpots(layout), [layout]);
  const resources = useMemo(() => ({
    trunk: new CylinderGeometry(0.16, 0.24, 2.2, 7).translate(0, 1.1, 0),
    crown: new ConeGeometry(1.6, 4.2, 9).translate(0, 3.9, 0),
    bark: new MeshStandardMaterial({ color: "#7a5a3e", roughness: 1 }),
    leaves: new MeshStandardMaterial({ roughness: 0.9, flatShading: true }),
  }), []);

  useLayoutEffect(() => {
    const t = trunks.current;
    const c = crowns.current;
    if (!t || !c) return;
    const m = new Matrix4();
    const q = new Quaternion();
    const p = new Vector3();
    const s = new Vector3();
    spots.forEach((spot, i) => {
      p.set(spot.x, 0, spot.z);
      s.setScalar(spot.scale);
      m.compose(p, q, s);
      t.setMatrixAt(i, m);
      c.setMatrixAt(i, m);
      c.setColorAt(i, CROWNS[i % CROWNS.length]!);
    });
    t.instanceMatrix.needsUpdate = true;
    c.instanceMatrix.needsUpdate = true;
    if (c.instanceColor) c.instanceColor.needsUpdate = true;
    t.computeBoundingSphere();
    c.computeBoundingSphere();
  }, [spots]);

  useLayoutEffect(() => () => {
    for (const r of Object.values(resources)) r.dispose();
  }, [resources]);

  if (spots.length === 0) return null;
  return (
    <>
      <instancedMesh key={`t${spots.length}`} ref={trunks} args={[resources.trunk, resources.bark, spots.length]} castShadow receiveShadow />
      <instancedMesh key={`c${spots.length}`} ref={crowns} args={[resources.crown, resources.leaves, spots.length]} castShadow receiveShadow />
    </>
  );
}

import { useLayoutEffect, useMemo, useRef } from "react";
import { BoxGeometry, InstancedMesh, Matrix4, MeshStandardMaterial, Quaternion, Vector3 } from "three";
import type { RoomLayout } from "./seatLayout.ts";

const _m = new Matrix4();
const _q = new Quaternion();
const _p = new Vector3();
const _s = new Vector3(1, 1, 1);
const UP = new Vector3(0, 1, 0);

/** The table, and one chair per seat drawn as two instanced meshes (seats and backs). */
export function MeetingTable({ layout }: { layout: RoomLayout }) {
  const { table, seats } = layout;
  const seatMesh = useRef<InstancedMesh>(null);
  const backMesh = useRef<InstancedMesh>(null);
  const res = useMemo(() => ({
    seat: new BoxGeometry(0.5, 0.08, 0.48),
    back: new BoxGeometry(0.5, 0.55, 0.07),
    chair: new MeshStandardMaterial({ color: "#2f3b40", roughness: 0.7 }),
  }), []);
  useLayoutEffect(() => () => { for (const r of Object.values(res)) r.dispose(); }, [res]);

  useLayoutEffect(() => {
    const s = seatMesh.current;
    const b = backMesh.current;
    if (!s || !b) return;
    seats.forEach((spot, i) => {
      _q.setFromAxisAngle(UP, spot.heading);
      _p.set(spot.x, 0.46, spot.z);
      s.setMatrixAt(i, _m.compose(_p, _q, _s));
      // The back stands behind the sitter, away from the table.
      _p.set(spot.x - Math.sin(spot.heading) * 0.24, 0.78, spot.z - Math.cos(spot.heading) * 0.24);
      b.setMatrixAt(i, _m.compose(_p, _q, _s));
    });
    s.instanceMatrix.needsUpdate = true;
    b.instanceMatrix.needsUpdate = true;
  }, [seats]);

  return (
    <group>
      <mesh position={[table.x, 0.74, table.z]} castShadow receiveShadow>
        <boxGeometry args={[table.width, 0.06, table.length]} />
        <meshStandardMaterial color="#f3efe6" roughness={0.4} />
      </mesh>
      {/* A solid pedestal instead of four legs: one mesh, and it reads as a boardroom table. */}
      <mesh position={[table.x, 0.36, table.z]}>
        <boxGeometry args={[table.width * 0.45, 0.72, Math.max(0.4, table.length - 0.8)]} />
        <meshStandardMaterial color="#4a4f52" roughness={0.6} />
      </mesh>
      <instancedMesh key={`s${seats.length}`} ref={seatMesh} args={[res.seat, res.chair, seats.length]} />
      <instancedMesh key={`b${seats.length}`} ref={backMesh} args={[res.back, res.chair, seats.length]} />
    </group>
  );
}

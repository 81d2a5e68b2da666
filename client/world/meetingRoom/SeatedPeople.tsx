import { Html } from "@react-three/drei";
import { useThree } from "@react-three/fiber";
import { useLayoutEffect, useMemo, useRef } from "react";
import { CapsuleGeometry, Color, InstancedMesh, Matrix4, MeshStandardMaterial, SphereGeometry } from "three";
import type { MeetingPerson } from "../../state/meetingRoom.ts";
import { useLabelLayer } from "../labelLayer.ts";
import type { SeatSpot } from "./seatLayout.ts";

/** Skin tones as in the park, chosen from the seat so a person keeps theirs while seated. */
const SKIN = ["#f1d3b3", "#e0b48f", "#c68e62", "#8d5a3b"].map((c) => new Color(c));
const _m = new Matrix4();
const _c = new Color();
/** Seated: the body sits lower than a standing avatar's and leans a little to the table. */
const BODY_Y = 0.88;
const HEAD_Y = 1.42;
const TAG_Y = 1.95;

export interface SeatedLabels { host: string; muted: string }

/**
 * Everyone present, in their chairs: two instanced meshes (bodies in each person's colour, and
 * heads), so the draw calls stay two however full the room is; a name tag over each, with the
 * host's badge and a muted mark. People are still, so matrices change only when someone comes,
 * goes or changes seat.
 */
export function SeatedPeople({ people, seats, hostUserId, labels }: { people: MeetingPerson[]; seats: SeatSpot[]; hostUserId: string; labels: SeatedLabels }) {
  const bodies = useRef<InstancedMesh>(null);
  const heads = useRef<InstancedMesh>(null);
  const invalidate = useThree((s) => s.invalidate);
  const labelLayer = useLabelLayer();
  const seated = useMemo(() => people.flatMap((p) => {
    const spot = p.status === "present" ? seats[p.seat] : undefined;
    return spot ? [{ p, spot }] : [];
  }), [people, seats]);
  const capacity = Math.max(1, seats.length);
  const res = useMemo(() => ({
    body: new CapsuleGeometry(0.3, 0.5, 6, 12),
    head: new SphereGeometry(0.24, 16, 12),
    cloth: new MeshStandardMaterial({ roughness: 0.65 }),
    skin: new MeshStandardMaterial({ roughness: 0.8 }),
  }), []);
  useLayoutEffect(() => () => { for (const r of Object.values(res)) r.dispose(); }, [res]);

  useLayoutEffect(() => {
    const b = bodies.current;
    const h = heads.current;
    if (!b || !h) return;
    seated.forEach(({ p, spot }, i) => {
      // A little towards the table from the chair's middle.
      const x = spot.x + Math.sin(spot.heading) * 0.05;
      const z = spot.z + Math.cos(spot.heading) * 0.05;
      b.setMatrixAt(i, _m.makeTranslation(x, BODY_Y, z));
      b.setColorAt(i, _c.set(p.colour));
      h.setMatrixAt(i, _m.makeTranslation(x, HEAD_Y, z));
      h.setColorAt(i, SKIN[p.seat % SKIN.length]!);
    });
    b.count = seated.length;
    h.count = seated.length;
    for (const mesh of [b, h]) {
      mesh.instanceMatrix.needsUpdate = true;
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
      mesh.boundingSphere = null;
    }
    invalidate();
  }, [seated, invalidate]);

  return (
    <group>
      <instancedMesh key={`b${capacity}`} ref={bodies} args={[res.body, res.cloth, capacity]} castShadow frustumCulled={false} />
      <instancedMesh key={`h${capacity}`} ref={heads} args={[res.head, res.skin, capacity]} castShadow frustumCulled={false} />
      {seated.map(({ p, spot }) => (
        <group key={p.sessionId} position={[spot.x, TAG_Y, spot.z]}>
          <Html portal={labelLayer} center zIndexRange={[100, 0]} pointerEvents="none">
            <div className={`meeting-tag${p.isSelf ? " meeting-tag--self" : ""}`} data-testid="meeting-seat" data-seat={p.seat} data-user-id={p.userId}>
              <span className="meeting-tag__dot" style={{ background: p.colour }} aria-hidden="true" />
              <span className="meeting-tag__name">{p.name}</span>
              {p.userId === hostUserId && <span className="meeting-tag__host">{labels.host}</span>}
              {p.muted && <span className="meeting-tag__muted" title={labels.muted}>{labels.muted}</span>}
            </div>
          </Html>
        </group>
      ))}
    </group>
  );
}

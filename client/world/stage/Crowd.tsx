import { Html } from "@react-three/drei";
import { useThree } from "@react-three/fiber";
import { useLayoutEffect, useMemo, useRef } from "react";
import { BoxGeometry, CapsuleGeometry, Color, InstancedMesh, Matrix4, MeshStandardMaterial, SphereGeometry } from "three";
import { seatSpot } from "../../../shared/rules/hallSeats.ts";
import type { StagePerson } from "../../state/stage.ts";
import { useLabelLayer } from "../labelLayer.ts";
import { crowdFigures } from "./crowdFigures.ts";

const SKIN = ["#f1d3b3", "#e0b48f", "#c68e62", "#8d5a3b"].map((c) => new Color(c));
const SELF = new Color("#f2b544");
const _m = new Matrix4();
const _c = new Color();
const BODY_Y = 0.78;
const HEAD_Y = 1.3;
/** Name tags are DOM: only the nearest people seen in full get one. */
const TAGS_MAX = 24;

export interface CrowdLabels { you: string; hand: string; muted: string }

/**
 * The audience: every taken seat of the bitmap as a seated figure, drawn with three instanced
 * meshes for the whole crowd (bodies, heads, raised hands) and one for the chairs, so the draw
 * calls are the same for 10 people or 600. Neighbours (the people this client sees in full) wear
 * their own colour and get a name tag; one's own seat is lit and ringed.
 */
export function Crowd({ seats, seatsVersion, seatCount, people, labels, wide }: {
  seats: number[]; seatsVersion: number; seatCount: number; people: StagePerson[]; labels: CrowdLabels; wide: boolean;
}) {
  const bodies = useRef<InstancedMesh>(null);
  const heads = useRef<InstancedMesh>(null);
  const hands = useRef<InstancedMesh>(null);
  const chairs = useRef<InstancedMesh>(null);
  const invalidate = useThree((s) => s.invalidate);
  const labelLayer = useLabelLayer();
  // seatsVersion stands for the bitmap's content (the array is replaced whenever it changes).
  const figures = useMemo(() => crowdFigures(seats, seatCount, people), [seatsVersion, seatCount, people]);
  const capacity = Math.max(1, seatCount);
  const res = useMemo(() => ({
    body: new CapsuleGeometry(0.26, 0.42, 4, 10),
    head: new SphereGeometry(0.2, 12, 10),
    hand: new SphereGeometry(0.09, 8, 6),
    chair: new BoxGeometry(0.7, 0.9, 0.12),
    cloth: new MeshStandardMaterial({ roughness: 0.7 }),
    skin: new MeshStandardMaterial({ roughness: 0.8 }),
    chairMat: new MeshStandardMaterial({ color: "#2f3850", roughness: 0.8 }),
  }), []);
  useLayoutEffect(() => () => { for (const r of Object.values(res)) r.dispose(); }, [res]);

  // Chairs for every seat of the hall, taken or not: the rows read as a hall even when half empty.
  useLayoutEffect(() => {
    const c = chairs.current;
    if (!c) return;
    for (let seat = 0; seat < seatCount; seat++) {
      const spot = seatSpot(seat);
      c.setMatrixAt(seat, _m.makeTranslation(spot.x, 0.45, spot.z + 0.32));
    }
    c.count = seatCount;
    c.instanceMatrix.needsUpdate = true;
    invalidate();
  }, [seatCount, invalidate]);

  useLayoutEffect(() => {
    const b = bodies.current;
    const h = heads.current;
    const k = hands.current;
    if (!b || !h || !k) return;
    let raised = 0;
    figures.forEach((f, i) => {
      b.setMatrixAt(i, _m.makeTranslation(f.x, BODY_Y, f.z));
      b.setColorAt(i, f.self ? SELF : _c.set(f.colour));
      h.setMatrixAt(i, _m.makeTranslation(f.x, HEAD_Y, f.z));
      h.setColorAt(i, SKIN[(f.seat * 5) % SKIN.length]!);
      if (f.hand) {
        k.setMatrixAt(raised, _m.makeTranslation(f.x + 0.28, 1.85, f.z));
        k.setColorAt(raised, SKIN[(f.seat * 5) % SKIN.length]!);
        raised++;
      }
    });
    b.count = figures.length;
    h.count = figures.length;
    k.count = raised;
    for (const mesh of [b, h, k]) {
      mesh.instanceMatrix.needsUpdate = true;
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    }
    invalidate();
  }, [figures, invalidate]);

  const self = figures.find((f) => f.self) ?? null;
  const tagged = useMemo(() => {
    // From afar the neighbours' tags would pile up: the wide view tags only raised hands (one's own seat keeps its ring).
    const known = people.filter((p) => !p.onStage && p.seat >= 0 && p.seat < seatCount && (!wide || p.hand));
    const from = self ? seatSpot(self.seat) : { x: 0, z: 0 };
    const d = (p: StagePerson) => { const s = seatSpot(p.seat); return (s.x - from.x) ** 2 + (s.z - from.z) ** 2; };
    return known.sort((a, b) => d(a) - d(b)).slice(0, TAGS_MAX);
  }, [people, seatCount, self, wide]);

  return (
    <group>
      <instancedMesh key={`c${capacity}`} ref={chairs} args={[res.chair, res.chairMat, capacity]} frustumCulled={false} />
      <instancedMesh key={`b${capacity}`} ref={bodies} args={[res.body, res.cloth, capacity]} frustumCulled={false} />
      <instancedMesh key={`h${capacity}`} ref={heads} args={[res.head, res.skin, capacity]} frustumCulled={false} />
      <instancedMesh key={`k${capacity}`} ref={hands} args={[res.hand, res.skin, capacity]} frustumCulled={false} />
      {self && (
        <mesh rotation-x={-Math.PI / 2} position={[self.x, 0.03, self.z]}>
          <ringGeometry args={[0.42, 0.56, 36]} />
          <meshBasicMaterial color="#f2b544" toneMapped={false} />
        </mesh>
      )}
      {tagged.map((p) => {
        const s = seatSpot(p.seat);
        return (
          <group key={p.sessionId} position={[s.x, 1.75, s.z]}>
            <Html portal={labelLayer} center zIndexRange={[100, 0]} pointerEvents="none">
              <div className={`stage-tag${p.isSelf ? " stage-tag--self" : ""}`} data-testid="stage-neighbour" data-user-id={p.userId} data-hand={p.hand}>
                <span className="stage-tag__dot" style={{ background: p.colour }} aria-hidden="true" />
                <span className="stage-tag__name">{p.isSelf ? labels.you : p.name}</span>
                {p.hand && <span className="stage-tag__hand">{labels.hand}</span>}
                {p.muted && <span className="stage-tag__muted">{labels.muted}</span>}
              </div>
            </Html>
          </group>
        );
      })}
    </group>
  );
}

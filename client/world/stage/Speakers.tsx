import { Html } from "@react-three/drei";
import { useLabelLayer } from "../labelLayer.ts";
import type { StagePerson } from "../../state/stage.ts";
import { STAGE, speakerSpot } from "./hallLayout.ts";

export interface SpeakerLabels { role: (stageRole: string) => string; you: string }

/** The people on stage, standing in a line facing the hall, each a full figure with a name tag and their part in the event. */
export function Speakers({ people, labels }: { people: StagePerson[]; labels: SpeakerLabels }) {
  const labelLayer = useLabelLayer();
  const onStage = people.filter((p) => p.onStage);
  return (
    <group position={[0, STAGE.height, 0]}>
      {onStage.map((p, i) => {
        const spot = speakerSpot(i, onStage.length);
        return (
          <group key={p.sessionId} position={[spot.x, 0, spot.z]}>
            <mesh position={[0, 0.95, 0]}>
              <capsuleGeometry args={[0.3, 0.9, 6, 14]} />
              <meshStandardMaterial color={p.colour} roughness={0.55} />
            </mesh>
            <mesh position={[0, 1.82, 0]}>
              <sphereGeometry args={[0.25, 18, 14]} />
              <meshStandardMaterial color="#e7c09b" roughness={0.8} />
            </mesh>
            <mesh position={[0, 0.01, 0]} rotation-x={-Math.PI / 2}>
              <circleGeometry args={[0.6, 32]} />
              <meshBasicMaterial color={p.isSelf ? "#f2b544" : "#3a4560"} toneMapped={false} />
            </mesh>
            <group position={[0, 2.45, 0]}>
              <Html portal={labelLayer} center zIndexRange={[100, 0]} pointerEvents="none">
                <div className={`stage-tag stage-tag--speaker${p.isSelf ? " stage-tag--self" : ""}`} data-testid="stage-speaker" data-user-id={p.userId}>
                  <span className="stage-tag__dot" style={{ background: p.colour }} aria-hidden="true" />
                  <span className="stage-tag__name">{p.isSelf ? labels.you : p.name}</span>
                  {p.stageRole && <span className="stage-tag__role">{labels.role(p.stageRole)}</span>}
                </div>
              </Html>
            </group>
          </group>
        );
      })}
    </group>
  );
}

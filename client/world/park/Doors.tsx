import type { z } from "zod";
import type { Door } from "../../../shared/protocol/parkLayout.ts";

type DoorSpot = z.infer<typeof Door>;

/** Doors of meeting rooms and clinics: a framed dark panel on the wall, facing out. */
export function Doors({ doors }: { doors: readonly DoorSpot[] }) {
  return (
    <>
      {doors.map((d) => (
        <group key={d.id} position={[d.x, 0, d.z]} rotation-y={d.rotation}>
          <mesh position={[0, 1.3, -0.05]}>
            <boxGeometry args={[2, 2.6, 0.2]} />
            <meshStandardMaterial color="#e8e4da" roughness={0.7} />
          </mesh>
          <mesh position={[0, 1.2, 0.06]}>
            <boxGeometry args={[1.5, 2.3, 0.06]} />
            <meshStandardMaterial color="#31475a" roughness={0.4} metalness={0.2} />
          </mesh>
        </group>
      ))}
    </>
  );
}

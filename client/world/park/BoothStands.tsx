import type { z } from "zod";
import type { BoothSlot } from "../../../shared/protocol/parkLayout.ts";

type Slot = z.infer<typeof BoothSlot>;

/** Awning colours, cycled, so a street of empty stands still looks like a market. */
const AWNINGS = ["#1f7a8c", "#e07a5f", "#3d8b5a", "#f2b544", "#5b6bbf"];

/** An empty company stand: a floor, a counter facing the street and a back wall with an awning. */
export function BoothStands({ slots }: { slots: readonly Slot[] }) {
  return (
    <>
      {slots.map((slot, i) => (
        // Local +z is the front: a rotation θ turns it to face (sin θ, cos θ), as headings do.
        <group key={slot.id} position={[slot.x, 0, slot.z]} rotation-y={slot.rotation}>
          <mesh position={[0, 0.06, 0]} receiveShadow>
            <boxGeometry args={[4, 0.12, 3]} />
            <meshStandardMaterial color="#f7f5f0" roughness={0.8} />
          </mesh>
          <mesh position={[0, 0.55, 0.7]} castShadow receiveShadow>
            <boxGeometry args={[2.6, 1, 0.7]} />
            <meshStandardMaterial color="#ffffff" roughness={0.6} />
          </mesh>
          <mesh position={[0, 1.5, -1.35]} castShadow receiveShadow>
            <boxGeometry args={[4, 3, 0.15]} />
            <meshStandardMaterial color="#eceae4" roughness={0.8} />
          </mesh>
          <mesh position={[0, 3.05, -0.75]} rotation-x={0.28} castShadow>
            <boxGeometry args={[4.2, 0.08, 1.4]} />
            <meshStandardMaterial color={AWNINGS[i % AWNINGS.length]} roughness={0.7} />
          </mesh>
        </group>
      ))}
    </>
  );
}

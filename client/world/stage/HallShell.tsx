import { HALL_WIDTH, SCREEN, STAGE, hallDepth } from "./hallLayout.ts";

/**
 * The room around the show: a dark floor that steps up towards the back, the stage with a lit
 * front edge, side walls with light strips, and lights that keep the stage bright and the crowd
 * soft. A handful of meshes whatever the audience.
 */
export function HallShell({ seatCount }: { seatCount: number }) {
  const depth = hallDepth(seatCount);
  const floorLen = depth + STAGE.depth + 4;
  const floorMid = (depth - STAGE.depth) / 2;
  return (
    <group>
      <color attach="background" args={["#0b1018"]} />
      <fog attach="fog" args={["#0b1018", 40, 110]} />
      <ambientLight intensity={0.55} color="#b8c4de" />
      <hemisphereLight args={["#c9d6ff", "#1a1410", 0.6]} />
      <directionalLight position={[6, 18, 14]} intensity={1.1} color="#fff3e0" />
      <spotLight position={[0, 14, 10]} angle={0.5} penumbra={0.6} intensity={180} distance={40} color="#ffe8c8" target-position={[0, 0, -3]} />

      {/* Floor, then the stage. */}
      <mesh rotation-x={-Math.PI / 2} position={[0, 0, floorMid]} receiveShadow>
        <planeGeometry args={[HALL_WIDTH, floorLen]} />
        <meshStandardMaterial color="#1a2130" roughness={0.9} />
      </mesh>
      <mesh position={[0, STAGE.height / 2, -STAGE.depth / 2]}>
        <boxGeometry args={[STAGE.width, STAGE.height, STAGE.depth]} />
        <meshStandardMaterial color="#2b3346" roughness={0.5} metalness={0.1} />
      </mesh>
      <mesh position={[0, STAGE.height - 0.02, 0.01]}>
        <boxGeometry args={[STAGE.width, 0.05, 0.04]} />
        <meshBasicMaterial color="#5ad1c8" toneMapped={false} />
      </mesh>

      {/* The back wall behind the screen, and the side walls with their light strips. */}
      <mesh position={[0, 7, SCREEN.z - 0.3]}>
        <planeGeometry args={[HALL_WIDTH, 14]} />
        <meshStandardMaterial color="#121826" roughness={0.95} />
      </mesh>
      {[-1, 1].map((side) => (
        <group key={side}>
          <mesh position={[(side * HALL_WIDTH) / 2, 5, floorMid]} rotation-y={-side * Math.PI / 2}>
            <planeGeometry args={[floorLen, 10]} />
            <meshStandardMaterial color="#151c2b" roughness={0.95} />
          </mesh>
          <mesh position={[side * (HALL_WIDTH / 2 - 0.05), 3.2, floorMid]} rotation-y={-side * Math.PI / 2}>
            <planeGeometry args={[floorLen, 0.08]} />
            <meshBasicMaterial color="#3d7bd9" toneMapped={false} />
          </mesh>
        </group>
      ))}
    </group>
  );
}

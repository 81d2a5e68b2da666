import type { RoomLayout } from "./seatLayout.ts";

const WALL_HEIGHT = 3.2;
const WALL = "#eef0ec";
const ACCENT = "#1d6a66";

/**
 * The room itself: a warm wooden floor, three walls (the fourth stays open for the camera), a
 * window of daylight on the left wall and a teal band along the screen wall. A handful of plain
 * meshes: the whole interior costs a few draw calls.
 */
export function RoomShell({ layout }: { layout: RoomLayout }) {
  const { width, depth, screenZ } = layout;
  const midZ = screenZ + depth / 2;
  const windowZ = screenZ + depth * 0.45;
  const windowLength = Math.min(depth * 0.6, 6);
  return (
    <group>
      <hemisphereLight args={["#f4f1ea", "#8a7a66", 0.9]} />
      <ambientLight intensity={0.35} />
      {/* Daylight through the window falls across the table. */}
      <directionalLight position={[-width, 5, windowZ]} intensity={1.4} color="#fff6e5" />
      <pointLight position={[0, WALL_HEIGHT - 0.3, 0]} intensity={6} distance={12} decay={1.6} color="#fff2da" />

      <mesh rotation-x={-Math.PI / 2} position={[0, 0, midZ]} receiveShadow>
        <planeGeometry args={[width, depth]} />
        <meshStandardMaterial color="#b98e63" roughness={0.75} />
      </mesh>
      {/* A rug under the table softens the floor. */}
      <mesh rotation-x={-Math.PI / 2} position={[0, 0.005, layout.table.z]}>
        <planeGeometry args={[layout.table.width + 3.2, layout.table.length + 2.4]} />
        <meshStandardMaterial color="#5e6f73" roughness={1} />
      </mesh>

      {/* The screen wall, with a teal band at eye level. */}
      <mesh position={[0, WALL_HEIGHT / 2, screenZ]}>
        <planeGeometry args={[width, WALL_HEIGHT]} />
        <meshStandardMaterial color={WALL} roughness={0.95} />
      </mesh>
      <mesh position={[0, 0.45, screenZ + 0.01]}>
        <planeGeometry args={[width, 0.9]} />
        <meshStandardMaterial color={ACCENT} roughness={0.8} />
      </mesh>

      {/* Left wall, with the window. */}
      <mesh position={[-width / 2, WALL_HEIGHT / 2, midZ]} rotation-y={Math.PI / 2}>
        <planeGeometry args={[depth, WALL_HEIGHT]} />
        <meshStandardMaterial color={WALL} roughness={0.95} />
      </mesh>
      <mesh position={[-width / 2 + 0.01, 1.75, windowZ]} rotation-y={Math.PI / 2}>
        <planeGeometry args={[windowLength, 1.7]} />
        <meshBasicMaterial color="#cfe6f2" toneMapped={false} />
      </mesh>
      <mesh position={[-width / 2 + 0.02, 1.75, windowZ]} rotation-y={Math.PI / 2}>
        <planeGeometry args={[0.08, 1.7]} />
        <meshStandardMaterial color="#f7f7f4" />
      </mesh>

      {/* Right wall. */}
      <mesh position={[width / 2, WALL_HEIGHT / 2, midZ]} rotation-y={-Math.PI / 2}>
        <planeGeometry args={[depth, WALL_HEIGHT]} />
        <meshStandardMaterial color={WALL} roughness={0.95} />
      </mesh>
      {/* A plant in the far corner by the window. */}
      <group position={[-width / 2 + 0.6, 0, screenZ + 0.6]}>
        <mesh position={[0, 0.25, 0]}>
          <cylinderGeometry args={[0.22, 0.18, 0.5, 12]} />
          <meshStandardMaterial color="#d9d2c3" />
        </mesh>
        <mesh position={[0, 0.95, 0]}>
          <sphereGeometry args={[0.45, 12, 10]} />
          <meshStandardMaterial color="#3f7d4f" roughness={0.9} />
        </mesh>
      </group>
    </group>
  );
}

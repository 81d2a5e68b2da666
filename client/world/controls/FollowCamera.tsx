import { OrbitControls } from "@react-three/drei";
import { useFrame, useThree } from "@react-three/fiber";
import { useRef, type ComponentRef } from "react";
import { Vector3 } from "three";
import type { Building } from "../../../shared/protocol/parkLayout.ts";
import { frameStore, selfMotion } from "../../state/frame.ts";
import { clearDistance } from "./cameraClearance.ts";

const START_DISTANCE = 15;
const START_HEIGHT = 6.5;
/** The closest the camera comes, by scrolling or in front of a wall (OrbitControls would undo a closer one). */
const MIN_DISTANCE = 5;
const _offset = new Vector3();

/**
 * An orbit camera whose target rides on your avatar: drag to look around, scroll to zoom, and
 * it keeps its angle and distance as you walk. Tells the store its yaw, so "forward" on the
 * keyboard means away from the viewer. When a building stands between the camera and the avatar,
 * the camera comes in front of it, and goes back out to the chosen distance once it is clear.
 */
export function FollowCamera({ buildings }: { buildings: readonly Building[] }) {
  const controls = useRef<ComponentRef<typeof OrbitControls>>(null);
  const placed = useRef(false);
  /** The distance the person chose (by scrolling), and the shorter one a wall imposed, if any. */
  const wanted = useRef(START_DISTANCE);
  const imposed = useRef<number | null>(null);
  const camera = useThree((s) => s.camera);

  useFrame(() => {
    const c = controls.current;
    const self = selfMotion(frameStore);
    if (!c) return;
    if (self?.hasPosition) {
      const { x, z, heading } = self.track;
      if (!placed.current) {
        // First sight: stand behind the avatar, looking the way it faces.
        placed.current = true;
        c.target.set(x, 1.2, z);
        camera.position.set(x - Math.sin(heading) * START_DISTANCE, START_HEIGHT, z - Math.cos(heading) * START_DISTANCE);
      } else {
        const dx = x - c.target.x;
        const dz = z - c.target.z;
        c.target.x += dx;
        c.target.z += dz;
        camera.position.x += dx;
        camera.position.z += dz;
      }
      c.update();
      keepClear(c.target, camera.position);
    }
    // Until it has found you, the camera's angle says nothing about where forward is.
    if (placed.current) frameStore.cameraYaw = Math.atan2(camera.position.x - c.target.x, camera.position.z - c.target.z);
  }, -1);

  const keepClear = (target: Vector3, position: Vector3): void => {
    _offset.subVectors(position, target);
    const distance = _offset.length();
    if (distance < 1e-6) return;
    // A distance other than the one imposed last frame is the person's own choice (a scroll).
    if (imposed.current === null || Math.abs(distance - imposed.current) > 1e-3) wanted.current = distance;
    _offset.divideScalar(distance);
    const clear = clearDistance(target, _offset, wanted.current, buildings);
    const next = Math.max(MIN_DISTANCE, clear);
    imposed.current = next < wanted.current ? next : null;
    if (Math.abs(next - distance) > 1e-4) position.copy(target).addScaledVector(_offset, next);
  };

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enablePan={false}
      enableDamping
      dampingFactor={0.12}
      minDistance={MIN_DISTANCE}
      maxDistance={90}
      minPolarAngle={0.15}
      maxPolarAngle={1.38}
    />
  );
}

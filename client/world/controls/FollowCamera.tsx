import { OrbitControls } from "@react-three/drei";
import { useFrame, useThree } from "@react-three/fiber";
import { useRef, type ComponentRef } from "react";
import { frameStore, selfMotion } from "../../state/frame.ts";

const START_DISTANCE = 15;
const START_HEIGHT = 6.5;

/**
 * An orbit camera whose target rides on your avatar: drag to look around, scroll to zoom, and
 * it keeps its angle and distance as you walk. Tells the store its yaw, so "forward" on the
 * keyboard means away from the viewer.
 */
export function FollowCamera() {
  const controls = useRef<ComponentRef<typeof OrbitControls>>(null);
  const placed = useRef(false);
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
    }
    frameStore.cameraYaw = Math.atan2(camera.position.x - c.target.x, camera.position.z - c.target.z);
  }, -1);

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enablePan={false}
      enableDamping
      dampingFactor={0.12}
      minDistance={5}
      maxDistance={90}
      minPolarAngle={0.15}
      maxPolarAngle={1.38}
    />
  );
}

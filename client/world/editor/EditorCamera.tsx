import { OrbitControls } from "@react-three/drei";
import { useFrame, useThree } from "@react-three/fiber";
import { useLayoutEffect, useRef, type ComponentRef } from "react";
import { MOUSE, TOUCH } from "three";
import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import { editorStore, editorView } from "../../state/editor.ts";
import { frameStore, selfMotion } from "../../state/frame.ts";

/** Where the camera goes on entering edit mode: well above the ground, looking down at 57°, from
 * the south, so the view is laid out like the minimap (north up). */
const START_DISTANCE = 64;
const START_PITCH = 1;
/** How quickly the view glides to a chosen item: most of the way in a quarter of a second, at any frame rate. */
const GLIDE_PER_SECOND = 9;

/**
 * The editor's camera: free of the avatar, so a manager can look over the whole park. Dragging
 * the ground pans, the right button turns, the wheel zooms; the point looked at stays inside the
 * park, and new items are placed there.
 */
export function EditorCamera({ layout }: { layout: ParkLayout }) {
  const controls = useRef<ComponentRef<typeof OrbitControls>>(null);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const focusSeen = useRef(editorStore.getState().focus?.seq ?? 0);
  const { width, depth } = layout.size;

  useLayoutEffect(() => {
    const c = controls.current;
    if (!c) return;
    const self = selfMotion(frameStore);
    const x = self?.hasPosition ? self.track.x : width / 2;
    const z = self?.hasPosition ? self.track.z : depth / 2;
    c.target.set(x, 0, z);
    camera.position.set(x, Math.sin(START_PITCH) * START_DISTANCE, z + Math.cos(START_PITCH) * START_DISTANCE);
    c.update();
    invalidate();
  }, [camera, invalidate, width, depth]);

  useFrame((_, delta) => {
    const c = controls.current;
    if (!c) return;
    const focus = editorStore.getState().focus;
    if (focus && focus.seq !== focusSeen.current) {
      const k = Math.hypot(focus.x - c.target.x, focus.z - c.target.z) < 0.2 ? 1 : 1 - Math.exp(-GLIDE_PER_SECOND * Math.min(delta, 0.25));
      const dx = (focus.x - c.target.x) * k;
      const dz = (focus.z - c.target.z) * k;
      c.target.x += dx;
      c.target.z += dz;
      camera.position.x += dx;
      camera.position.z += dz;
      if (k === 1) focusSeen.current = focus.seq;
      c.update();
      invalidate();
    }
    // Panning stops at the park's edge, moving the camera with the point it looks at.
    const tx = Math.min(width, Math.max(0, c.target.x));
    const tz = Math.min(depth, Math.max(0, c.target.z));
    if (tx !== c.target.x || tz !== c.target.z) {
      camera.position.x += tx - c.target.x;
      camera.position.z += tz - c.target.z;
      c.target.set(tx, c.target.y, tz);
      c.update();
    }
    editorView.x = c.target.x;
    editorView.z = c.target.z;
    frameStore.cameraYaw = Math.atan2(camera.position.x - c.target.x, camera.position.z - c.target.z);
  }, -1);

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableDamping
      dampingFactor={0.14}
      screenSpacePanning={false}
      minDistance={8}
      maxDistance={Math.max(width, depth) * 1.2}
      maxPolarAngle={1.35}
      mouseButtons={{ LEFT: MOUSE.PAN, MIDDLE: MOUSE.DOLLY, RIGHT: MOUSE.ROTATE }}
      touches={{ ONE: TOUCH.PAN, TWO: TOUCH.DOLLY_ROTATE }}
    />
  );
}

import { useFrame } from "@react-three/fiber";
import { frameStore } from "../../state/frame.ts";
import { advance } from "../../state/motion.ts";

/**
 * Moves every drawn position along its glide once per rendered frame, before anything reads
 * them (negative priority runs first and leaves rendering to fiber).
 */
export function MotionTicker() {
  useFrame(() => {
    const now = performance.now();
    for (const m of frameStore.avatars.values()) {
      if (m.hasPosition) advance(m.track, now);
    }
  }, -2);
  return null;
}

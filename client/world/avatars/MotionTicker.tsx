import { useFrame, useThree } from "@react-three/fiber";
import { useEffect } from "react";
import { ANIM_IDLE } from "../../../shared/protocol/parkMessages.ts";
import { frameStore, subscribeFrameChanges } from "../../state/frame.ts";
import { advance, SEGMENT_MS } from "../../state/motion.ts";

/**
 * Drives the on-demand render loop: a quiet park draws nothing (a tab left open costs no
 * battery), news from net/ wakes it, and it keeps drawing while anyone in view is still gliding
 * or animating. Also moves every drawn position along its glide, before anything reads them
 * (negative priority runs first and leaves rendering to fiber).
 */
export function MotionTicker() {
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => subscribeFrameChanges(frameStore, () => invalidate()), [invalidate]);

  useFrame(() => {
    const now = performance.now();
    let busy = false;
    for (const m of frameStore.avatars.values()) {
      if (!m.hasPosition) continue;
      advance(m.track, now);
      if (m.visible && (now - m.track.startedAt < SEGMENT_MS || m.anim !== ANIM_IDLE)) busy = true;
    }
    if (busy) invalidate();
  }, -2);
  return null;
}

import type { InputState } from "../state/input.ts";

/** Pushes shorter than this share of the stick's radius do nothing, so a resting thumb does not walk. */
export const STICK_DEAD_ZONE = 0.2;

export interface StickReading {
  /** Where to draw the knob, relative to the stick's centre (px, y down): the drag, clamped to the radius. */
  knobX: number;
  knobY: number;
  /** What the input store gets: null inside the dead zone. */
  stick: InputState["stick"];
}

/**
 * A drag from the stick's centre (screen pixels, y down) turned into a camera-relative direction:
 * up the screen is ahead (away from the viewer), right is to their right, exactly as W and D on
 * the keyboard; net/intentSampler.ts turns it into a world direction with the camera's yaw.
 */
export function dragToStick(dx: number, dy: number, radius: number): StickReading {
  const length = Math.hypot(dx, dy);
  if (length === 0 || radius <= 0) return { knobX: 0, knobY: 0, stick: null };
  const scale = Math.min(length, radius) / length;
  const knobX = dx * scale;
  const knobY = dy * scale;
  if (length < radius * STICK_DEAD_ZONE) return { knobX, knobY, stick: null };
  return { knobX, knobY, stick: { ahead: clean(-dy / length), side: clean(dx / length) } };
}

/** Rounded so that a thumb trembling by a fraction of a pixel does not update the store. */
const clean = (v: number): number => {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
};

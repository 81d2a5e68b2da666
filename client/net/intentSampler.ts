import type { MoveIntent } from "../../shared/protocol/parkMessages.ts";
import { forwardYaw, type FrameStore } from "../state/frame.ts";
import type { InputState, InputStore } from "../state/input.ts";
import { createIntentThrottle } from "./intentThrottle.ts";

/** Directions are rounded to 1/64 turn, so a slowly turning camera does not send a stream of intents. */
const DIRECTION_STEPS = 64;

/**
 * The world direction (x east, z south) the held keys ask for, seen from a camera whose yaw is
 * `cameraYaw` (the camera sits at (sin yaw, cos yaw) from its target), or null when none is held
 * or they cancel out.
 */
export function keyDirection(held: InputState["held"], cameraYaw: number): [number, number] | null {
  return facingDirection(Number(held.forward) - Number(held.back), Number(held.right) - Number(held.left), cameraYaw);
}

/** The same for the touch joystick: its push, relative to the camera, turned into a world direction. */
export function stickDirection(stick: InputState["stick"], cameraYaw: number): [number, number] | null {
  return stick ? facingDirection(stick.ahead, stick.side, cameraYaw) : null;
}

/** `ahead` (away from the viewer) and `side` (to their right) turned into a world direction, rounded to 1/64 turn. */
function facingDirection(ahead: number, side: number, cameraYaw: number): [number, number] | null {
  if (ahead === 0 && side === 0) return null;
  const fx = -Math.sin(cameraYaw);
  const fz = -Math.cos(cameraYaw);
  const x = fx * ahead - fz * side;
  const z = fz * ahead + fx * side;
  const step = (Math.PI * 2) / DIRECTION_STEPS;
  const angle = Math.round(Math.atan2(z, x) / step) * step;
  return [round3(Math.cos(angle)), round3(Math.sin(angle))];
}

const round3 = (v: number): number => {
  const r = Math.round(v * 1000) / 1000;
  return Object.is(r, -0) ? 0 : r;
};

export interface IntentSampler {
  stop(): void;
  /** Call after a reconnection: resends what the player wants now. */
  reset(): void;
}

/**
 * Turns what the player does (held keys, ground clicks) into throttled movement intents. Runs
 * beside the frame loop, never inside it (style.md anti-pattern 1).
 */
export function startIntentSampler(options: {
  input: InputStore;
  frames: FrameStore;
  send: (intent: MoveIntent) => void;
  now?: () => number;
  intervalMs?: number;
}): IntentSampler {
  const now = options.now ?? (() => performance.now());
  const throttle = createIntentThrottle(options.send);
  let keysWereHeld = false;
  let walkSeq = options.input.getState().walkTo?.seq ?? 0;

  const sample = (): void => {
    const t = now();
    const { held, walkTo, stick } = options.input.getState();
    // Held keys win over the joystick, as over a click.
    const yaw = forwardYaw(options.frames);
    const dir = keyDirection(held, yaw) ?? stickDirection(stick, yaw);
    if (dir) {
      throttle.offer({ dir }, t);
      keysWereHeld = true;
    } else if (keysWereHeld) {
      throttle.offer({ stop: true }, t);
      keysWereHeld = false;
    }
    if (walkTo && walkTo.seq !== walkSeq) {
      walkSeq = walkTo.seq;
      // Held keys win over a click made while walking with them.
      if (!dir) throttle.offer({ to: [round2(walkTo.x), round2(walkTo.z)] }, t);
    }
    throttle.flush(t);
  };

  const unsubscribe = options.input.subscribe(sample);
  const timer = setInterval(sample, options.intervalMs ?? 50);
  return {
    stop() {
      unsubscribe();
      clearInterval(timer);
    },
    reset() {
      throttle.reset();
      keysWereHeld = false;
      sample();
    },
  };
}

const round2 = (v: number): number => Math.round(v * 100) / 100;

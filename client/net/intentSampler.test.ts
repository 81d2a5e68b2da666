import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { MoveIntent } from "../../shared/protocol/parkMessages.ts";
import { addAvatar } from "./frameBridge.ts";
import { createFrameStore, forwardYaw } from "../state/frame.ts";
import { createInputStore, requestWalkTo, setHeld } from "../state/input.ts";
import { keyDirection, startIntentSampler } from "./intentSampler.ts";

const none = { forward: false, back: false, left: false, right: false };

describe("keys to a walking direction", () => {
  it("walks away from a camera that looks north (camera south of the avatar)", () => {
    expect(keyDirection({ ...none, forward: true }, 0)).toEqual([0, -1]);
    expect(keyDirection({ ...none, right: true }, 0)).toEqual([1, 0]);
    expect(keyDirection({ ...none, back: true }, 0)).toEqual([0, 1]);
  });

  it("turns with the camera", () => {
    // Camera east of the avatar, looking west: forward is west, right is north.
    expect(keyDirection({ ...none, forward: true }, Math.PI / 2)).toEqual([-1, 0]);
    expect(keyDirection({ ...none, right: true }, Math.PI / 2)).toEqual([0, -1]);
  });

  it("walks diagonally with two keys, and not at all when they cancel", () => {
    const [x, z] = keyDirection({ ...none, forward: true, right: true }, 0)!;
    expect(x).toBeCloseTo(Math.SQRT1_2, 2);
    expect(z).toBeCloseTo(-Math.SQRT1_2, 2);
    expect(keyDirection({ ...none, forward: true, back: true }, 0)).toBeNull();
    expect(keyDirection(none, 0)).toBeNull();
  });

  it("rounds directions, so a camera turning by a hair sends nothing new", () => {
    expect(keyDirection({ ...none, forward: true }, 0.01)).toEqual(keyDirection({ ...none, forward: true }, 0));
  });
});

describe("forward before the camera has found you", () => {
  it("is the way you face, as the camera is about to stand behind you; then the camera's yaw", () => {
    const frames = createFrameStore();
    expect(forwardYaw(frames)).toBe(0);
    const me = addAvatar(frames, "me", 1, { name: "Me", colour: "#336699", role: "guest", connected: true, style: "classic" }, 0);
    frames.selfSessionId = "me";
    me.hasPosition = true;
    me.track.heading = 0; // facing south (+z)
    const [x, z] = keyDirection({ ...none, forward: true }, forwardYaw(frames))!;
    expect(x).toBeCloseTo(0, 5);
    expect(z).toBeCloseTo(1, 5);
    frames.cameraYaw = 0;
    expect(keyDirection({ ...none, forward: true }, forwardYaw(frames))).toEqual([0, -1]);
  });
});

describe("intent sampler", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("sends a direction on key down, a stop on key up, and a walk-to on click", () => {
    const input = createInputStore();
    const frames = createFrameStore();
    const sent: MoveIntent[] = [];
    let now = 0;
    const sampler = startIntentSampler({ input, frames, send: (i) => sent.push(i), now: () => now });

    setHeld(input, "forward", true);
    expect(sent).toEqual([{ dir: [0, -1] }]);
    now = 300;
    setHeld(input, "forward", false);
    expect(sent.at(-1)).toEqual({ stop: true });
    now = 600;
    requestWalkTo(input, 12.345, 67.891);
    expect(sent.at(-1)).toEqual({ to: [12.35, 67.89] });
    sampler.stop();
  });

  it("resends a held direction every half second and stops sampling when stopped", () => {
    const input = createInputStore();
    const frames = createFrameStore();
    const sent: MoveIntent[] = [];
    let now = 0;
    const sampler = startIntentSampler({ input, frames, send: (i) => sent.push(i), now: () => now, intervalMs: 50 });
    setHeld(input, "right", true);
    for (let i = 0; i < 20; i++) {
      now += 50;
      vi.advanceTimersByTime(50);
    }
    expect(sent.length).toBe(3); // at 0, 500 and 1000 ms
    sampler.stop();
    now += 2000;
    vi.advanceTimersByTime(2000);
    expect(sent.length).toBe(3);
  });
});

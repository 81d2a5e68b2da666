import { createStore } from "zustand/vanilla";

/** The movement actions, whichever keys press them (see world/controls/MovementKeys.tsx). */
export type MoveAction = "forward" | "back" | "left" | "right";

export interface InputState {
  held: Record<MoveAction, boolean>;
  /** The last point clicked on the ground; `seq` tells a repeated click on the same point apart. */
  walkTo: { x: number; z: number; seq: number } | null;
  /**
   * The touch joystick's direction relative to the camera, as a unit vector (`ahead` away from
   * the viewer, `side` to their right), or null while it is not pushed past its dead zone.
   */
  stick: { ahead: number; side: number } | null;
}

export const createInputStore = () =>
  createStore<InputState>(() => ({
    held: { forward: false, back: false, left: false, right: false },
    walkTo: null,
    stick: null,
  }));

export type InputStore = ReturnType<typeof createInputStore>;

export const inputStore: InputStore = createInputStore();

export function setHeld(store: InputStore, action: MoveAction, down: boolean): void {
  const { held } = store.getState();
  if (held[action] === down) return;
  store.setState({ held: { ...held, [action]: down } });
}

export function releaseAll(store: InputStore): void {
  store.setState({ held: { forward: false, back: false, left: false, right: false }, stick: null });
}

export function setStick(store: InputStore, stick: InputState["stick"]): void {
  const current = store.getState().stick;
  if (current === stick || (current && stick && current.ahead === stick.ahead && current.side === stick.side)) return;
  store.setState({ stick });
}

export function requestWalkTo(store: InputStore, x: number, z: number): void {
  const seq = (store.getState().walkTo?.seq ?? 0) + 1;
  store.setState({ walkTo: { x, z, seq } });
}

import { useEffect } from "react";
import { inputStore, releaseAll, setHeld, type MoveAction } from "../state/input.ts";

/** The named-action map (style.md habit 13): physical keys, so WASD sits right on any layout. */
const KEYS: Record<string, MoveAction> = {
  KeyW: "forward", ArrowUp: "forward",
  KeyS: "back", ArrowDown: "back",
  KeyA: "left", ArrowLeft: "left",
  KeyD: "right", ArrowRight: "right",
};

/** Keys typed into a field or used to operate a control are not steps. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) || target.getAttribute("role") === "tab";
}

/**
 * Writes held movement keys into the input store; net/ turns them into intents. Bound with the
 * HUD rather than inside the canvas, so keys work as soon as the park is on screen, even while
 * a slow machine is still building the 3D scene.
 */
export function useMovementKeys(): void {
  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      const action = KEYS[e.code];
      if (!action || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      e.preventDefault();
      setHeld(inputStore, action, true);
    };
    const up = (e: KeyboardEvent) => {
      const action = KEYS[e.code];
      if (action) setHeld(inputStore, action, false);
    };
    // A key released while the window is not ours never sends keyup: let go of everything.
    const blur = () => releaseAll(inputStore);
    const hidden = () => { if (document.hidden) releaseAll(inputStore); };
    window.addEventListener("keydown", down);
    window.addEventListener("keyup", up);
    window.addEventListener("blur", blur);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("keydown", down);
      window.removeEventListener("keyup", up);
      window.removeEventListener("blur", blur);
      document.removeEventListener("visibilitychange", hidden);
      releaseAll(inputStore);
    };
  }, []);
}

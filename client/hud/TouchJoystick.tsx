import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from "react";
import { useTranslation } from "react-i18next";
import { inputStore, setStick } from "../state/input.ts";
import { dragToStick } from "./touchStick.ts";

const COARSE = "(pointer: coarse)";

/** True on devices whose main pointer is a finger (phones, tablets), following changes (a tablet's keyboard dock). */
function useCoarsePointer(): boolean {
  const [coarse, setCoarse] = useState(() => typeof matchMedia === "function" && matchMedia(COARSE).matches);
  useEffect(() => {
    if (typeof matchMedia !== "function") return;
    const query = matchMedia(COARSE);
    const change = () => setCoarse(query.matches);
    query.addEventListener("change", change);
    return () => query.removeEventListener("change", change);
  }, []);
  return coarse;
}

/**
 * An on-screen stick for touch screens: dragging writes a direction into the input store, like
 * held keys, and net/intentSampler.ts sends it at its usual rate; letting go stops.
 */
export function TouchJoystick() {
  const { t } = useTranslation();
  const coarse = useCoarsePointer();
  const base = useRef<HTMLDivElement>(null);
  const knob = useRef<HTMLSpanElement>(null);
  const pointer = useRef<number | null>(null);

  // Leaving the page (or turning into a desktop) with a thumb on the stick must not keep walking.
  useEffect(() => () => setStick(inputStore, null), [coarse]);

  if (!coarse) return null;

  const move = (e: ReactPointerEvent<HTMLDivElement>) => {
    const el = base.current;
    if (!el || pointer.current !== e.pointerId) return;
    const rect = el.getBoundingClientRect();
    const radius = rect.width / 2;
    const reading = dragToStick(e.clientX - (rect.left + radius), e.clientY - (rect.top + radius), radius);
    // Drawn straight into the DOM: it changes with every pointer move (style.md habit 9).
    if (knob.current) knob.current.style.transform = `translate(${reading.knobX}px, ${reading.knobY}px)`;
    setStick(inputStore, reading.stick);
  };

  const release = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (pointer.current !== e.pointerId) return;
    pointer.current = null;
    if (knob.current) knob.current.style.transform = "";
    setStick(inputStore, null);
  };

  return (
    <div
      ref={base}
      className="joystick"
      role="img"
      aria-label={t("touch.joystick")}
      data-testid="touch-joystick"
      onPointerDown={(e) => {
        if (pointer.current !== null) return;
        e.preventDefault();
        pointer.current = e.pointerId;
        e.currentTarget.setPointerCapture(e.pointerId);
        move(e);
      }}
      onPointerMove={move}
      onPointerUp={release}
      onPointerCancel={release}
      onLostPointerCapture={release}
    >
      <span ref={knob} className="joystick__knob" />
    </div>
  );
}

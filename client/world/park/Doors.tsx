import { Html } from "@react-three/drei";
import { useThree, type ThreeEvent } from "@react-three/fiber";
import type { z } from "zod";
import { useStore } from "zustand";
import type { Door } from "../../../shared/protocol/parkLayout.ts";
import type { Language } from "../../i18n/language.ts";
import { inputStore, requestWalkTo } from "../../state/input.ts";
import { parkRoomStore, type RoomSignView } from "../../state/park.ts";
import { useLabelLayer } from "../labelLayer.ts";

type DoorSpot = z.infer<typeof Door>;

/** A press that moved further than this many pixels was a camera drag, not a click. */
const DRAG_PIXELS = 6;

/**
 * Doors of meeting rooms and clinics: a framed panel on the wall, facing out. A door that leads to
 * a room shows the room's name and how many are inside; clicking it walks you through it (the
 * server sends you in when you get there).
 */
export function Doors({ doors, lng }: { doors: readonly DoorSpot[]; lng: Language }) {
  const rooms = useStore(parkRoomStore, (s) => s.rooms);
  const labelLayer = useLabelLayer();
  const canvas = useThree((s) => s.gl.domElement);
  const walkIn = (door: DoorSpot) => (e: ThreeEvent<MouseEvent>) => {
    if (!rooms[door.id] || e.delta > DRAG_PIXELS) return;
    e.stopPropagation();
    requestWalkTo(inputStore, door.x, door.z);
  };
  return (
    <>
      {doors.map((d) => {
        const sign = rooms[d.id];
        return (
          <group key={d.id} position={[d.x, 0, d.z]} rotation-y={d.rotation}>
            <mesh position={[0, 1.3, -0.05]}>
              <boxGeometry args={[2, 2.6, 0.2]} />
              <meshStandardMaterial color="#e8e4da" roughness={0.7} />
            </mesh>
            <mesh
              position={[0, 1.2, 0.06]}
              onClick={walkIn(d)}
              onPointerMove={() => { canvas.style.cursor = sign ? "pointer" : ""; }}
              onPointerOut={() => { canvas.style.cursor = ""; }}
            >
              <boxGeometry args={[1.5, 2.3, 0.06]} />
              <meshStandardMaterial color={sign ? doorColour(sign) : "#31475a"} roughness={0.4} metalness={0.2} />
            </mesh>
            {sign ? (
              <Html portal={labelLayer} position={[0, 3.3, 0.1]} center zIndexRange={[90, 0]} pointerEvents="none">
                <div className={`world-label world-label--door${sign.locked ? " world-label--locked" : ""}`} data-door={d.id} data-present={sign.present}>
                  <span>{sign.name}</span>
                  <span className="world-label__count">{sign.present}/{sign.capacity}</span>
                  {sign.locked ? <LockIcon /> : null}
                </div>
              </Html>
            ) : d.label ? (
              <Html portal={labelLayer} position={[0, 3.3, 0.1]} center zIndexRange={[90, 0]} pointerEvents="none">
                <div className="world-label">{d.label[lng]}</div>
              </Html>
            ) : null}
          </group>
        );
      })}
    </>
  );
}

/** Clinics are warm, meeting rooms calm; a full room reads as busy from afar. */
function doorColour(sign: RoomSignView): string {
  if (sign.present >= sign.capacity) return "#8c3b2e";
  return sign.kind === "clinic" ? "#7a4e8c" : "#1f5f73";
}

function LockIcon() {
  return (
    <svg className="world-label__lock" viewBox="0 0 24 24" width="12" height="12" aria-hidden="true">
      <path d="M7 11V8a5 5 0 0 1 10 0v3M5 11h14v10H5z" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinejoin="round" />
    </svg>
  );
}

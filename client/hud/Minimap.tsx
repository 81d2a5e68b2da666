import { addEffect } from "@react-three/fiber";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { ParkLayout } from "../../shared/protocol/parkLayout.ts";
import { frameStore, selfMotion, subscribeFrameChanges } from "../state/frame.ts";
import { LAWN, ZONE_COLOURS } from "../world/park/palette.ts";
import type { Language } from "../i18n/language.ts";

/**
 * A floor plan with you on it. Everything that moves is written straight to the DOM, never
 * through React state (style.md habit 9); your position is also exposed as data-self-x /
 * data-self-z for tests.
 */
export function Minimap({ layout, lng }: { layout: ParkLayout; lng: Language }) {
  const { t } = useTranslation();
  const root = useRef<HTMLElement>(null);
  const dot = useRef<SVGGElement>(null);
  const readout = useRef<HTMLParagraphElement>(null);
  const { width, depth } = layout.size;

  // The dot follows the avatar as drawn, once per rendered frame.
  useEffect(() => {
    let shown = "";
    return addEffect(() => {
      const self = selfMotion(frameStore);
      if (!self?.hasPosition || !dot.current) return;
      const { x, z, heading } = self.track;
      const transform = `translate(${x.toFixed(1)} ${z.toFixed(1)}) rotate(${(-heading * 180 / Math.PI).toFixed(0)})`;
      // The DOM is touched only when what it shows changes, not on every rendered frame.
      if (transform === shown) return;
      shown = transform;
      dot.current.setAttribute("transform", transform);
      dot.current.style.display = "";
    });
  }, []);

  // The numbers are where the server has you, as each movement frame arrives: they do not
  // wait for the canvas to draw (which may be slow, or paused while nothing moves).
  useEffect(() => {
    let shown = "";
    const write = () => {
      const self = selfMotion(frameStore);
      if (!self?.hasPosition || !root.current || !readout.current) return;
      const x = self.track.toX.toFixed(2);
      const z = self.track.toZ.toFixed(2);
      if (`${x} ${z}` === shown) return;
      shown = `${x} ${z}`;
      root.current.dataset.selfX = x;
      root.current.dataset.selfZ = z;
      readout.current.textContent = t("park.position", { x: self.track.toX.toFixed(0), z: self.track.toZ.toFixed(0) });
    };
    write();
    return subscribeFrameChanges(frameStore, write);
  }, [t]);

  const marker = Math.max(width, depth) / 40;
  return (
    <section ref={root} className="hud-panel minimap" aria-label={t("park.map")} data-testid="minimap">
      <svg viewBox={`-2 -2 ${width + 4} ${depth + 4}`} role="img" aria-label={t("park.map")}>
        <rect x={0} y={0} width={width} height={depth} rx={3} fill={LAWN} />
        {layout.zones.map((zone) => (
          <polygon key={zone.id} points={zone.polygon.map(([x, z]) => `${x},${z}`).join(" ")} fill={ZONE_COLOURS[zone.kind]}>
            <title>{zone.name[lng]}</title>
          </polygon>
        ))}
        {layout.buildings.map((b) => (
          <rect key={b.id} x={b.x} y={b.z} width={b.width} height={b.depth} fill="#8f9ba5" rx={1} />
        ))}
        {/* Booth slots, turned as they stand; their positions are readable for tests (data-x, data-z). */}
        {layout.boothSlots.map((s) => (
          <rect key={s.id} x={s.x - 2} y={s.z - 1.5} width={4} height={3} fill="#e07a5f" data-testid="minimap-slot" data-slot={s.id} data-x={s.x} data-z={s.z}
            transform={`rotate(${(-s.rotation * 180) / Math.PI} ${s.x} ${s.z})`} />
        ))}
        {layout.portals.map((p) => (
          <circle key={p.id} cx={p.x} cy={p.z} r={Math.max(p.radius, marker * 0.6)} fill="#39b8cc" />
        ))}
        <g ref={dot} style={{ display: "none" }}>
          <circle r={marker} fill="#f2b544" stroke="#0f3d3e" strokeWidth={marker * 0.35} />
          <path d={`M0 ${marker * 2.1} L${-marker * 0.7} ${marker * 0.9} L${marker * 0.7} ${marker * 0.9} Z`} fill="#0f3d3e" />
        </g>
      </svg>
      <p ref={readout} className="minimap__readout" data-testid="self-position" />
    </section>
  );
}

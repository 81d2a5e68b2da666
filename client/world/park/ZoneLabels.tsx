import { Html } from "@react-three/drei";
import { useMemo } from "react";
import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import type { Language } from "../../i18n/language.ts";
import { useLabelLayer } from "../labelLayer.ts";
import { polygonCentroid, roofHeightAt } from "./layoutGeometry.ts";

/**
 * Zone names as DOM labels: drei's <Text> would fetch a font from a CDN, and parks run on
 * intranets. DOM text also gets the browser's Chinese fonts for free.
 */
export function ZoneLabels({ layout, lng }: { layout: ParkLayout; lng: Language }) {
  const labelLayer = useLabelLayer();
  const spots = useMemo(
    () => layout.zones.map((zone) => {
      const [x, z] = polygonCentroid(zone.polygon);
      return { id: zone.id, kind: zone.kind, name: zone.name, x, z, y: roofHeightAt(layout, x, z) + 5 };
    }),
    [layout],
  );
  return (
    <>
      {spots.map((s) => (
        <Html portal={labelLayer} key={s.id} position={[s.x, s.y, s.z]} center zIndexRange={[80, 0]} pointerEvents="none">
          <div className={`world-label world-label--zone world-label--${s.kind}`}>{s.name[lng]}</div>
        </Html>
      ))}
    </>
  );
}

import { useLayoutEffect, useMemo } from "react";
import { DataTexture, NearestFilter, RGBAFormat, SRGBColorSpace } from "three";
import { useStore } from "zustand";
import { heatmapOverlayStore, overlayFor } from "../../state/heatmapOverlay.ts";
import { heatTexels } from "./heatTexels.ts";

/** Above the zones' paving (0.03) and below everything that stands on the ground. */
export const OVERLAY_HEIGHT = 0.07;

/** The overlay is never hit: a click through it lands on the ground and walks there, as without it. */
const noRaycast = () => {};

/**
 * The manager's heatmap as a translucent layer on the park's ground: one plane the size of the
 * cells' grid, one texel per cell, one draw call. The texture is rebuilt only when the figures
 * change (the store keeps the same object for an equal answer). Drawn after the ground without
 * writing depth, so avatars and buildings stay whole on top of it.
 */
export function HeatmapOverlay({ parkId }: { parkId: string }) {
  const shown = useStore(heatmapOverlayStore, (s) => overlayFor(s, parkId));
  const heatmap = shown?.heatmap ?? null;
  const layer = useMemo(() => {
    if (!heatmap) return null;
    const { columns, rows, data } = heatTexels(heatmap);
    const texture = new DataTexture(data, columns, rows, RGBAFormat);
    // Crisp cells: blending a cell into its transparent neighbours would darken its edge.
    texture.magFilter = NearestFilter;
    texture.minFilter = NearestFilter;
    texture.generateMipmaps = false;
    texture.colorSpace = SRGBColorSpace;
    // Row 0 of the data is z = 0; laid flat, the plane's v runs the other way (towards -z).
    texture.repeat.set(1, -1);
    texture.offset.set(0, 1);
    texture.needsUpdate = true;
    return { texture, width: columns * heatmap.cellSize, depth: rows * heatmap.cellSize };
  }, [heatmap]);
  useLayoutEffect(() => () => layer?.texture.dispose(), [layer]);

  if (!layer) return null;
  return (
    <mesh
      name="heatmap-overlay"
      rotation-x={-Math.PI / 2}
      position={[layer.width / 2, OVERLAY_HEIGHT, layer.depth / 2]}
      raycast={noRaycast}
      renderOrder={1}
    >
      <planeGeometry args={[layer.width, layer.depth]} />
      <meshBasicMaterial map={layer.texture} transparent depthWrite={false} toneMapped={false} polygonOffset polygonOffsetFactor={-2} />
    </mesh>
  );
}

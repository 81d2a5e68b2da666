import type { Heatmap } from "../../../shared/protocol/dashboard.ts";
import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import type { Language } from "../../i18n/language.ts";
import { LAWN, ZONE_COLOURS } from "../../world/park/palette.ts";
import { heatPalette, heatScale } from "./heatColour.ts";

/**
 * The park's floor plan on a 2D canvas, with dwell drawn over it: zones tinted by kind and named,
 * buildings as blocks, and heat as soft spots coloured by the heat scale. Metres map to pixels by
 * one scale; x runs east (right) and z south (down), as on the minimap.
 */

/** The pixels per metre that fit a park of `width` metres into `cssWidth` pixels, and the height that follows. */
export function planFit(park: { width: number; depth: number }, cssWidth: number): { scale: number; height: number } {
  const scale = Math.max(0.1, cssWidth) / park.width;
  return { scale, height: Math.round(park.depth * scale) };
}

/** The heat cell under a point of the plan (in CSS pixels), or null outside the park. */
export function cellAt(px: number, py: number, scale: number, cellSize: number, park: { width: number; depth: number }): { cx: number; cz: number } | null {
  const x = px / scale;
  const z = py / scale;
  if (x < 0 || z < 0 || x >= park.width || z >= park.depth) return null;
  return { cx: Math.floor(x / cellSize), cz: Math.floor(z / cellSize) };
}

/** Where to write a zone's name: the mean of its corners (inside the convex and nearly convex shapes zones have). */
export function labelPoint(polygon: ReadonlyArray<readonly [number, number]>): [number, number] {
  let sx = 0;
  let sz = 0;
  for (const [x, z] of polygon) { sx += x; sz += z; }
  return [sx / polygon.length, sz / polygon.length];
}

export function drawPlan(ctx: CanvasRenderingContext2D, layout: ParkLayout, scale: number): void {
  const { width, depth } = layout.size;
  ctx.save();
  ctx.scale(scale, scale);
  ctx.fillStyle = LAWN;
  ctx.fillRect(0, 0, width, depth);
  for (const zone of layout.zones) {
    ctx.beginPath();
    zone.polygon.forEach(([x, z], i) => (i === 0 ? ctx.moveTo(x, z) : ctx.lineTo(x, z)));
    ctx.closePath();
    ctx.fillStyle = ZONE_COLOURS[zone.kind];
    ctx.fill();
    ctx.lineWidth = 1 / scale;
    ctx.strokeStyle = "rgba(15, 61, 62, 0.25)";
    ctx.stroke();
  }
  for (const b of layout.buildings) {
    ctx.fillStyle = "#aeb8bf";
    ctx.fillRect(b.x, b.z, b.width, b.depth);
    ctx.lineWidth = 1.5 / scale;
    ctx.strokeStyle = "#8f9ba5";
    ctx.strokeRect(b.x, b.z, b.width, b.depth);
  }
  // Booth stands as on the minimap: 4 × 3 m, turned as they stand.
  ctx.fillStyle = "rgba(224, 122, 95, 0.75)";
  for (const slot of layout.boothSlots) {
    ctx.save();
    ctx.translate(slot.x, slot.z);
    ctx.rotate(-slot.rotation);
    ctx.fillRect(-2, -1.5, 4, 3);
    ctx.restore();
  }
  ctx.restore();
}

export function drawZoneNames(ctx: CanvasRenderingContext2D, layout: ParkLayout, scale: number, lng: Language, font: string): void {
  ctx.save();
  ctx.font = `600 12px ${font}`;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.lineJoin = "round";
  for (const zone of layout.zones) {
    const [x, z] = labelPoint(zone.polygon);
    const name = zone.name[lng];
    ctx.lineWidth = 3.5;
    ctx.strokeStyle = "rgba(255, 255, 255, 0.85)";
    ctx.strokeText(name, x * scale, z * scale);
    ctx.fillStyle = "#0b2d2e";
    ctx.fillText(name, x * scale, z * scale);
  }
  ctx.restore();
}

let palette: Uint8ClampedArray | null = null;

/**
 * Heat as soft spots: each cell lays a blurred disc as strong as its dwell (heatScale) into an
 * alpha-only layer, overlapping spots add up, and the layer is then coloured pixel by pixel with
 * the heat palette, so neighbouring cells melt into one area instead of a grid of squares.
 */
export function drawHeat(ctx: CanvasRenderingContext2D, heatmap: Heatmap, scale: number, maxDwellSeconds: number, pixelRatio: number): void {
  const w = ctx.canvas.width;
  const h = ctx.canvas.height;
  if (w === 0 || h === 0 || heatmap.cells.length === 0) return;
  const px = scale * pixelRatio;
  const radius = Math.max(heatmap.cellSize * px * 1.4, 7 * pixelRatio);
  const blob = document.createElement("canvas");
  blob.width = blob.height = Math.ceil(radius * 2);
  const b = blob.getContext("2d")!;
  const g = b.createRadialGradient(radius, radius, 0, radius, radius, radius);
  g.addColorStop(0, "rgba(0, 0, 0, 1)");
  g.addColorStop(0.45, "rgba(0, 0, 0, 0.75)");
  g.addColorStop(1, "rgba(0, 0, 0, 0)");
  b.fillStyle = g;
  b.fillRect(0, 0, blob.width, blob.height);

  const layer = document.createElement("canvas");
  layer.width = w;
  layer.height = h;
  const l = layer.getContext("2d", { willReadFrequently: true })!;
  // Weakest first, so the strongest spots are laid last and keep their peak.
  const cells = [...heatmap.cells].sort((a, c) => a.dwellSeconds - c.dwellSeconds);
  for (const cell of cells) {
    const strength = heatScale(cell.dwellSeconds, maxDwellSeconds);
    if (strength <= 0) continue;
    l.globalAlpha = Math.max(0.08, strength);
    const cx = (cell.cx + 0.5) * heatmap.cellSize * px;
    const cz = (cell.cz + 0.5) * heatmap.cellSize * px;
    l.drawImage(blob, cx - radius, cz - radius);
  }
  const image = l.getImageData(0, 0, w, h);
  const data = image.data;
  palette ??= heatPalette();
  for (let i = 0; i < data.length; i += 4) {
    const a = data[i + 3]!;
    if (a === 0) continue;
    data[i] = palette[a * 4]!;
    data[i + 1] = palette[a * 4 + 1]!;
    data[i + 2] = palette[a * 4 + 2]!;
    data[i + 3] = palette[a * 4 + 3]!;
  }
  l.putImageData(image, 0, 0);
  ctx.drawImage(layer, 0, 0);
}

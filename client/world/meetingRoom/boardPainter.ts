import { BOARD_UNITS, type Stroke } from "../../../shared/protocol/meetingMessages.ts";

/** The whiteboard's shape: 16:9, like the screen it is shown on. */
export const BOARD_ASPECT = 16 / 9;
/** Stroke widths are given for a board this many pixels wide, and scaled to any other. */
const WIDTH_BASIS = 1600;
export const BOARD_PAPER = "#fbfbf8";

/** Draws one stroke (a single point is a dot) onto a board `w` × `h` pixels. */
export function paintStroke(ctx: CanvasRenderingContext2D, stroke: Pick<Stroke, "colour" | "width" | "points">, w: number, h: number): void {
  const { points } = stroke;
  if (points.length < 2) return;
  const sx = w / BOARD_UNITS;
  const sy = h / BOARD_UNITS;
  const lineWidth = Math.max(1, (stroke.width * w) / WIDTH_BASIS);
  ctx.strokeStyle = stroke.colour;
  ctx.fillStyle = stroke.colour;
  ctx.lineWidth = lineWidth;
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  if (points.length === 2) {
    ctx.beginPath();
    ctx.arc(points[0]! * sx, points[1]! * sy, lineWidth / 2, 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  ctx.beginPath();
  ctx.moveTo(points[0]! * sx, points[1]! * sy);
  for (let i = 2; i + 1 < points.length; i += 2) ctx.lineTo(points[i]! * sx, points[i + 1]! * sy);
  ctx.stroke();
}

/** Paints the whole board: paper, then every stroke in the order it was drawn. */
export function paintBoard(ctx: CanvasRenderingContext2D, strokes: readonly Stroke[], w: number, h: number): void {
  ctx.fillStyle = BOARD_PAPER;
  ctx.fillRect(0, 0, w, h);
  for (const s of strokes) paintStroke(ctx, s, w, h);
}

/** What the park's painted boards (the task board, the launch hall's sign) share: their font, the
 * fitting of text, and the head: a light face under a coloured bar with the title. */

export const BOARD_FONT = '"Noto Sans SC", "Inter", "Segoe UI", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

/** `text`, cut with an ellipsis to fit `max` pixels in the context's current font. */
export function fitText(g: CanvasRenderingContext2D, text: string, max: number): string {
  if (g.measureText(text).width <= max) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (g.measureText(`${chars.slice(0, mid).join("")}…`).width <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join("")}…`;
}

/** Clears the face and paints its bar (`bar` pixels high, in `colour`) with the title centred on it. */
export function paintBoardHead(
  g: CanvasRenderingContext2D, size: { width: number; height: number }, head: { title: string; colour: string; bar: number; fontPx: number },
): void {
  const { width: w, height: h } = size;
  g.fillStyle = "#eef2f1";
  g.fillRect(0, 0, w, h);
  g.fillStyle = head.colour;
  g.fillRect(0, 0, w, head.bar);
  g.fillStyle = "#ffffff";
  g.textBaseline = "middle";
  g.textAlign = "center";
  g.font = `700 ${head.fontPx}px ${BOARD_FONT}`;
  g.fillText(fitText(g, head.title, w - 80), w / 2, head.bar / 2 + 2);
}

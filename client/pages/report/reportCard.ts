/**
 * The shareable card of a yearly report: a 1080×1350 picture (a 4:5 portrait, what social feeds
 * show whole) in the park's colours (client/styles.css) with the name, the year, a few headline
 * figures and the keywords. The layout is a pure function from the card's texts and a way to
 * measure text to a list of things to draw, so the fitting can be tested without a canvas;
 * paintCard draws that list on a Canvas 2D context.
 */

export const CARD_WIDTH = 1080;
export const CARD_HEIGHT = 1350;
const MARGIN = 80;
const INNER = CARD_WIDTH - 2 * MARGIN;

/** The park's brand colours, as in client/styles.css (:root). */
export const CARD_COLOURS = {
  teal950: "#0b2d2e",
  teal900: "#0f3d3e",
  teal700: "#1d6a66",
  teal100: "#dcebe7",
  gold: "#f2b544",
  paper: "#f5f3ee",
} as const;

/** The font the card is drawn in: Noto Sans SC ships with the client, so Chinese never falls back to boxes. */
export const CARD_FONT = '"Noto Sans SC", "Inter", "Segoe UI", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

export interface CardFigure { value: string; label: string }

export interface CardContent {
  /** The small line at the top ("Enclave · Year in the park"). */
  eyebrow: string;
  year: number;
  /** Whose year: a person's, a company's or a park's name. */
  name: string;
  /** One line under the name. */
  tagline: string;
  /** Four to six; more are left off. */
  figures: readonly CardFigure[];
  keywords: readonly string[];
  footer: string;
}

export type CardOp =
  | { kind: "gradient"; x: number; y: number; w: number; h: number; from: string; to: string }
  | { kind: "circle"; x: number; y: number; r: number; fill: string }
  | { kind: "rect"; x: number; y: number; w: number; h: number; radius: number; fill: string }
  | { kind: "text"; text: string; x: number; y: number; px: number; weight: number; fill: string; align: "left" | "center" | "right" };

/** Width in pixels of `text` drawn at `px` in `weight` of CARD_FONT. */
export type Measure = (text: string, px: number, weight: number) => number;

export const MAX_FIGURES = 6;

/**
 * The largest size from `px` down to `minPx` (in steps of 2) at which `text` fits `max` pixels;
 * at `minPx` a text still too wide is cut with an ellipsis.
 */
export function fitText(measure: Measure, text: string, max: number, px: number, minPx: number, weight: number): { text: string; px: number } {
  let size = px;
  while (size > minPx && measure(text, size, weight) > max) size = Math.max(minPx, size - 2);
  if (measure(text, size, weight) <= max) return { text, px: size };
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join("")}…`, size, weight) <= max) lo = mid;
    else hi = mid - 1;
  }
  return { text: `${chars.slice(0, lo).join("")}…`, px: size };
}

export interface ChipBox { text: string; x: number; y: number; w: number; h: number }

/**
 * Keyword chips left to right, wrapping onto a new row when the next does not fit; rows past
 * `maxRows` are left off rather than drawn over the footer.
 */
export function layoutChips(
  measure: Measure, words: readonly string[], area: { x: number; y: number; w: number }, chip: { px: number; padX: number; h: number; gap: number; maxRows: number },
): ChipBox[] {
  const boxes: ChipBox[] = [];
  let x = area.x;
  let row = 0;
  for (const word of words) {
    const fitted = fitText(measure, word, area.w - 2 * chip.padX, chip.px, chip.px, 700);
    const w = measure(fitted.text, chip.px, 700) + 2 * chip.padX;
    if (x > area.x && x + w > area.x + area.w) {
      row += 1;
      x = area.x;
    }
    if (row >= chip.maxRows) break;
    boxes.push({ text: fitted.text, x, y: area.y + row * (chip.h + chip.gap), w, h: chip.h });
    x += w + chip.gap;
  }
  return boxes;
}

/** Where the figures go: two columns, as many rows as needed (at most three). */
export function figureBoxes(count: number, area: { x: number; y: number; w: number }, tile: { h: number; gap: number }) {
  const n = Math.min(count, MAX_FIGURES);
  const w = (area.w - tile.gap) / 2;
  return Array.from({ length: n }, (_, i) => ({ x: area.x + (i % 2) * (w + tile.gap), y: area.y + Math.floor(i / 2) * (tile.h + tile.gap), w, h: tile.h }));
}

export function layoutCard(content: CardContent, measure: Measure): CardOp[] {
  const C = CARD_COLOURS;
  const ops: CardOp[] = [
    { kind: "gradient", x: 0, y: 0, w: CARD_WIDTH, h: CARD_HEIGHT, from: C.teal950, to: C.teal700 },
    // A gold sun rising in a pale halo behind the year: the landing page's warmth, not a picture to read.
    { kind: "circle", x: CARD_WIDTH - 110, y: 170, r: 300, fill: "rgba(220, 235, 231, 0.06)" },
    { kind: "circle", x: CARD_WIDTH - 110, y: 170, r: 190, fill: "rgba(220, 235, 231, 0.07)" },
    { kind: "circle", x: CARD_WIDTH - 110, y: 170, r: 92, fill: C.gold },
    { kind: "circle", x: 60, y: CARD_HEIGHT - 40, r: 220, fill: "rgba(220, 235, 231, 0.05)" },
  ];
  const text = (t: string, x: number, y: number, px: number, weight: number, fill: string, max: number, minPx: number, align: "left" | "center" | "right" = "left") => {
    const fitted = fitText(measure, t, max, px, minPx, weight);
    ops.push({ kind: "text", text: fitted.text, x, y, px: fitted.px, weight, fill, align });
  };

  text(content.eyebrow, MARGIN, 120, 34, 700, C.gold, INNER, 24);
  text(String(content.year), MARGIN, 300, 190, 800, C.gold, INNER, 120);
  text(content.name, MARGIN, 400, 72, 700, "#ffffff", INNER, 40);
  text(content.tagline, MARGIN, 462, 36, 400, C.teal100, INNER, 26);

  const tiles = figureBoxes(content.figures.length, { x: MARGIN, y: 520, w: INNER }, { h: 140, gap: 20 });
  for (const [i, box] of tiles.entries()) {
    const figure = content.figures[i]!;
    ops.push({ kind: "rect", x: box.x, y: box.y, w: box.w, h: box.h, radius: 24, fill: "rgba(255, 255, 255, 0.09)" });
    text(figure.value, box.x + 32, box.y + 74, 66, 800, "#ffffff", box.w - 64, 36);
    text(figure.label, box.x + 32, box.y + 116, 28, 400, C.teal100, box.w - 64, 20);
  }

  const below = tiles.length > 0 ? Math.max(...tiles.map((b) => b.y + b.h)) : 520;
  const chips = layoutChips(measure, content.keywords, { x: MARGIN, y: below + 40, w: INNER }, { px: 34, padX: 28, h: 68, gap: 16, maxRows: 2 });
  for (const c of chips) {
    ops.push({ kind: "rect", x: c.x, y: c.y, w: c.w, h: c.h, radius: c.h / 2, fill: C.gold });
    ops.push({ kind: "text", text: c.text, x: c.x + c.w / 2, y: c.y + c.h / 2 + 12, px: 34, weight: 700, fill: C.teal950, align: "center" });
  }

  ops.push({ kind: "rect", x: MARGIN, y: CARD_HEIGHT - 130, w: INNER, h: 2, radius: 0, fill: "rgba(220, 235, 231, 0.25)" });
  text(content.footer, MARGIN, CARD_HEIGHT - 70, 30, 600, C.teal100, INNER, 20);
  return ops;
}

/** Draws the ops on a context the card's size. Text is placed on its alphabetic baseline. */
export function paintCard(g: CanvasRenderingContext2D, ops: readonly CardOp[]): void {
  g.clearRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  g.textBaseline = "alphabetic";
  for (const op of ops) {
    switch (op.kind) {
      case "gradient": {
        const grad = g.createLinearGradient(op.x, op.y, op.x + op.w * 0.35, op.y + op.h);
        grad.addColorStop(0, op.from);
        grad.addColorStop(1, op.to);
        g.fillStyle = grad;
        g.fillRect(op.x, op.y, op.w, op.h);
        break;
      }
      case "circle":
        g.fillStyle = op.fill;
        g.beginPath();
        g.arc(op.x, op.y, op.r, 0, Math.PI * 2);
        g.fill();
        break;
      case "rect":
        g.fillStyle = op.fill;
        g.beginPath();
        g.roundRect(op.x, op.y, op.w, op.h, op.radius);
        g.fill();
        break;
      case "text":
        g.fillStyle = op.fill;
        g.textAlign = op.align;
        g.font = `${op.weight} ${op.px}px ${CARD_FONT}`;
        g.fillText(op.text, op.x, op.y);
        break;
    }
  }
}

/** A Measure backed by a real context (the page's). */
export const canvasMeasure = (g: CanvasRenderingContext2D): Measure => (text, px, weight) => {
  g.font = `${weight} ${px}px ${CARD_FONT}`;
  return g.measureText(text).width;
};

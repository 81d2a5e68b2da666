import { CanvasTexture, SRGBColorSpace } from "three";
import { imageUrl } from "../../../shared/protocol/companies.ts";

/**
 * Paints booth signs and logos into atlas canvases: a name on its company's colour with the
 * verified seal, or a quiet "available" board; a logo fitted on white, or the company's initial
 * on its colour while the picture loads or when it cannot be loaded. No canvas (tests in node):
 * the textures stay blank and nothing else changes.
 */

export const SIGN_CELL = { width: 512, height: 72 };
export const LOGO_CELL = 256;

const FONT = `"Noto Sans SC", "Inter", "Segoe UI", system-ui, sans-serif`;

export interface SignContent {
  name: string;
  colour: string;
  verified: boolean;
  /** An empty slot's board. */
  available: boolean;
}

export interface LogoContent {
  name: string;
  colour: string;
  logoImageId: string;
}

export interface Atlas {
  texture: CanvasTexture;
  ctx: CanvasRenderingContext2D | null;
  cols: number;
  rows: number;
}

export function createAtlas(cellWidth: number, cellHeight: number, cols: number, rows: number): Atlas {
  const canvas = typeof document === "undefined" ? null : document.createElement("canvas");
  if (canvas) {
    canvas.width = cellWidth * cols;
    canvas.height = cellHeight * rows;
  }
  const ctx = canvas?.getContext("2d") ?? null;
  const texture = new CanvasTexture(canvas ?? undefined);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  return { texture, ctx, cols, rows };
}

/** Light colours get dark ink, dark ones white: a sign must read in any company colour. */
function inkOn(colour: string): string {
  const n = Number.parseInt(colour.slice(1), 16);
  const r = (n >> 16) & 255;
  const g = (n >> 8) & 255;
  const b = n & 255;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 160 ? "#14292c" : "#ffffff";
}

function fitFont(ctx: CanvasRenderingContext2D, text: string, weight: number, start: number, maxWidth: number): number {
  let size = start;
  for (; size > 14; size -= 2) {
    ctx.font = `${weight} ${size}px ${FONT}`;
    if (ctx.measureText(text).width <= maxWidth) break;
  }
  return size;
}

function seal(ctx: CanvasRenderingContext2D, cx: number, cy: number, r: number): void {
  ctx.save();
  ctx.fillStyle = "#f2b544";
  ctx.beginPath();
  for (let i = 0; i < 24; i++) {
    const a = (i / 24) * Math.PI * 2;
    const rr = i % 2 === 0 ? r : r * 0.84;
    ctx.lineTo(cx + Math.cos(a) * rr, cy + Math.sin(a) * rr);
  }
  ctx.closePath();
  ctx.fill();
  ctx.strokeStyle = "#0f3d3e";
  ctx.lineWidth = r * 0.22;
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  ctx.beginPath();
  ctx.moveTo(cx - r * 0.42, cy + r * 0.02);
  ctx.lineTo(cx - r * 0.1, cy + r * 0.34);
  ctx.lineTo(cx + r * 0.46, cy - r * 0.3);
  ctx.stroke();
  ctx.restore();
}

export function paintSign(atlas: Atlas, index: number, sign: SignContent): void {
  const { ctx, cols } = atlas;
  if (!ctx) return;
  const { width: w, height: h } = SIGN_CELL;
  const x = (index % cols) * w;
  const y = Math.floor(index / cols) * h;
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.textBaseline = "middle";
  ctx.textAlign = "center";
  if (sign.available) {
    ctx.fillStyle = "#f4f2ee";
    ctx.fillRect(x, y, w, h);
    ctx.strokeStyle = "#c9c3b6";
    ctx.setLineDash([10, 8]);
    ctx.lineWidth = 3;
    ctx.strokeRect(x + 6, y + 6, w - 12, h - 12);
    ctx.setLineDash([]);
    fitFont(ctx, sign.name, 600, 30, w - 60);
    ctx.fillStyle = "#7c8c8e";
    ctx.fillText(sign.name, x + w / 2, y + h / 2 + 1);
  } else {
    ctx.fillStyle = sign.colour;
    ctx.fillRect(x, y, w, h);
    // A lighter band at the top, as on a lit fascia.
    ctx.fillStyle = "rgba(255,255,255,0.14)";
    ctx.fillRect(x, y, w, h * 0.18);
    const sealR = sign.verified ? h * 0.32 : 0;
    const room = w - 36 - (sign.verified ? sealR * 2 + 12 : 0);
    const size = fitFont(ctx, sign.name, 700, 42, room);
    ctx.font = `700 ${size}px ${FONT}`;
    const textWidth = Math.min(room, ctx.measureText(sign.name).width);
    const total = textWidth + (sign.verified ? sealR * 2 + 12 : 0);
    const left = x + (w - total) / 2;
    if (sign.verified) seal(ctx, left + sealR, y + h / 2, sealR);
    ctx.fillStyle = inkOn(sign.colour);
    ctx.textAlign = "left";
    ctx.fillText(sign.name, left + (sign.verified ? sealR * 2 + 12 : 0), y + h / 2 + 2, room);
  }
  ctx.restore();
  atlas.texture.needsUpdate = true;
}

/** The initial on the company's colour: a logo until the picture arrives, and for good if it cannot. */
function paintInitial(ctx: CanvasRenderingContext2D, x: number, y: number, logo: LogoContent): void {
  const s = LOGO_CELL;
  ctx.fillStyle = logo.colour;
  ctx.fillRect(x, y, s, s);
  ctx.fillStyle = inkOn(logo.colour);
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.font = `700 ${s * 0.5}px ${FONT}`;
  ctx.fillText(Array.from(logo.name.trim())[0]?.toUpperCase() ?? "?", x + s / 2, y + s / 2 + s * 0.03);
}

export function paintLogo(atlas: Atlas, index: number, logo: LogoContent, image: HTMLImageElement | null): void {
  const { ctx, cols } = atlas;
  if (!ctx) return;
  const s = LOGO_CELL;
  const x = (index % cols) * s;
  const y = Math.floor(index / cols) * s;
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, s, s);
  ctx.clip();
  if (image && image.naturalWidth > 0) {
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(x, y, s, s);
    const pad = s * 0.08;
    const scale = Math.min((s - 2 * pad) / image.naturalWidth, (s - 2 * pad) / image.naturalHeight);
    const dw = image.naturalWidth * scale;
    const dh = image.naturalHeight * scale;
    ctx.drawImage(image, x + (s - dw) / 2, y + (s - dh) / 2, dw, dh);
  } else paintInitial(ctx, x, y, logo);
  ctx.restore();
  atlas.texture.needsUpdate = true;
}

/** Logo pictures by image id, loaded once per page view; a failed one is remembered as failed. */
const images = new Map<string, Promise<HTMLImageElement | null>>();

export function loadLogo(imageId: string): Promise<HTMLImageElement | null> {
  let p = images.get(imageId);
  if (!p) {
    p = typeof Image === "undefined"
      ? Promise.resolve(null)
      : new Promise((resolve) => {
        const img = new Image();
        img.decoding = "async";
        img.onload = () => resolve(img);
        img.onerror = () => resolve(null);
        img.src = imageUrl(imageId);
      });
    images.set(imageId, p);
  }
  return p;
}

/** Chinese glyphs arrive in font subsets as text needs them: wait for those a sign uses, then paint again. */
export function fontsFor(texts: readonly string[]): Promise<unknown> {
  if (typeof document === "undefined" || !document.fonts) return Promise.resolve();
  const text = texts.join("");
  return Promise.all([document.fonts.load(`700 40px ${FONT}`, text), document.fonts.load(`600 30px ${FONT}`, text)]).catch(() => undefined);
}

/** Words drawn into a canvas for the big screen, in the page's own fonts (served by us, Chinese subsets included). */
const FAMILY = `"Inter", "Noto Sans SC", system-ui, "PingFang SC", "Microsoft YaHei", sans-serif`;
export const CARD_FONTS = { kicker: `600 34px ${FAMILY}`, title: `700 72px ${FAMILY}`, body: `400 38px ${FAMILY}` };

/**
 * Fonts load as text needs them (Chinese comes in subsets), and a canvas does not ask for them:
 * resolves once the card's glyphs are loaded, so the card can be painted again with them.
 */
export async function loadCardFonts(card: { kicker: string; title: string; body: string }): Promise<void> {
  if (typeof document === "undefined" || !document.fonts) return;
  await Promise.all([
    document.fonts.load(CARD_FONTS.kicker, card.kicker || "A"),
    document.fonts.load(CARD_FONTS.title, card.title || "A"),
    document.fonts.load(CARD_FONTS.body, card.body || "A"),
  ]).catch(() => undefined);
}

export interface ScreenCard { kicker: string; title: string; body: string; accent: string }

/** Breaks `text` into lines no wider than `width`, at spaces where there are any (Chinese breaks anywhere). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  const units = /\s/.test(text) ? text.split(/(\s+)/) : Array.from(text);
  for (const unit of units) {
    const next = line + unit;
    if (ctx.measureText(next).width > width && line.trim() !== "") {
      lines.push(line.trim());
      line = unit.trimStart();
      if (lines.length === maxLines) break;
    } else {
      line = next;
    }
  }
  if (lines.length < maxLines && line.trim() !== "") lines.push(line.trim());
  if (lines.length === maxLines && units.join("").length > lines.join(" ").length + 1) lines[maxLines - 1] = `${lines[maxLines - 1]!.slice(0, -1)}…`;
  return lines;
}

/** Paints a kicker, a title and a body on a dark, softly lit card, filling the canvas. */
export function paintCard(ctx: CanvasRenderingContext2D, card: ScreenCard, w: number, h: number, left = 0.08): void {
  const grad = ctx.createLinearGradient(0, 0, w, h);
  grad.addColorStop(0, "#111a2b");
  grad.addColorStop(1, "#1d2a44");
  ctx.fillStyle = grad;
  ctx.fillRect(0, 0, w, h);
  const x = w * left;
  const width = w * (1 - left - 0.08);
  ctx.fillStyle = card.accent;
  ctx.fillRect(x, h * 0.16, 90, 8);
  ctx.textBaseline = "top";
  ctx.font = CARD_FONTS.kicker;
  ctx.fillStyle = card.accent;
  ctx.fillText(card.kicker, x, h * 0.2);
  ctx.font = CARD_FONTS.title;
  ctx.fillStyle = "#f4f7fb";
  const titleLines = wrap(ctx, card.title, width, 2);
  titleLines.forEach((l, i) => ctx.fillText(l, x, h * 0.29 + i * 84));
  ctx.font = CARD_FONTS.body;
  ctx.fillStyle = "#c2cde0";
  const top = h * 0.29 + titleLines.length * 84 + 30;
  wrap(ctx, card.body, width, Math.max(1, Math.floor((h * 0.92 - top) / 50))).forEach((l, i) => ctx.fillText(l, x, top + i * 50));
}

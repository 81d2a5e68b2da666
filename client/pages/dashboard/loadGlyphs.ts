/**
 * Chinese glyphs come in font subsets that the browser fetches when a page's text needs them, but
 * text drawn on a canvas (charts, the floor plan) never asks: it is drawn at once with whatever is
 * loaded, leaving empty boxes. This asks for the subsets that `text` needs, in both weights the
 * charts use, and resolves when they are in (or could not be had), so the canvas can draw again.
 */
export async function loadGlyphs(text: string): Promise<boolean> {
  if (typeof document === "undefined" || !document.fonts) return false;
  const wide = [...new Set(text.replace(/[\u0000-\u02ff]/g, ""))].join("");
  if (!wide) return false;
  try {
    const faces = await Promise.all(["400", "700"].map((w) => document.fonts.load(`${w} 16px "Noto Sans SC"`, wide)));
    return faces.some((f) => f.length > 0);
  } catch {
    return false;
  }
}

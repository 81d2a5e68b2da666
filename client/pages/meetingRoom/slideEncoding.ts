/** Slides are drawn this wide: sharp on a large screen, small enough to upload quickly. */
export const SLIDE_WIDTH_PX = 1600;
/** A portrait page (an A4 handout) is held to this height instead. */
const SLIDE_HEIGHT_MAX_PX = 1600;

/** The render scale that makes a PDF page (its size at scale 1, in CSS pixels) about SLIDE_WIDTH_PX wide, never taller than allowed. */
export function slideScale(width: number, height: number): number {
  if (!(width > 0) || !(height > 0)) return 1;
  return Math.min(SLIDE_WIDTH_PX / width, SLIDE_HEIGHT_MAX_PX / height);
}

/**
 * The JPEG encodings to try, best first, until one fits the upload limit: lower quality first,
 * then a smaller picture. A page of dense photographs may need the last ones; a text slide never does.
 */
export const ENCODE_ATTEMPTS: ReadonlyArray<{ quality: number; shrink: number }> = [
  { quality: 0.88, shrink: 1 },
  { quality: 0.75, shrink: 1 },
  { quality: 0.6, shrink: 1 },
  { quality: 0.6, shrink: 0.75 },
  { quality: 0.5, shrink: 0.5 },
];

/** Whether a chosen file is a PDF (by type, or by name when the browser gives no type). */
export const isPdf = (file: { type: string; name: string }): boolean =>
  file.type === "application/pdf" || (file.type === "" && /\.pdf$/i.test(file.name));

/** A deck's title from a file name: without its extension, trimmed to what the server takes. */
export function deckTitle(fileName: string, fallback: string): string {
  const base = fileName.replace(/\.[A-Za-z0-9]{1,5}$/, "").replace(/[\u0000-\u001f\u007f]/g, " ").trim();
  return (base || fallback).slice(0, 80);
}

export type SlideFiles<F> =
  | { kind: "pdf"; file: F }
  | { kind: "images"; files: F[] }
  | { kind: "problem"; problem: "one-pdf" | "bad-file" | "too-big" | "none"; name?: string };

/**
 * What a host picked, sorted out before anything is drawn or sent: one PDF, or pictures (in the
 * order of their names, so "slide-2" comes before "slide-10"), or why not.
 */
export function sortSlideFiles<F extends { type: string; name: string; size: number }>(
  files: readonly F[], imageTypes: readonly string[], maxBytes: number,
): SlideFiles<F> {
  if (files.length === 0) return { kind: "problem", problem: "none" };
  const pdfs = files.filter(isPdf);
  if (pdfs.length > 0) return files.length === 1 ? { kind: "pdf", file: pdfs[0]! } : { kind: "problem", problem: "one-pdf" };
  for (const f of files) {
    if (!imageTypes.includes(f.type) || f.size === 0) return { kind: "problem", problem: "bad-file", name: f.name };
    if (f.size > maxBytes) return { kind: "problem", problem: "too-big", name: f.name };
  }
  const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
  return { kind: "images", files: [...files].sort((a, b) => byName.compare(a.name, b.name)) };
}

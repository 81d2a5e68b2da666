import type { UploadedImage } from "../../shared/protocol/companies.ts";

export type ImageType = UploadedImage["contentType"];
export interface ImageInfo { contentType: ImageType; width: number; height: number }

/** What a file turned out to be: an image we serve, or the reason it is not one, in words for the uploader. */
export type ImageSniff = { ok: true; info: ImageInfo } | { ok: false; reason: string };

const ascii = (b: Buffer, start: number, end: number): string => b.subarray(start, end).toString("latin1");
const startsWith = (b: Buffer, bytes: readonly number[]): boolean => b.length >= bytes.length && bytes.every((x, i) => b[i] === x);

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

function png(b: Buffer): ImageInfo | null {
  // The first chunk of every PNG is IHDR: width and height, big-endian.
  if (b.length < 24 || ascii(b, 12, 16) !== "IHDR") return null;
  return { contentType: "image/png", width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function gif(b: Buffer): ImageInfo | null {
  if (b.length < 10) return null;
  return { contentType: "image/gif", width: b.readUInt16LE(6), height: b.readUInt16LE(8) };
}

function webp(b: Buffer): ImageInfo | null {
  if (b.length < 30) return null;
  const chunk = ascii(b, 12, 16);
  if (chunk === "VP8 ") {
    // Lossy: a key frame's start code, then 14-bit width and height.
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return null;
    return { contentType: "image/webp", width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
  }
  if (chunk === "VP8L") {
    // Lossless: a signature byte, then width-1 and height-1 in 14 bits each.
    if (b[20] !== 0x2f) return null;
    const bits = b.readUInt32LE(21);
    return { contentType: "image/webp", width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === "VP8X") {
    // Extended: the canvas size, width-1 and height-1 in 24 bits each.
    return { contentType: "image/webp", width: b.readUIntLE(24, 3) + 1, height: b.readUIntLE(27, 3) + 1 };
  }
  return null;
}

/** Start-of-frame markers carry the size; C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding) share the range but do not. */
const isStartOfFrame = (m: number): boolean => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

function jpeg(b: Buffer): ImageInfo | null {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) { i += 1; continue; } // fill byte
    // Markers without a length: TEM and the restart markers.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { i += 2; continue; }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or start of scan before any frame
    const length = b.readUInt16BE(i + 2);
    if (length < 2) return null;
    if (isStartOfFrame(marker)) {
      if (i + 9 > b.length) return null;
      return { contentType: "image/jpeg", height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    }
    i += 2 + length;
  }
  return null;
}

/** Files that are refused by name, because they are the ones people try to pass off as pictures. */
function lookalike(b: Buffer): string | null {
  const head = b.subarray(0, 512).toString("utf8").replace(/^\uFEFF/, "").trimStart().toLowerCase();
  if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg"))) {
    return "an SVG drawing is not accepted: it can carry scripts. Upload a PNG, JPEG, WebP or GIF picture";
  }
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<")) {
    return "this is an HTML or XML document, not a picture. Upload a PNG, JPEG, WebP or GIF picture";
  }
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46])) return "this is a PDF document, not a picture. Upload a PNG, JPEG, WebP or GIF picture";
  return null;
}

/**
 * What a file is, from its first bytes: never from the name or the type its sender claims. Reads
 * the width and height from the header without decoding the picture.
 */
export function imageInfo(b: Buffer): ImageSniff {
  let info: ImageInfo | null = null;
  let kind: string | null = null;
  if (startsWith(b, PNG_SIGNATURE)) { kind = "PNG"; info = png(b); }
  else if (startsWith(b, [0xff, 0xd8, 0xff])) { kind = "JPEG"; info = jpeg(b); }
  else if (b.length >= 6 && (ascii(b, 0, 6) === "GIF87a" || ascii(b, 0, 6) === "GIF89a")) { kind = "GIF"; info = gif(b); }
  else if (b.length >= 12 && ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP") { kind = "WebP"; info = webp(b); }

  if (!kind) return { ok: false, reason: lookalike(b) ?? "the file is not a PNG, JPEG, WebP or GIF picture" };
  if (!info || info.width === 0 || info.height === 0) return { ok: false, reason: `the file starts like a ${kind} picture but its header is damaged` };
  return { ok: true, info };
}

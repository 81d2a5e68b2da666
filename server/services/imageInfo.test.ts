import { describe, expect, it } from "vitest";
import { gifBytes, htmlBytes, jpegBytes, pngBytes, svgBytes, webpBytes } from "../testing/fixtures/testImages.ts";
import { imageInfo } from "./imageInfo.ts";

const riff = (chunk: string, payload: readonly number[]): Buffer => {
  const b = Buffer.alloc(40);
  b.write("RIFF", 0, "latin1");
  b.writeUInt32LE(32, 4);
  b.write("WEBP", 8, "latin1");
  b.write(chunk, 12, "latin1");
  Buffer.from(payload).copy(b, 20);
  return b;
};

describe("imageInfo", () => {
  it("reads a PNG's type and size from its header", () => {
    expect(imageInfo(pngBytes(7, 4))).toEqual({ ok: true, info: { contentType: "image/png", width: 7, height: 4 } });
  });

  it("reads a JPEG's size from its start-of-frame segment, past the segments before it", () => {
    expect(imageInfo(jpegBytes())).toEqual({ ok: true, info: { contentType: "image/jpeg", width: 5, height: 3 } });
  });

  it("reads GIF and the three kinds of WebP", () => {
    expect(imageInfo(gifBytes())).toEqual({ ok: true, info: { contentType: "image/gif", width: 1, height: 1 } });
    expect(imageInfo(webpBytes())).toEqual({ ok: true, info: { contentType: "image/webp", width: 5, height: 3 } });
    // Lossy: start code 9d 01 2a, then 640 × 400.
    const lossy = riff("VP8 ", [0, 0, 0, 0x9d, 0x01, 0x2a, 640 & 0xff, 640 >> 8, 400 & 0xff, 400 >> 8]);
    expect(imageInfo(lossy)).toEqual({ ok: true, info: { contentType: "image/webp", width: 640, height: 400 } });
    // Lossless: signature 2f, then width-1 and height-1 in 14 bits each: 300 × 200.
    const bits = 299 | (199 << 14);
    const lossless = riff("VP8L", [0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, bits >>> 24]);
    expect(imageInfo(lossless)).toEqual({ ok: true, info: { contentType: "image/webp", width: 300, height: 200 } });
  });

  it("goes by the bytes, whatever the file claims to be", () => {
    const r = imageInfo(svgBytes());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/SVG/);
    const html = imageInfo(htmlBytes());
    expect(html.ok).toBe(false);
    if (!html.ok) expect(html.reason).toMatch(/HTML/);
    expect(imageInfo(Buffer.from("just some text")).ok).toBe(false);
    expect(imageInfo(Buffer.alloc(0)).ok).toBe(false);
  });

  it("refuses a file that starts like a picture but has a damaged or empty header", () => {
    const cut = imageInfo(pngBytes(2, 2).subarray(0, 20));
    expect(cut).toEqual({ ok: false, reason: "the file starts like a PNG picture but its header is damaged" });
    expect(imageInfo(pngBytes(0, 3)).ok).toBe(false);
    expect(imageInfo(Buffer.from([0xff, 0xd8, 0xff, 0xd9])).ok).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import {
  decodeFrame, dequantizeHeading, dequantizePosition, FRAME_HEADER_BYTES, quantizeHeading, quantizePosition,
  RECORD_BYTES, writeFrameHeader, writeRecord,
} from "./movementFrame.ts";

describe("movement frame", () => {
  it("round-trips header and records", () => {
    const out = new Uint8Array(FRAME_HEADER_BYTES + 2 * RECORD_BYTES);
    writeFrameHeader(out, 7, 12, 40_000);
    writeRecord(out, 4, { idx: 513, x: 65535, z: 0, heading: 200, anim: 3 });
    writeRecord(out, 12, { idx: 1, x: 12345, z: 54321, heading: 0, anim: 1 });
    expect(decodeFrame(out)).toEqual({
      centreX: 7, centreZ: 12, tick: 40_000,
      records: [
        { idx: 513, x: 65535, z: 0, heading: 200, anim: 3 },
        { idx: 1, x: 12345, z: 54321, heading: 0, anim: 1 },
      ],
    });
  });

  it("refuses a truncated frame", () => {
    expect(() => decodeFrame(new Uint8Array(FRAME_HEADER_BYTES + 3))).toThrow(/malformed/);
  });

  it("quantizes positions to centimetres and clamps to the wire range", () => {
    expect(dequantizePosition(quantizePosition(123.456))).toBeCloseTo(123.46, 5);
    expect(quantizePosition(-3)).toBe(0);
    expect(quantizePosition(1000)).toBe(65535);
  });

  it("wraps headings into one turn", () => {
    expect(quantizeHeading(0)).toBe(0);
    expect(quantizeHeading(Math.PI)).toBe(128);
    expect(quantizeHeading(-Math.PI / 2)).toBe(192);
    expect(quantizeHeading(Math.PI * 2)).toBe(0);
    expect(dequantizeHeading(64)).toBeCloseTo(Math.PI / 2);
  });
});

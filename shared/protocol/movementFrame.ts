import { POSITION_UNITS_PER_METRE } from "../constants.ts";

/**
 * The movement frame: how positions reach clients. One frame per client per tick:
 *
 *   u8 centre cell x, u8 centre cell z, u16 tick (little endian), then records of
 *   u16 avatar index, u16 x, u16 z (centimetres), u8 heading (1/256 turn), u8 animation.
 *
 * The centre cell tells the client which cells the server considers visible to it, so both
 * sides hide the same avatars. Records carry only avatars that changed, except for cells that
 * just came into view, which arrive complete.
 */
export const FRAME_HEADER_BYTES = 4;
export const RECORD_BYTES = 8;

const TURN = Math.PI * 2;

export const quantizePosition = (metres: number): number =>
  Math.min(65535, Math.max(0, Math.round(metres * POSITION_UNITS_PER_METRE)));
export const dequantizePosition = (units: number): number => units / POSITION_UNITS_PER_METRE;
export const quantizeHeading = (radians: number): number =>
  Math.round((((radians % TURN) + TURN) % TURN) / TURN * 256) & 255;
export const dequantizeHeading = (units: number): number => (units / 256) * TURN;

export interface MovementRecord {
  idx: number;
  x: number; // quantized
  z: number; // quantized
  heading: number; // quantized
  anim: number;
}

export function writeFrameHeader(out: Uint8Array, centreX: number, centreZ: number, tick: number): void {
  out[0] = centreX;
  out[1] = centreZ;
  out[2] = tick & 255;
  out[3] = (tick >> 8) & 255;
}

export function writeRecord(out: Uint8Array, offset: number, r: MovementRecord): void {
  out[offset] = r.idx & 255;
  out[offset + 1] = r.idx >> 8;
  out[offset + 2] = r.x & 255;
  out[offset + 3] = r.x >> 8;
  out[offset + 4] = r.z & 255;
  out[offset + 5] = r.z >> 8;
  out[offset + 6] = r.heading;
  out[offset + 7] = r.anim;
}

export interface DecodedFrame {
  centreX: number;
  centreZ: number;
  tick: number;
  records: MovementRecord[];
}

/** Reads a frame; throws on a frame whose length is not a header plus whole records. */
export function decodeFrame(bytes: Uint8Array): DecodedFrame {
  if (bytes.length < FRAME_HEADER_BYTES || (bytes.length - FRAME_HEADER_BYTES) % RECORD_BYTES !== 0) {
    throw new Error(`malformed movement frame of ${bytes.length} bytes`);
  }
  const records: MovementRecord[] = [];
  for (let o = FRAME_HEADER_BYTES; o < bytes.length; o += RECORD_BYTES) {
    records.push({
      idx: bytes[o]! | (bytes[o + 1]! << 8),
      x: bytes[o + 2]! | (bytes[o + 3]! << 8),
      z: bytes[o + 4]! | (bytes[o + 5]! << 8),
      heading: bytes[o + 6]!,
      anim: bytes[o + 7]!,
    });
  }
  return { centreX: bytes[0]!, centreZ: bytes[1]!, tick: bytes[2]! | (bytes[3]! << 8), records };
}

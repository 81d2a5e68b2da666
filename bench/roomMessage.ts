import { decode, type Iterator } from "@colyseus/schema";
import { unpack } from "msgpackr";

/** Protocol code of a room message with a msgpack payload (Colyseus Protocol.ROOM_DATA). */
const ROOM_DATA = 13;

/**
 * The type of a room message (code 13: the type as a msgpack string or number, then an optional
 * msgpack payload), or null for any other frame. Thin bots read only the type of most messages, so
 * the payload is unpacked only when `wanted` says so: a bot of a 500-person hall must not spend its
 * process's CPU decoding reaction windows it only counts.
 */
export function readRoomMessage(
  data: Uint8Array,
  wanted: (type: string | number) => boolean = () => true,
): { type: string | number; payload: unknown } | null {
  if (data.byteLength < 2 || (data[0]! & 0x1f) !== ROOM_DATA) return null;
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const it: Iterator = { offset: 1 };
  const type = decode.stringCheck(buffer, it) ? decode.string(buffer, it) : decode.number(buffer, it);
  if (!wanted(type) || buffer.byteLength <= it.offset) return { type, payload: undefined };
  return { type, payload: unpack(buffer.subarray(it.offset)) };
}

import { getMessageBytes, Protocol } from "@colyseus/core";
import { describe, expect, it } from "vitest";
import { readRoomMessage } from "./roomMessage.ts";

describe("readRoomMessage", () => {
  it("reads the type and payload of a room message as the server frames it", () => {
    const view = { deck: { id: "d", title: "Launch", pageIds: ["a", "b"] }, page: 1, spotlight: null, countdownEndsAt: 1700000000000, questionOnScreen: null, at: 1700000000123 };
    const frame = getMessageBytes.raw(Protocol.ROOM_DATA, "s-stage", view);
    expect(readRoomMessage(frame)).toEqual({ type: "s-stage", payload: view });
  });

  it("reads numeric types and messages without a payload", () => {
    expect(readRoomMessage(getMessageBytes.raw(Protocol.ROOM_DATA, 7, { n: 300 }))).toEqual({ type: 7, payload: { n: 300 } });
    expect(readRoomMessage(getMessageBytes.raw(Protocol.ROOM_DATA, "ping"))).toEqual({ type: "ping", payload: undefined });
  });

  it("leaves the payload packed when the type is not wanted", () => {
    const frame = getMessageBytes.raw(Protocol.ROOM_DATA, "s-reactions", { applause: 3, heart: 0, fire: 1 });
    expect(readRoomMessage(frame, (type) => type === "s-stage")).toEqual({ type: "s-reactions", payload: undefined });
  });

  it("ignores frames that are not room messages", () => {
    expect(readRoomMessage(Uint8Array.of(Protocol.ROOM_STATE_PATCH, 1, 2, 3))).toBeNull();
    expect(readRoomMessage(getMessageBytes.raw(Protocol.ROOM_DATA_BYTES, "s-frame", undefined, Uint8Array.of(1, 2)))).toBeNull();
    expect(readRoomMessage(Uint8Array.of(Protocol.ROOM_DATA))).toBeNull();
  });
});

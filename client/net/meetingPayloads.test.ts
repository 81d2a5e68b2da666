import { describe, expect, it } from "vitest";
import { parseMeetingRefusal, parseScreen, parseStroke, parseWelcome } from "./meetingPayloads.ts";

describe("meeting payloads", () => {
  it("takes what the room sends", () => {
    const screen = { mode: "slides", deck: { id: "d", title: "Plan", pageIds: ["a", "b"] }, page: 1 };
    expect(parseScreen(screen)).toEqual(screen);
    const welcome = { screen: { mode: "none", deck: null, page: 0 }, strokes: [{ id: 1, userId: null, colour: "#dc2626", width: 8, points: [1, 2] }], chat: [] };
    expect(parseWelcome(welcome)).toEqual(welcome);
    expect(parseMeetingRefusal({ action: "m-chat", reason: "muted" })).toEqual({ action: "m-chat", reason: "muted" });
  });

  it("drops what it cannot show safely", () => {
    expect(parseScreen({ mode: "video", deck: null, page: 0 })).toBeNull();
    expect(parseStroke({ id: 1, userId: null, colour: "red;background:url(x)", width: 8, points: [1, 2] })).toBeNull();
    expect(parseMeetingRefusal({ action: "m-chat", reason: "because" })).toBeNull();
    expect(parseWelcome(null)).toBeNull();
  });
});

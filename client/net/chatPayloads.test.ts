import { describe, expect, it } from "vitest";
import { parseChatHistory, parseChatLine, parseChatRefusal } from "./chatPayloads.ts";

const good = {
  id: "7f1c", channel: "local", sessionId: "abc", userId: "u-1", name: "Ann", role: "resident",
  text: "<b>hi</b>", at: "2026-11-02T10:00:00.000Z",
};

describe("chat payloads from the server", () => {
  it("accepts a well-formed line as it is (markup stays plain text)", () => {
    expect(parseChatLine(good)).toEqual(good);
    expect(parseChatLine({ ...good, sessionId: null, channel: "park" })?.sessionId).toBeNull();
  });

  it("ignores lines that are not what the protocol says", () => {
    expect(parseChatLine(null)).toBeNull();
    expect(parseChatLine("hello")).toBeNull();
    expect(parseChatLine({ ...good, channel: "shout" })).toBeNull();
    expect(parseChatLine({ ...good, text: 42 })).toBeNull();
    expect(parseChatLine({ ...good, text: "" })).toBeNull();
    expect(parseChatLine({ ...good, text: "x".repeat(5000) })).toBeNull();
    expect(parseChatLine({ ...good, at: "yesterday" })).toBeNull();
    const { name: _name, ...nameless } = good;
    expect(parseChatLine(nameless)).toBeNull();
  });

  it("keeps the good lines of a history and drops the bad ones", () => {
    const history = parseChatHistory([{ ...good, id: "1", channel: "park" }, { bogus: true }, { ...good, id: "2", channel: "park" }]);
    expect(history.map((l) => l.id)).toEqual(["1", "2"]);
    expect(parseChatHistory({ lines: [] })).toEqual([]);
    expect(parseChatHistory(undefined)).toEqual([]);
  });

  it("reads refusals and ignores unknown reasons", () => {
    expect(parseChatRefusal({ reason: "too-fast", retryInMs: 1800 })).toEqual({ reason: "too-fast", retryInMs: 1800 });
    expect(parseChatRefusal({ reason: "not-allowed" })).toEqual({ reason: "not-allowed" });
    expect(parseChatRefusal({ reason: "unavailable" })).toEqual({ reason: "unavailable" });
    expect(parseChatRefusal({ reason: "because" })).toBeNull();
    expect(parseChatRefusal({ reason: "too-fast", retryInMs: -1 })).toBeNull();
    expect(parseChatRefusal([])).toBeNull();
  });
});

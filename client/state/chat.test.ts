import { describe, expect, it } from "vitest";
import type { ChatChannel, ChatLine } from "../../shared/protocol/chat.ts";
import {
  addChatHistory, addChatLine, CHAT_LINES_KEPT, clearChat, clearChatRefusal, createChatStore, selectChatChannel, setChatOpen,
  showChatRefusal,
} from "./chat.ts";

let next = 0;
const line = (channel: ChatChannel, text: string, id = `l${++next}`): ChatLine => ({
  id, channel, sessionId: "s1", userId: "u1", name: "Ann", role: "resident", text, at: "2026-11-02T10:00:00.000Z",
});

describe("the chat store", () => {
  it("keeps each channel's lines apart, in order", () => {
    const store = createChatStore();
    addChatLine(store, line("local", "hi"));
    addChatLine(store, line("park", "hello all"));
    addChatLine(store, line("local", "how are you"));
    const { lines } = store.getState();
    expect(lines.local.map((l) => l.text)).toEqual(["hi", "how are you"]);
    expect(lines.park.map((l) => l.text)).toEqual(["hello all"]);
  });

  it("keeps only the newest lines past the cap", () => {
    const store = createChatStore();
    for (let i = 0; i < CHAT_LINES_KEPT + 25; i++) addChatLine(store, line("park", `m${i}`));
    const park = store.getState().lines.park;
    expect(park).toHaveLength(CHAT_LINES_KEPT);
    expect(park[0]!.text).toBe("m25");
    expect(park.at(-1)!.text).toBe(`m${CHAT_LINES_KEPT + 24}`);
  });

  it("ignores a line it already has (the same id twice)", () => {
    const store = createChatStore();
    addChatLine(store, line("local", "once", "x"));
    addChatLine(store, line("local", "once", "x"));
    expect(store.getState().lines.local).toHaveLength(1);
    expect(store.getState().unread.local).toBe(0);
  });

  it("counts unread lines in the tab not on show, and clears them when it is shown", () => {
    const store = createChatStore();
    expect(store.getState().channel).toBe("local");
    addChatLine(store, line("local", "seen"));
    addChatLine(store, line("park", "a"));
    addChatLine(store, line("park", "b"));
    expect(store.getState().unread).toEqual({ local: 0, park: 2 });
    selectChatChannel(store, "park");
    expect(store.getState().unread).toEqual({ local: 0, park: 0 });
  });

  it("counts every line as unread while folded, except your own", () => {
    const store = createChatStore();
    setChatOpen(store, false);
    addChatLine(store, line("local", "from someone"));
    addChatLine(store, line("local", "from me"), true);
    expect(store.getState().unread.local).toBe(1);
    setChatOpen(store, true);
    expect(store.getState().unread.local).toBe(0);
  });

  it("adds history to the park channel without counting it unread", () => {
    const store = createChatStore();
    addChatHistory(store, [line("park", "old 1"), line("park", "old 2"), line("local", "not park")]);
    expect(store.getState().lines.park.map((l) => l.text)).toEqual(["old 1", "old 2"]);
    expect(store.getState().lines.local).toEqual([]);
    expect(store.getState().unread.park).toBe(0);
  });

  it("shows a refusal until cleared or until your next line is accepted", () => {
    const store = createChatStore();
    showChatRefusal(store, { reason: "too-fast", retryInMs: 1500 }, 1000);
    expect(store.getState().refusal).toEqual({ reason: "too-fast", retryInMs: 1500, at: 1000 });
    addChatLine(store, line("local", "someone else"));
    expect(store.getState().refusal).not.toBeNull();
    addChatLine(store, line("local", "mine"), true);
    expect(store.getState().refusal).toBeNull();
    showChatRefusal(store, { reason: "too-long" }, 2000);
    clearChatRefusal(store);
    expect(store.getState().refusal).toBeNull();
  });

  it("forgets everything on leaving a park but keeps the panel as it was", () => {
    const store = createChatStore();
    selectChatChannel(store, "park");
    addChatLine(store, line("local", "hi"));
    showChatRefusal(store, { reason: "empty" }, 0);
    clearChat(store);
    const s = store.getState();
    expect(s.lines).toEqual({ local: [], park: [] });
    expect(s.unread).toEqual({ local: 0, park: 0 });
    expect(s.refusal).toBeNull();
    expect(s.channel).toBe("park");
    expect(s.open).toBe(true);
  });
});

import { createStore } from "zustand/vanilla";
import { useStore } from "zustand";
import type { ChatChannel, ChatLine, ChatRefusal } from "../../shared/protocol/chat.ts";

/** Lines kept per channel: enough to scroll back through a conversation, few enough to render at once. */
export const CHAT_LINES_KEPT = 200;

export const CHAT_CHANNELS: readonly ChatChannel[] = ["local", "park"];

/** A refusal from the server, with when it came (the panel shows it for a while). */
export interface ShownRefusal extends ChatRefusal {
  at: number;
}

/** Park chat as the HUD shows it: slow state, rendered by React, fed by net/. */
export interface ChatState {
  lines: Record<ChatChannel, ChatLine[]>;
  unread: Record<ChatChannel, number>;
  /** The tab on show. */
  channel: ChatChannel;
  /** False while the panel is folded away: every new line is then unread. */
  open: boolean;
  refusal: ShownRefusal | null;
}

export const initialChatState = (open = true): ChatState => ({
  lines: { local: [], park: [] },
  unread: { local: 0, park: 0 },
  channel: "local",
  open,
  refusal: null,
});

export const createChatStore = (open = true) => createStore<ChatState>(() => initialChatState(open));
export type ChatStore = ReturnType<typeof createChatStore>;

/** Folded by default on narrow screens, where an open panel would cover the park. */
const startsOpen = typeof window === "undefined" || typeof window.matchMedia !== "function"
  || !window.matchMedia("(max-width: 760px)").matches;

export const chatStore: ChatStore = createChatStore(startsOpen);

const isSeen = (s: ChatState, channel: ChatChannel): boolean => s.open && s.channel === channel;

/** Appends lines to their channels, dropping repeats (a line is an id) and the oldest past the cap. */
function append(lines: ChatLine[], added: readonly ChatLine[]): ChatLine[] {
  const seen = new Set(lines.map((l) => l.id));
  const fresh: ChatLine[] = [];
  for (const line of added) {
    if (seen.has(line.id)) continue;
    seen.add(line.id);
    fresh.push(line);
  }
  if (fresh.length === 0) return lines;
  const all = lines.concat(fresh);
  return all.length > CHAT_LINES_KEPT ? all.slice(all.length - CHAT_LINES_KEPT) : all;
}

/**
 * A line someone said. It counts as unread unless its tab is on show, or you said it yourself;
 * your own accepted line also clears an old refusal.
 */
export function addChatLine(store: ChatStore, line: ChatLine, fromSelf = false): void {
  const s = store.getState();
  const lines = append(s.lines[line.channel], [line]);
  if (lines === s.lines[line.channel]) return;
  const unread = fromSelf || isSeen(s, line.channel) ? s.unread : { ...s.unread, [line.channel]: s.unread[line.channel] + 1 };
  store.setState({
    lines: { ...s.lines, [line.channel]: lines },
    unread,
    ...(fromSelf ? { refusal: null } : {}),
  });
}

/** The park channel's recent lines, sent once on entry: they are the past, so none is unread. */
export function addChatHistory(store: ChatStore, history: readonly ChatLine[]): void {
  const s = store.getState();
  const park = append(s.lines.park, history.filter((l) => l.channel === "park"));
  if (park !== s.lines.park) store.setState({ lines: { ...s.lines, park } });
}

export function showChatRefusal(store: ChatStore, refusal: ChatRefusal, now: number): void {
  store.setState({ refusal: { ...refusal, at: now } });
}

export function clearChatRefusal(store: ChatStore): void {
  if (store.getState().refusal) store.setState({ refusal: null });
}

export function selectChatChannel(store: ChatStore, channel: ChatChannel): void {
  const s = store.getState();
  store.setState({ channel, unread: s.open ? { ...s.unread, [channel]: 0 } : s.unread });
}

export function setChatOpen(store: ChatStore, open: boolean): void {
  const s = store.getState();
  store.setState({ open, unread: open ? { ...s.unread, [s.channel]: 0 } : s.unread });
}

/** Leaving a park forgets its chat; whether the panel is open and which tab stay as the person left them. */
export function clearChat(store: ChatStore): void {
  const { open, channel } = store.getState();
  store.setState({ ...initialChatState(open), channel });
}

export const useChat = <T,>(select: (s: ChatState) => T): T => useStore(chatStore, select);

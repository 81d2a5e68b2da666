import { createStore } from "zustand/vanilla";
import { useStore } from "zustand";
import type { ParkNotice } from "../../shared/protocol/parkMessages.ts";

/** How long a notice stays on screen. */
export const NOTICE_MS = 8000;
/** At most this many toasts at once, so they never reach the HUD's other panels. */
export const MAX_NOTICES = 3;

export interface NoticeEntry {
  id: number;
  notice: ParkNotice;
  /** Date.now() when it arrived. */
  at: number;
}

export interface NoticesState {
  /** Newest first, only those still on screen. */
  entries: NoticeEntry[];
  /** Counts every notice ever received: boards and panels refresh when it moves. */
  received: number;
  /** The latest notice, shown or not (a booth panel checks whether it names its company). */
  latest: ParkNotice | null;
}

export const initialNotices = (): NoticesState => ({ entries: [], received: 0, latest: null });
export const noticesStore = createStore<NoticesState>(initialNotices);
export type NoticesStore = typeof noticesStore;

/** The entries still showing at `now`, newest first, at most MAX_NOTICES. */
export function liveNotices(entries: readonly NoticeEntry[], now: number): NoticeEntry[] {
  return entries.filter((e) => now - e.at < NOTICE_MS).slice(0, MAX_NOTICES);
}

/** When the next entry runs out (null: nothing showing). */
export function nextExpiry(entries: readonly NoticeEntry[]): number | null {
  let soonest: number | null = null;
  for (const e of entries) soonest = soonest === null ? e.at + NOTICE_MS : Math.min(soonest, e.at + NOTICE_MS);
  return soonest;
}

export function pushNotice(store: NoticesStore, notice: ParkNotice, now: number): void {
  store.setState((s) => {
    const entry: NoticeEntry = { id: s.received + 1, notice, at: now };
    return { entries: liveNotices([entry, ...s.entries], now), received: s.received + 1, latest: notice };
  });
}

export function expireNotices(store: NoticesStore, now: number): void {
  const { entries } = store.getState();
  const live = liveNotices(entries, now);
  if (live.length !== entries.length) store.setState({ entries: live });
}

export function dismissNotice(store: NoticesStore, id: number): void {
  store.setState((s) => ({ entries: s.entries.filter((e) => e.id !== id) }));
}

export const clearNotices = (store: NoticesStore): void => store.setState({ entries: [] });

export type NoticeKey = "tasks.park.notice.posted" | "tasks.park.notice.assigned" | "tasks.park.notice.completed";

/** What a notice says, as a translation key and its values: a task is posted by its company (or
 * its poster when it is a personal need), taken by a person, completed for its company. */
export function noticeWording(notice: ParkNotice): { key: NoticeKey; values: { actor: string; title: string } } {
  const title = notice.title;
  switch (notice.kind) {
    case "task-posted": return { key: "tasks.park.notice.posted", values: { actor: notice.company ?? notice.who, title } };
    case "task-assigned": return { key: "tasks.park.notice.assigned", values: { actor: notice.who, title } };
    case "task-completed": return { key: "tasks.park.notice.completed", values: { actor: notice.company ?? notice.who, title } };
  }
}

export const useNotices = (): NoticeEntry[] => useStore(noticesStore, (s) => s.entries);
export const useNoticesReceived = (): number => useStore(noticesStore, (s) => s.received);
export const useLatestNotice = (): ParkNotice | null => useStore(noticesStore, (s) => s.latest);

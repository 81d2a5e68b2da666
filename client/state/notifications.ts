import { createStore } from "zustand/vanilla";
import { useStore } from "zustand";
import type { Notification } from "../../shared/protocol/tasks.ts";
import { fetchNotifications, markNotificationsRead } from "../net/taskApi.ts";
import { sessionStore } from "./session.ts";

/** The signed-in person's notifications as the bell shows them. */
export interface NotificationsState {
  unread: number;
  items: Notification[];
  /** Loads the list again with this token (null: signed out, the list empties). */
  refresh: (token: string | null) => Promise<void>;
  /** Something new arrived (the park room's MSG_NOTIFIED): reload with the current session. */
  ping: () => void;
  /** Marks these (or all) as read, then reloads. */
  markRead: (token: string, ids?: string[]) => Promise<void>;
}

let inFlight: Promise<void> | null = null;
let again = false;

async function load(token: string | null): Promise<void> {
  if (!token) {
    notificationsStore.setState({ unread: 0, items: [] });
    return;
  }
  const result = await fetchNotifications(token);
  // A failed load keeps what is shown: the next ping or opening of the bell tries again.
  if (result.ok) notificationsStore.setState({ unread: result.value.unread, items: result.value.notifications });
}

/** One load at a time; pings that arrive meanwhile fold into one more load after it. */
function refresh(token: string | null): Promise<void> {
  if (inFlight) {
    again = true;
    return inFlight;
  }
  inFlight = load(token).finally(() => {
    inFlight = null;
    if (again) {
      again = false;
      void refresh(sessionStore.getState().session?.token ?? null);
    }
  });
  return inFlight;
}

const ping = (): void => { void refresh(sessionStore.getState().session?.token ?? null); };

async function markRead(token: string, ids?: string[]): Promise<void> {
  const result = await markNotificationsRead(token, ids);
  if (result.ok) await refresh(token);
}

const store = createStore<NotificationsState>(() => ({ unread: 0, items: [], refresh, ping, markRead }));

/** `notificationsStore.ping()` and `notificationsStore.getState().ping()` both work. */
export const notificationsStore = Object.assign(store, { refresh, ping, markRead });

// Signing out (or in as someone else) must not leave the last person's list on show.
let lastToken = sessionStore.getState().session?.token ?? null;
sessionStore.subscribe((s) => {
  const token = s.session?.token ?? null;
  if (token === lastToken) return;
  lastToken = token;
  notificationsStore.setState({ unread: 0, items: [] });
  if (token) void refresh(token);
});

export const useNotifications = <T,>(pick: (s: NotificationsState) => T): T => useStore(notificationsStore, pick);

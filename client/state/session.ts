import { createStore } from "zustand/vanilla";
import { useStore } from "zustand";
import { Session } from "../../shared/protocol/http.ts";

const STORAGE_KEY = "enclave.session";

export interface SessionState {
  session: Session | null;
}

/** A stored session is parsed like any remote data: an old or hand-edited one is dropped, not trusted. */
function readStored(storage: Storage | undefined): Session | null {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = Session.safeParse(JSON.parse(raw));
    if (!parsed.success || Date.parse(parsed.data.expiresAt) <= Date.now()) return null;
    return parsed.data;
  } catch {
    return null;
  }
}

const storage = typeof localStorage === "undefined" ? undefined : localStorage;

export const sessionStore = createStore<SessionState>(() => ({ session: readStored(storage) }));

export function setSession(session: Session | null): void {
  sessionStore.setState({ session });
  try {
    if (session) storage?.setItem(STORAGE_KEY, JSON.stringify(session));
    else storage?.removeItem(STORAGE_KEY);
  } catch {
    // Private windows may refuse storage; the session then lasts as long as the tab.
  }
}

export const useSession = (): Session | null => useStore(sessionStore, (s) => s.session);

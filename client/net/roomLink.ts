import { Client, type Room } from "@colyseus/sdk";
import type { StoreApi } from "zustand/vanilla";

/** How long a polite leave may take before the socket is simply closed. */
const LEAVE_TIMEOUT_MS = 2000;

/** Where a connection to a room stands; each room page words it for the person. */
export type RoomConnection = "idle" | "connecting" | "connected" | "reconnecting" | "refused" | "closed" | "failed";

/** The connection facts every room page's store keeps beside its own. */
export interface RoomConnectionState {
  connection: RoomConnection;
  /** Why the door refused (4xx from the matchmaker or the room's onAuth). */
  joinError: { code: number; message: string } | null;
  /** The close code when the room ended the connection (removed, room closed). */
  closeCode: number | null;
  selfSessionId: string | null;
}

export interface RoomLinkDeps<T extends RoomConnectionState> {
  store: StoreApi<T>;
  endpoint: () => string;
  token: () => string | null;
  /** The server refused the session token: the person must sign in again. */
  onUnauthorized: () => void;
}

/** What one kind of room adds to the shared lifecycle. */
export interface RoomLinkSpec<T extends RoomConnectionState, S> {
  /** For the console, e.g. "meeting room". */
  name: string;
  initial: () => T;
  join(client: Client, id: string): Promise<Room<unknown, S>>;
  /** Takes the room's state and messages into the store; `mine()` is false once another room took over. */
  wire(room: Room<unknown, S>, mine: () => boolean): void;
  /** Store fields to reset as well when the room ends the connection. */
  onClosed?: Partial<T>;
}

export interface RoomLink {
  /** Joins a room, leaving the current one first. Calls are queued, never overlapping. */
  enter(id: string): Promise<void>;
  /** Leaves politely (the server frees the seat at once) and resets the store. */
  exit(): Promise<void>;
  /** Sends to the room joined now; nothing while none is. */
  send(type: string, payload?: unknown): void;
}

interface Active<S> { room: Room<unknown, S>; closed: boolean }

/**
 * The one owner of a room's lifecycle for the meeting room and the launch hall, like parkLink for
 * the park: joins through the matchmaker with the session token, hands the room to the spec to
 * wire, follows drops, reconnections and closings, and leaves. Refusals at the door and closings
 * by the room land in the store as values for the page to word.
 */
export function createRoomLink<T extends RoomConnectionState, S>(deps: RoomLinkDeps<T>, spec: RoomLinkSpec<T, S>): RoomLink {
  let queue: Promise<void> = Promise.resolve();
  let generation = 0;
  let active: Active<S> | null = null;
  // The connection fields are the same in every room's store; TypeScript cannot see that a
  // literal of them is a Partial of the generic store state.
  const set = (patch: Partial<RoomConnectionState> | Partial<T>): void => deps.store.setState(patch as Partial<T>);

  const close = async (): Promise<void> => {
    const current = active;
    active = null;
    if (!current || current.closed) return;
    current.closed = true;
    current.room.reconnection.enabled = false;
    const left = current.room.leave(true).catch(() => undefined);
    const timedOut = new Promise<"timeout">((r) => setTimeout(() => r("timeout"), LEAVE_TIMEOUT_MS));
    if ((await Promise.race([left, timedOut])) === "timeout") current.room.connection.close();
  };

  const open = async (id: string, gen: number): Promise<void> => {
    set({ ...spec.initial(), connection: "connecting" });
    const token = deps.token();
    if (!token) {
      deps.onUnauthorized();
      return;
    }
    const client = new Client(deps.endpoint());
    client.auth.token = token;
    let room: Room<unknown, S>;
    try {
      room = await spec.join(client, id);
    } catch (e) {
      if (gen !== generation) return;
      const code = (e as { code?: unknown }).code;
      const message = e instanceof Error ? e.message : String(e);
      if (code === 401) deps.onUnauthorized();
      if (typeof code === "number" && code >= 400 && code < 500) set({ connection: "refused", joinError: { code, message } });
      else set({ connection: "failed", joinError: null });
      return;
    }
    if (gen !== generation) {
      room.reconnection.enabled = false;
      await room.leave(true).catch(() => undefined);
      return;
    }
    const current: Active<S> = { room, closed: false };
    active = current;
    set({ connection: "connected", selfSessionId: room.sessionId });
    wire(current);
  };

  const wire = (current: Active<S>): void => {
    const { room } = current;
    const mine = () => active === current;
    spec.wire(room, mine);
    room.onDrop(() => {
      if (mine()) set({ connection: "reconnecting" });
    });
    room.onReconnect(() => {
      if (mine()) set({ connection: "connected" });
    });
    room.onLeave((code: number) => {
      if (current.closed) return;
      current.closed = true;
      if (!mine()) return;
      set({ ...spec.onClosed, connection: "closed", closeCode: code });
    });
    room.onError((code: number, message?: string) => {
      if (code !== undefined) console.warn(`${spec.name} error ${code}: ${message ?? ""}`);
    });
  };

  const schedule = (job: () => Promise<void>): Promise<void> => {
    const run = () => job().catch((e: unknown) => {
      console.error(`${spec.name} link`, e);
      set({ connection: "failed" });
    });
    queue = queue.then(run);
    return queue;
  };

  return {
    enter(id) {
      const gen = ++generation;
      return schedule(async () => {
        await close();
        if (gen === generation) await open(id, gen);
      });
    },
    exit() {
      ++generation;
      return schedule(async () => {
        await close();
        set(spec.initial());
      });
    },
    send(type, payload) {
      if (active && !active.closed) active.room.send(type, payload ?? {});
    },
  };
}

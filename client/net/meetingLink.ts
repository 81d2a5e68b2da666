import { Callbacks, Client, type Room } from "@colyseus/sdk";
import {
  MSG_M_ADMIT, MSG_M_CALL_NEXT, MSG_M_CHAT, MSG_M_CHAT_LINE, MSG_M_CLEAR, MSG_M_CLEARED, MSG_M_DENY, MSG_M_HAND_OVER, MSG_M_LOCK,
  MSG_M_MUTE, MSG_M_PAGE, MSG_M_REFUSED, MSG_M_REMOVE, MSG_M_SCREEN, MSG_M_SCREEN_STATE, MSG_M_STROKE, MSG_M_STROKE_ADDED, MSG_M_WELCOME,
  type ScreenChoice, type StrokeMessage,
} from "../../shared/protocol/meetingMessages.ts";
import { ROOM_MEETING, type MeetingJoinOptions } from "../../shared/protocol/rooms.ts";
import { PROTOCOL_VERSION } from "../../shared/protocol/version.ts";
import { MeetingState, type Participant } from "../../shared/schema/meeting.ts";
import {
  addChatLines, addStroke, clearStrokes, EMPTY_SCREEN, initialMeetingRoomState, sortMeetingPeople, type MeetingPerson, type MeetingRoomStore,
  type WaitingStatus,
} from "../state/meetingRoom.ts";
import { parseMeetingChatLine, parseMeetingRefusal, parseScreen, parseStroke, parseWelcome } from "./meetingPayloads.ts";

/** How long a polite leave may take before the socket is simply closed. */
const LEAVE_TIMEOUT_MS = 2000;

export interface MeetingLinkDeps {
  store: MeetingRoomStore;
  endpoint: () => string;
  token: () => string | null;
  /** The server refused the session token: the person must sign in again. */
  onUnauthorized: () => void;
}

/** What a person may ask of the room; the server checks each (host-only ones included). */
export interface MeetingActions {
  say(text: string): void;
  admit(sessionId: string): void;
  deny(sessionId: string): void;
  mute(userId: string, muted: boolean): void;
  remove(userId: string): void;
  lock(locked: boolean): void;
  handOver(userId: string): void;
  callNext(): void;
  screen(choice: ScreenChoice): void;
  page(page: number): void;
  stroke(stroke: StrokeMessage): void;
  clear(): void;
}

export interface MeetingLink extends MeetingActions {
  /** Joins a meeting room, leaving the current one first. Calls are queued, never overlapping. */
  enter(meetingRoomId: string): Promise<void>;
  /** Leaves politely (the server frees the seat at once) and resets the store. */
  exit(): Promise<void>;
}

interface Active { room: Room<unknown, MeetingState>; closed: boolean }

const asStatus = (s: string): WaitingStatus => (s === "knocking" || s === "queued" ? s : "present");

/**
 * The one owner of the meeting room's lifecycle, like parkLink for the park: joins through the
 * matchmaker with the session token, copies the schema into the store once per change batch,
 * takes the room's content messages, and leaves. Refusals at the door and closings by the room
 * land in the store as values for the page to word.
 */
export function createMeetingLink(deps: MeetingLinkDeps): MeetingLink {
  let queue: Promise<void> = Promise.resolve();
  let generation = 0;
  let active: Active | null = null;
  const set = deps.store.setState;

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

  const open = async (meetingRoomId: string, gen: number): Promise<void> => {
    set({ ...initialMeetingRoomState(), connection: "connecting" });
    const token = deps.token();
    if (!token) {
      deps.onUnauthorized();
      return;
    }
    const client = new Client(deps.endpoint());
    client.auth.token = token;
    const options: MeetingJoinOptions = { meetingRoomId, protocol: PROTOCOL_VERSION };
    let room: Room<unknown, MeetingState>;
    try {
      room = await client.joinOrCreate<MeetingState>(ROOM_MEETING, options, MeetingState);
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
    const current: Active = { room, closed: false };
    active = current;
    set({ connection: "connected", selfSessionId: room.sessionId });
    wire(current);
  };

  const wire = (current: Active): void => {
    const { room } = current;
    const callbacks = Callbacks.get(room);
    const mine = () => active === current;

    // A join brings everyone at once: copy the roster once per batch, not once per person.
    let queued = false;
    const refresh = (): void => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        if (!mine()) return;
        const s = room.state;
        const people: MeetingPerson[] = [];
        s.people.forEach((p: Participant, sessionId: string) => {
          people.push({
            sessionId, userId: p.userId, name: p.name, colour: p.colour, role: p.role, expert: p.expert, status: asStatus(p.status),
            seat: p.seat, muted: p.muted, ticket: p.ticket, isSelf: sessionId === room.sessionId,
          });
        });
        set({
          people: sortMeetingPeople(people),
          info: {
            roomId: s.roomId, parkId: s.parkId, doorId: s.doorId, name: s.name, kind: s.kind, visibility: s.visibility, capacity: s.capacity,
            locked: s.locked, hostUserId: s.hostUserId, bookingTitle: s.bookingTitle, bookingEndsAt: s.bookingEndsAt, clinicOpen: s.clinicOpen,
            minutesPerVisit: s.minutesPerVisit,
          },
        });
      });
    };
    callbacks.onAdd("people", (p: Participant) => {
      callbacks.onChange(p, refresh);
      refresh();
    });
    callbacks.onRemove("people", refresh);
    room.onStateChange(refresh);

    room.onMessage(MSG_M_WELCOME, (payload: unknown) => {
      const welcome = parseWelcome(payload);
      if (!welcome || !mine()) return;
      set((s) => ({ welcomed: true, screen: welcome.screen, strokes: welcome.strokes, boardVersion: s.boardVersion + 1, chat: [] }));
      addChatLines(deps.store, welcome.chat);
    });
    room.onMessage(MSG_M_SCREEN_STATE, (payload: unknown) => {
      const screen = parseScreen(payload);
      if (screen && mine()) set({ screen });
    });
    room.onMessage(MSG_M_STROKE_ADDED, (payload: unknown) => {
      const stroke = parseStroke(payload);
      if (stroke && mine()) addStroke(deps.store, stroke);
    });
    room.onMessage(MSG_M_CLEARED, () => {
      if (mine()) clearStrokes(deps.store);
    });
    room.onMessage(MSG_M_CHAT_LINE, (payload: unknown) => {
      const line = parseMeetingChatLine(payload);
      if (line && mine()) addChatLines(deps.store, [line]);
    });
    room.onMessage(MSG_M_REFUSED, (payload: unknown) => {
      const refusal = parseMeetingRefusal(payload);
      if (refusal && mine()) set({ refusal: { ...refusal, at: Date.now() } });
    });
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
      set({ connection: "closed", closeCode: code, screen: EMPTY_SCREEN });
    });
    room.onError((code: number, message?: string) => {
      if (code !== undefined) console.warn(`meeting room error ${code}: ${message ?? ""}`);
    });
  };

  const schedule = (job: () => Promise<void>): Promise<void> => {
    const run = () => job().catch((e: unknown) => {
      console.error("meeting link", e);
      set({ connection: "failed" });
    });
    queue = queue.then(run);
    return queue;
  };

  const send = (type: string, payload?: unknown): void => {
    if (active && !active.closed) active.room.send(type, payload ?? {});
  };

  return {
    enter(meetingRoomId) {
      const gen = ++generation;
      return schedule(async () => {
        await close();
        if (gen === generation) await open(meetingRoomId, gen);
      });
    },
    exit() {
      ++generation;
      return schedule(async () => {
        await close();
        set(initialMeetingRoomState());
      });
    },
    say: (text) => send(MSG_M_CHAT, { text }),
    admit: (sessionId) => send(MSG_M_ADMIT, { sessionId }),
    deny: (sessionId) => send(MSG_M_DENY, { sessionId }),
    mute: (userId, muted) => send(MSG_M_MUTE, { userId, muted }),
    remove: (userId) => send(MSG_M_REMOVE, { userId }),
    lock: (locked) => send(MSG_M_LOCK, { locked }),
    handOver: (userId) => send(MSG_M_HAND_OVER, { userId }),
    callNext: () => send(MSG_M_CALL_NEXT),
    screen: (choice) => send(MSG_M_SCREEN, choice),
    page: (page) => send(MSG_M_PAGE, { page }),
    stroke: (stroke) => send(MSG_M_STROKE, stroke),
    clear: () => send(MSG_M_CLEAR),
  };
}

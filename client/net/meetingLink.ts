import { Callbacks, type Room } from "@colyseus/sdk";
import {
  MSG_M_ADMIT, MSG_M_CALL_NEXT, MSG_M_CHAT, MSG_M_CHAT_LINE, MSG_M_CLEAR, MSG_M_CLEARED, MSG_M_DENY, MSG_M_HAND_OVER, MSG_M_LOCK,
  MSG_M_MUTE, MSG_M_PAGE, MSG_M_REFUSED, MSG_M_REMOVE, MSG_M_SCREEN, MSG_M_SCREEN_STATE, MSG_M_STROKE, MSG_M_STROKE_ADDED, MSG_M_WELCOME,
  type ScreenChoice, type StrokeMessage,
} from "../../shared/protocol/meetingMessages.ts";
import { ROOM_MEETING, type MeetingJoinOptions } from "../../shared/protocol/rooms.ts";
import { PROTOCOL_VERSION } from "../../shared/protocol/version.ts";
import { MeetingState, type Participant } from "../../shared/schema/meeting.ts";
import {
  addChatLines, addStroke, clearStrokes, EMPTY_SCREEN, initialMeetingRoomState, sortMeetingPeople, type MeetingPerson, type MeetingRoomState,
  type WaitingStatus,
} from "../state/meetingRoom.ts";
import { parseMeetingChatLine, parseMeetingRefusal, parseScreen, parseStroke, parseWelcome } from "./meetingPayloads.ts";
import { createRoomLink, type RoomLinkDeps } from "./roomLink.ts";

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

const asStatus = (s: string): WaitingStatus => (s === "knocking" || s === "queued" ? s : "present");

/**
 * The meeting room's link: the shared lifecycle (roomLink.ts) joins and leaves; this copies the
 * schema into the store once per change batch and takes the room's content messages.
 */
export function createMeetingLink(deps: RoomLinkDeps<MeetingRoomState>): MeetingLink {
  const set = deps.store.setState;

  const wire = (room: Room<unknown, MeetingState>, mine: () => boolean): void => {
    const callbacks = Callbacks.get(room);

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
  };

  const link = createRoomLink(deps, {
    name: "meeting room",
    initial: initialMeetingRoomState,
    join: (client, meetingRoomId) => {
      const options: MeetingJoinOptions = { meetingRoomId, protocol: PROTOCOL_VERSION };
      return client.joinOrCreate<MeetingState>(ROOM_MEETING, options, MeetingState);
    },
    wire,
    onClosed: { screen: EMPTY_SCREEN },
  });
  const send = link.send;

  return {
    enter: link.enter,
    exit: link.exit,
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

import { createStore, type StoreApi } from "zustand/vanilla";
import type { MeetingChatLine, MeetingRefusalReason, ScreenState, Stroke } from "../../shared/protocol/meetingMessages.ts";

/** Where the connection to the meeting room stands (what the person is shown comes from meetingRoomView.ts). */
export type MeetingConnection = "idle" | "connecting" | "connected" | "reconnecting" | "refused" | "closed" | "failed";

export type WaitingStatus = "present" | "knocking" | "queued";

/** Someone in the room's schema, copied once per change batch for React. */
export interface MeetingPerson {
  sessionId: string;
  userId: string;
  name: string;
  colour: string;
  role: string;
  expert: string;
  status: WaitingStatus;
  seat: number;
  muted: boolean;
  ticket: number;
  isSelf: boolean;
}

/** The room's own fields from MeetingState. */
export interface MeetingRoomInfo {
  roomId: string;
  parkId: string;
  doorId: string;
  name: string;
  kind: string;
  visibility: string;
  capacity: number;
  locked: boolean;
  hostUserId: string;
  bookingTitle: string;
  bookingEndsAt: string;
  clinicOpen: boolean;
  minutesPerVisit: number;
}

export interface ShownRefusal { action: string; reason: MeetingRefusalReason; at: number }

export interface MeetingRoomState {
  connection: MeetingConnection;
  /** The matchmaker's refusal (409 full, 403, 423 locked, 404…), when the join failed. */
  joinError: { code: number; message: string } | null;
  /** The close code when the room ended the session (4201 removed, 4202 denied, 4203 replaced). */
  closeCode: number | null;
  info: MeetingRoomInfo | null;
  people: MeetingPerson[];
  selfSessionId: string | null;
  /** Content below arrives only once the person is present (MSG_M_WELCOME and what follows). */
  welcomed: boolean;
  screen: ScreenState;
  strokes: Stroke[];
  /** Bumped on every change to `strokes`, so painters redraw without comparing arrays. */
  boardVersion: number;
  chat: MeetingChatLine[];
  refusal: ShownRefusal | null;
  /** The picture the 3D screen last finished loading (set by the world once the texture is in). */
  shownImageId: string | null;
}

/** The most chat lines kept; older ones scroll away. */
export const MEETING_CHAT_KEPT = 200;

export const EMPTY_SCREEN: ScreenState = { mode: "none", deck: null, page: 0 };

export const initialMeetingRoomState = (): MeetingRoomState => ({
  connection: "idle", joinError: null, closeCode: null, info: null, people: [], selfSessionId: null, welcomed: false,
  screen: EMPTY_SCREEN, strokes: [], boardVersion: 0, chat: [], refusal: null, shownImageId: null,
});

export type MeetingRoomStore = StoreApi<MeetingRoomState>;

export const createMeetingRoomStore = (): MeetingRoomStore => createStore<MeetingRoomState>(initialMeetingRoomState);

/** The app's one meeting room store. */
export const meetingRoomStore = createMeetingRoomStore();

export function addStroke(store: MeetingRoomStore, stroke: Stroke): void {
  const s = store.getState();
  if (s.strokes.some((k) => k.id === stroke.id)) return;
  store.setState({ strokes: [...s.strokes, stroke], boardVersion: s.boardVersion + 1 });
}

export function clearStrokes(store: MeetingRoomStore): void {
  store.setState((s) => ({ strokes: [], boardVersion: s.boardVersion + 1 }));
}

export function addChatLines(store: MeetingRoomStore, lines: readonly MeetingChatLine[]): void {
  const s = store.getState();
  const known = new Set(s.chat.map((l) => l.id));
  const fresh = lines.filter((l) => !known.has(l.id));
  if (fresh.length === 0) return;
  store.setState({ chat: [...s.chat, ...fresh].slice(-MEETING_CHAT_KEPT) });
}

/** Present people by seat, then those waiting by ticket and name: the order the HUD lists them in. */
export function sortMeetingPeople(people: MeetingPerson[]): MeetingPerson[] {
  const rank = (p: MeetingPerson) => (p.status === "present" ? 0 : p.status === "knocking" ? 1 : 2);
  return [...people].sort((a, b) => rank(a) - rank(b) || a.ticket - b.ticket || a.seat - b.seat || a.name.localeCompare(b.name));
}

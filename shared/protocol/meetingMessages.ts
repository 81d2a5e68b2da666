import { z } from "zod";
import { Uuid } from "./companies.ts";

/**
 * Messages of the meeting room (room name ROOM_MEETING). Membership (who is present, who knocks,
 * who queues, who hosts) is schema state (schema/meeting.ts), visible to everyone connected. The
 * room's content (screen, whiteboard, chat) travels as messages sent only to people who are
 * present, so someone knocking at a private room sees nothing of what happens inside.
 *
 * Voice and video will come as a further set of messages on the same room ("m-rtc-*": offers,
 * answers and candidates relayed to one session, or an SFU's join token), with the mic and camera
 * state of each person added to Participant: nothing here needs to change for that.
 */

// ---- client → server ---------------------------------------------------------------------------

/** Say something in the room's chat (present people only; muted people are refused). */
export const MSG_M_CHAT = "m-chat";
export const MeetingChatMessage = z.object({ text: z.string() }).strict();

/** Host only: let a knocking or queued person in, or send them away. */
export const MSG_M_ADMIT = "m-admit";
export const MSG_M_DENY = "m-deny";
export const SessionTarget = z.object({ sessionId: z.string().min(1).max(64) }).strict();
/** Host only: stop or allow someone's chat. */
export const MSG_M_MUTE = "m-mute";
export const MuteMessage = z.object({ userId: Uuid, muted: z.boolean() }).strict();
/** Host only: remove someone; they cannot come back while this room instance lives. */
export const MSG_M_REMOVE = "m-remove";
export const RemoveMessage = z.object({ userId: Uuid }).strict();
/** Host only: lock the room (nobody new comes in) or unlock it. */
export const MSG_M_LOCK = "m-lock";
export const LockMessage = z.object({ locked: z.boolean() }).strict();
/** Host only: hand the host role to someone present. */
export const MSG_M_HAND_OVER = "m-hand-over";
export const HandOverMessage = z.object({ userId: Uuid }).strict();
/** Host only, clinics: let the first person in the queue in. */
export const MSG_M_CALL_NEXT = "m-call-next";

/** Host only: choose what the big screen shows. */
export const MSG_M_SCREEN = "m-screen";
export const ScreenChoice = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("none") }).strict(),
  z.object({ mode: z.literal("whiteboard") }).strict(),
  z.object({ mode: z.literal("slides"), deckId: Uuid, page: z.number().int().min(0).default(0) }).strict(),
]);
export type ScreenChoice = z.infer<typeof ScreenChoice>;
/** Host only: turn the slides to a page; everyone follows. */
export const MSG_M_PAGE = "m-page";
export const PageMessage = z.object({ page: z.number().int().min(0) }).strict();

/** Anyone present: draw on the whiteboard. Points are x0, y0, x1, y1, … in 0..BOARD_UNITS. */
export const MSG_M_STROKE = "m-stroke";
export const BOARD_UNITS = 10_000;
export const STROKE_POINTS_MAX = 512;
export const STROKE_COLOURS = ["#1f2937", "#dc2626", "#2563eb", "#16a34a", "#f59e0b", "#ffffff"] as const;
export const StrokeMessage = z.object({
  colour: z.enum(STROKE_COLOURS),
  width: z.number().min(1).max(40),
  points: z.array(z.number().int().min(0).max(BOARD_UNITS))
    .min(2).max(STROKE_POINTS_MAX * 2)
    .refine((p) => p.length % 2 === 0, "points come in x, y pairs"),
}).strict();
export type StrokeMessage = z.infer<typeof StrokeMessage>;
/** Host only: wipe the whiteboard. */
export const MSG_M_CLEAR = "m-clear";
/** A room keeps at most this many strokes; past it, drawing is refused until the host clears. */
export const MEETING_STROKES_MAX = 3000;

// ---- server → client ---------------------------------------------------------------------------

export interface MeetingDeckView { id: string; title: string; pageIds: string[] }
export interface ScreenState {
  mode: "none" | "slides" | "whiteboard";
  deck: MeetingDeckView | null;
  page: number;
}
export interface Stroke { id: number; userId: string | null; colour: string; width: number; points: number[] }
export interface MeetingChatLine { id: string; userId: string; name: string; role: string; text: string; at: string }

/** Sent to a person once they are present: everything the room shows, to start from. */
export const MSG_M_WELCOME = "m-welcome";
export interface MeetingWelcome { screen: ScreenState; strokes: Stroke[]; chat: MeetingChatLine[] }
export const MSG_M_SCREEN_STATE = "m-screen-state"; // ScreenState
export const MSG_M_STROKE_ADDED = "m-stroke-added"; // Stroke
export const MSG_M_CLEARED = "m-cleared"; // {}
export const MSG_M_CHAT_LINE = "m-chat-line"; // MeetingChatLine

/** The sender's request was not carried out, and why. */
export const MSG_M_REFUSED = "m-refused";
export type MeetingRefusalReason =
  | "not-host" | "not-present" | "muted" | "too-fast" | "empty" | "too-long" | "not-allowed"
  | "no-such-person" | "no-such-deck" | "no-such-page" | "board-full" | "full" | "queue-empty" | "malformed" | "unavailable";
export interface MeetingRefusal { action: string; reason: MeetingRefusalReason }

/** Close codes the meeting room uses when it ends a session on purpose. */
export const CLOSE_MEETING_REMOVED = 4201; // the host removed you
export const CLOSE_MEETING_DENIED = 4202; // the host did not let you in
export const CLOSE_MEETING_REPLACED = 4203; // the same account joined this room again elsewhere

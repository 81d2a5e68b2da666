import { CLOSE_MEETING_DENIED, CLOSE_MEETING_REMOVED, CLOSE_MEETING_REPLACED } from "../../shared/protocol/meetingMessages.ts";
import type { ScreenState } from "../../shared/protocol/meetingMessages.ts";
import { queuePlaces } from "../../shared/rules/clinicQueue.ts";
import type { MeetingRoomState } from "./meetingRoom.ts";

/** Why the room would not take the person in, as the page words it. */
export type JoinRefusal = "full" | "invite-only" | "removed" | "locked" | "not-found" | "sign-in" | "other";
/** Why the room ended the session. */
export type ClosedReason = "removed" | "denied" | "replaced" | "lost";

/** What the meeting room page shows: one state at a time. */
export type MeetingView =
  | { kind: "connecting" }
  | { kind: "refused"; why: JoinRefusal }
  | { kind: "closed"; why: ClosedReason }
  | { kind: "knocking" }
  | { kind: "queued"; place: number; waitMinutes: number; ahead: number }
  | { kind: "inside" };

/** The matchmaker's refusal code (and, for 403, its words) to the reason the page gives. */
export function joinRefusal(code: number, message: string): JoinRefusal {
  switch (code) {
    case 409: return "full";
    case 423: return "locked";
    case 404: return "not-found";
    case 401: return "sign-in";
    // 403 covers both; the server's words tell them apart.
    case 403: return /remov/i.test(message) ? "removed" : "invite-only";
    default: return "other";
  }
}

export function closedReason(code: number | null): ClosedReason {
  if (code === CLOSE_MEETING_REMOVED) return "removed";
  if (code === CLOSE_MEETING_DENIED) return "denied";
  if (code === CLOSE_MEETING_REPLACED) return "replaced";
  return "lost";
}

/** The page's state from the store: refused, closed, still connecting, waiting at the door, or inside. */
export function meetingView(s: Pick<MeetingRoomState, "connection" | "joinError" | "closeCode" | "people" | "selfSessionId" | "info">): MeetingView {
  if (s.connection === "refused") return { kind: "refused", why: s.joinError ? joinRefusal(s.joinError.code, s.joinError.message) : "other" };
  if (s.connection === "closed" || s.connection === "failed") return { kind: "closed", why: closedReason(s.closeCode) };
  const self = s.people.find((p) => p.sessionId === s.selfSessionId);
  if (!self || !s.info) return { kind: "connecting" };
  if (self.status === "knocking") return { kind: "knocking" };
  if (self.status === "queued") {
    const places = queuePlaces(s.people.filter((p) => p.status === "queued").map((p) => p.ticket), s.info.minutesPerVisit);
    const mine = places.get(self.ticket);
    const place = mine?.place ?? 1;
    return { kind: "queued", place, waitMinutes: mine?.waitMinutes ?? s.info.minutesPerVisit, ahead: place - 1 };
  }
  return { kind: "inside" };
}

/** The page the host turns to from the screen's current one (`delta` pages on), or null when there is none that way. */
export function turnedPage(screen: ScreenState, delta: number): number | null {
  if (screen.mode !== "slides" || !screen.deck) return null;
  const next = screen.page + delta;
  return next >= 0 && next < screen.deck.pageIds.length && next !== screen.page ? next : null;
}

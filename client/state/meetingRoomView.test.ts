import { describe, expect, it } from "vitest";
import { CLOSE_MEETING_DENIED, CLOSE_MEETING_REMOVED, CLOSE_MEETING_REPLACED } from "../../shared/protocol/meetingMessages.ts";
import { initialMeetingRoomState, type MeetingPerson, type MeetingRoomInfo, type MeetingRoomState } from "./meetingRoom.ts";
import { closedReason, joinRefusal, meetingView, turnedPage } from "./meetingRoomView.ts";

const info: MeetingRoomInfo = {
  roomId: "r", parkId: "home", doorId: "door-clinic", name: "Clinic", kind: "clinic", visibility: "public", capacity: 6, locked: false,
  hostUserId: "u-host", bookingTitle: "", bookingEndsAt: "", clinicOpen: true, minutesPerVisit: 20,
};
const person = (sessionId: string, status: MeetingPerson["status"], ticket = 0): MeetingPerson => ({
  sessionId, userId: `u-${sessionId}`, name: sessionId, colour: "#333", role: "resident", expert: "", status, seat: status === "present" ? 0 : -1,
  muted: false, ticket, isSelf: false,
});
const state = (patch: Partial<MeetingRoomState>): MeetingRoomState => ({ ...initialMeetingRoomState(), connection: "connected", info, ...patch });

describe("joinRefusal", () => {
  it("names each refusal the matchmaker gives", () => {
    expect(joinRefusal(409, "the room is full")).toBe("full");
    expect(joinRefusal(423, "locked")).toBe("locked");
    expect(joinRefusal(404, "no such room")).toBe("not-found");
    expect(joinRefusal(401, "sign in")).toBe("sign-in");
    expect(joinRefusal(403, "the host removed you from this room")).toBe("removed");
    expect(joinRefusal(403, "this room is invite-only")).toBe("invite-only");
    expect(joinRefusal(500, "boom")).toBe("other");
  });
});

describe("closedReason", () => {
  it("tells removal, denial and a second window apart from a lost connection", () => {
    expect(closedReason(CLOSE_MEETING_REMOVED)).toBe("removed");
    expect(closedReason(CLOSE_MEETING_DENIED)).toBe("denied");
    expect(closedReason(CLOSE_MEETING_REPLACED)).toBe("replaced");
    expect(closedReason(1006)).toBe("lost");
    expect(closedReason(null)).toBe("lost");
  });
});

describe("meetingView", () => {
  it("waits for the person's own record before showing anything", () => {
    expect(meetingView(state({ selfSessionId: "me" }))).toEqual({ kind: "connecting" });
  });

  it("shows a refusal and a closing before anything else", () => {
    expect(meetingView(state({ connection: "refused", joinError: { code: 409, message: "" } }))).toEqual({ kind: "refused", why: "full" });
    expect(meetingView(state({ connection: "closed", closeCode: CLOSE_MEETING_DENIED, selfSessionId: "me", people: [person("me", "knocking")] })))
      .toEqual({ kind: "closed", why: "denied" });
  });

  it("knocks, and enters once admitted", () => {
    expect(meetingView(state({ selfSessionId: "me", people: [person("host", "present"), person("me", "knocking")] }))).toEqual({ kind: "knocking" });
    expect(meetingView(state({ selfSessionId: "me", people: [person("host", "present"), person("me", "present")] }))).toEqual({ kind: "inside" });
  });

  it("gives the queue place and wait from the clinic's pace, moving up as people ahead are called", () => {
    const queue = [person("host", "present"), person("a", "queued", 3), person("me", "queued", 5), person("b", "queued", 4)];
    expect(meetingView(state({ selfSessionId: "me", people: queue }))).toEqual({ kind: "queued", place: 3, waitMinutes: 60, ahead: 2 });
    const later = queue.filter((p) => p.sessionId !== "a");
    expect(meetingView(state({ selfSessionId: "me", people: later }))).toEqual({ kind: "queued", place: 2, waitMinutes: 40, ahead: 1 });
  });
});

describe("turnedPage", () => {
  const deck = { id: "d", title: "Plan", pageIds: ["p1", "p2", "p3"] };
  it("turns within the deck and stops at either end", () => {
    expect(turnedPage({ mode: "slides", deck, page: 0 }, 1)).toBe(1);
    expect(turnedPage({ mode: "slides", deck, page: 2 }, 1)).toBeNull();
    expect(turnedPage({ mode: "slides", deck, page: 0 }, -1)).toBeNull();
    expect(turnedPage({ mode: "slides", deck, page: 2 }, -1)).toBe(1);
  });
  it("has nothing to turn without slides on the screen", () => {
    expect(turnedPage({ mode: "whiteboard", deck: null, page: 0 }, 1)).toBeNull();
  });
});

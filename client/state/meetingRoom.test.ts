import { describe, expect, it } from "vitest";
import { addChatLines, addStroke, clearStrokes, createMeetingRoomStore, MEETING_CHAT_KEPT, sortMeetingPeople, type MeetingPerson } from "./meetingRoom.ts";

const line = (id: number) => ({ id: String(id), userId: "u", name: "Ann", role: "resident", text: `line ${id}`, at: "2026-11-23T02:00:00Z" });
const stroke = (id: number) => ({ id, userId: "u", colour: "#1f2937", width: 4, points: [0, 0, 10, 10] });

describe("meeting room store", () => {
  it("adds each stroke once and bumps the board version on every change", () => {
    const store = createMeetingRoomStore();
    addStroke(store, stroke(1));
    addStroke(store, stroke(1));
    addStroke(store, stroke(2));
    expect(store.getState().strokes.map((s) => s.id)).toEqual([1, 2]);
    expect(store.getState().boardVersion).toBe(2);
    clearStrokes(store);
    expect(store.getState().strokes).toEqual([]);
    expect(store.getState().boardVersion).toBe(3);
  });

  it("keeps chat lines once each, and only the newest ones", () => {
    const store = createMeetingRoomStore();
    addChatLines(store, [line(1), line(2)]);
    addChatLines(store, [line(2), line(3)]);
    expect(store.getState().chat.map((l) => l.id)).toEqual(["1", "2", "3"]);
    addChatLines(store, Array.from({ length: MEETING_CHAT_KEPT + 5 }, (_, i) => line(100 + i)));
    expect(store.getState().chat).toHaveLength(MEETING_CHAT_KEPT);
    expect(store.getState().chat.at(-1)?.id).toBe(String(100 + MEETING_CHAT_KEPT + 4));
  });

  it("lists people inside by seat, then knockers, then the queue by ticket", () => {
    const p = (name: string, status: MeetingPerson["status"], seat: number, ticket = 0): MeetingPerson => ({
      sessionId: name, userId: name, name, colour: "#000", role: "resident", expert: "", status, seat, muted: false, ticket, isSelf: false,
    });
    const sorted = sortMeetingPeople([p("q2", "queued", -1, 7), p("b", "present", 3), p("k", "knocking", -1), p("a", "present", 0), p("q1", "queued", -1, 4)]);
    expect(sorted.map((x) => x.name)).toEqual(["a", "b", "k", "q1", "q2"]);
  });
});

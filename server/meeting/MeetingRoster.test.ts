import { describe, expect, it } from "vitest";
import { MeetingState } from "../../shared/schema/meeting.ts";
import { MeetingRoster, type Arrival } from "./MeetingRoster.ts";

const room = (capacity = 3) => {
  const state = new MeetingState({ roomId: "r", parkId: "home", name: "Room", kind: "clinic", visibility: "public", capacity });
  return { state, roster: new MeetingRoster(state) };
};
const arrival = (userId: string, way: Arrival["way"] = "enter", ownerSide = false): Arrival => ({
  userId, name: userId, colour: "#000000", role: "resident", expert: "", ownerSide, way, at: new Date(0),
});

describe("the meeting roster", () => {
  it("seats people inside, keeps knockers and the queue at the door, and counts each", () => {
    const { state, roster } = room();
    roster.add("s1", arrival("a"));
    roster.add("s2", arrival("b", "knock"));
    roster.add("s3", arrival("c", "queue"));
    roster.add("s4", arrival("d", "queue"));
    expect(state.people.get("s1")).toMatchObject({ status: "present", seat: 0, ticket: 0 });
    expect(state.people.get("s2")).toMatchObject({ status: "knocking", seat: -1, ticket: 0 });
    expect(state.people.get("s3")).toMatchObject({ status: "queued", ticket: 1 });
    expect(state.people.get("s4")).toMatchObject({ status: "queued", ticket: 2 });
    expect([roster.present(), roster.waiting()]).toEqual([1, 3]);
  });

  it("calls the lowest ticket next, starts its consultation, and reports it when they leave", () => {
    const { state, roster } = room();
    roster.add("s1", arrival("expert", "enter", true));
    roster.add("s2", arrival("first", "queue"));
    roster.add("s3", arrival("second", "queue"));
    expect(roster.nextQueued()).toBe("s2");
    const start = new Date("2026-11-23T02:00:00Z");
    expect(roster.admit("s2", start)).toBeNull();
    expect(state.people.get("s2")).toMatchObject({ status: "present", seat: 1, ticket: 0 });
    expect(roster.nextQueued()).toBe("s3");
    expect(roster.remove("s2")).toEqual({ userId: "first", insideSince: start, consultingSince: start });
    expect(roster.remove("s2")).toBeNull();
  });

  it("reports since when someone was inside when they go: from entering, from being let in, kept across a second session; none for a knocker", () => {
    const { roster } = room();
    const [t1, t2, t3] = [new Date("2026-11-23T02:00:00Z"), new Date("2026-11-23T02:05:00Z"), new Date("2026-11-23T02:09:00Z")];
    roster.add("s1", { ...arrival("a"), at: t1 });
    roster.add("s2", { ...arrival("b", "knock"), at: t1 });
    roster.add("s3", { ...arrival("c", "knock"), at: t1 });
    roster.admit("s2", t2);
    roster.add("s4", { ...arrival("a"), at: t3 });
    expect(roster.remove("s4")).toEqual({ userId: "a", insideSince: t1, consultingSince: null });
    expect(roster.remove("s2")).toEqual({ userId: "b", insideSince: t2, consultingSince: null });
    expect(roster.remove("s3")).toEqual({ userId: "c", insideSince: null, consultingSince: null });
  });

  it("refuses to let in past the seats, or someone already inside or gone", () => {
    const { roster } = room(2);
    roster.add("s1", arrival("a"));
    roster.add("s2", arrival("b"));
    roster.add("s3", arrival("c", "knock"));
    expect(roster.admit("s3", new Date())).toBe("full");
    expect(roster.admit("s1", new Date())).toBe("no-such-person");
    expect(roster.admit("nobody", new Date())).toBe("no-such-person");
    roster.remove("s2");
    expect(roster.admit("s3", new Date())).toBeNull();
  });

  it("replaces an account's older session, keeping the seat and the host's role", () => {
    const { state, roster } = room();
    roster.add("s1", arrival("a"));
    roster.add("s2", arrival("b"));
    roster.electHost(null, false);
    expect(state.hostUserId).toBe("a");
    roster.remove("s1");
    roster.add("s3", arrival("c"));
    expect(state.people.get("s3")?.seat).toBe(0);
    const { replaced } = roster.add("s4", arrival("c"));
    expect(replaced).toBe("s3");
    expect(state.people.has("s3")).toBe(false);
    expect(state.people.get("s4")?.seat).toBe(0);
    expect(roster.sessionOf("c")).toEqual({ sessionId: "s4", inside: true });
  });

  it("elects the owner's side over earlier arrivals, and the booker over both when their slot claims it", () => {
    const { state, roster } = room(5);
    roster.add("s1", arrival("early"));
    roster.add("s2", arrival("owner", "enter", true));
    roster.add("s3", arrival("booker"));
    roster.electHost(null, false);
    expect(state.hostUserId).toBe("owner");
    roster.electHost("booker", false);
    expect(state.hostUserId).toBe("owner"); // a present host keeps the role
    roster.electHost("booker", true);
    expect(state.hostUserId).toBe("booker");
    expect(roster.isHost("s3")).toBe(true);
    expect(roster.isHost("s2")).toBe(false);
  });

  it("keeps a removed person out and finds their session to close", () => {
    const { roster } = room();
    roster.add("s1", arrival("troll"));
    expect(roster.ban("troll")).toBe("s1");
    expect(roster.isRemoved("troll")).toBe(true);
    expect(roster.ban("stranger")).toBeNull();
  });

  it("sends content only to people inside who got the welcome", () => {
    const { roster } = room();
    roster.add("s1", arrival("a"));
    roster.add("s2", arrival("b", "knock"));
    expect(roster.isAudience("s1")).toBe(false);
    roster.setWelcomed("s1", true);
    roster.setWelcomed("s2", true);
    expect(roster.isAudience("s1")).toBe(true);
    expect(roster.isAudience("s2")).toBe(false);
  });
});

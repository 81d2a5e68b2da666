import { Encoder, StateView } from "@colyseus/schema";
import { describe, expect, it } from "vitest";
import { seatTaken, SEATS_PER_ROW } from "../../shared/rules/hallSeats.ts";
import { StageState } from "../../shared/schema/stage.ts";
import type { StageRole } from "../db/repositories/stageContent.ts";
import { HallPeople } from "./HallPeople.ts";
import { TokenBucket } from "./tokenBucket.ts";

/** A hall of two rows with real schema state and views, without a server. */
function hall() {
  const state = new StageState({ eventId: "e", title: "t", instance: 1, seatCount: 2 * SEATS_PER_ROW });
  new Encoder(state);
  const views = new Map<string, StateView>();
  const people = new HallPeople(state, 2 * SEATS_PER_ROW, (id) => views.get(id));
  const join = (id: string, stageRole: StageRole | null = null) => {
    const person = people.add({
      sessionId: id, userId: `u-${id}`, stageRole, name: id, colour: "#fff", role: "resident", style: "classic", muted: false,
      attendanceId: null, reactions: new TokenBucket(1, 1, 0), questions: new TokenBucket(1, 1, 0),
    });
    const view = new StateView();
    views.set(id, view);
    people.fillView(person, view);
    return person;
  };
  const sees = (viewer: string, id: string) => views.get(viewer)!.has(people.get(id)!.attendee);
  return { state, people, join, sees };
}

describe("HallPeople", () => {
  it("seats people in fill order with the bitmap, and shows each their neighbours and the stage", () => {
    const h = hall();
    const speaker = h.join("speaker", "speaker");
    expect(speaker.attendee).toMatchObject({ seat: -1, onStage: true });
    for (let i = 0; i < 10; i++) h.join(`p${i}`);
    expect(h.people.get("p0")!.attendee.seat).toBe(15);
    expect(h.people.get("p9")!.attendee.seat).toBe(10);
    expect(seatTaken(h.state.seats, 10)).toBe(true);
    expect(seatTaken(h.state.seats, 20)).toBe(false);
    expect(h.sees("p1", "p0") && h.sees("p0", "p1")).toBe(true);
    expect(h.sees("p9", "p0") || h.sees("p0", "p9")).toBe(false);
    expect(h.sees("p9", "speaker")).toBe(true);
    expect(h.sees("speaker", "p0")).toBe(false);
  });

  it("shows a raised hand to a moderator who joined before or after, and hides it when lowered", () => {
    const h = hall();
    const early = h.join("mod1", "moderator");
    for (let i = 0; i < 10; i++) h.join(`p${i}`);
    const far = h.people.get("p9")!; // seat 10; the first moderator sits at 15, five columns away
    expect(early.attendee.seat).toBe(15);
    expect(h.sees("mod1", "p9")).toBe(false);
    h.people.setHand(far, true);
    expect(h.sees("mod1", "p9")).toBe(true);
    h.join("host", "host");
    expect(h.sees("host", "p9")).toBe(true);
    h.people.setHand(far, false);
    expect(h.sees("mod1", "p9") || h.sees("host", "p9")).toBe(false);
  });

  it("frees the seat of someone who leaves or goes on stage, and seats them again when they come back", () => {
    const h = hall();
    const a = h.join("a");
    h.join("b");
    h.people.moveToStage(a, true);
    expect(a.attendee.seat).toBe(-1);
    expect(seatTaken(h.state.seats, 15)).toBe(false);
    expect(h.sees("b", "a")).toBe(true);
    h.people.moveToStage(a, false);
    expect(a.attendee.seat).toBe(15);
    expect(h.people.remove("b")?.attendee.seat).toBe(-1);
    expect(seatTaken(h.state.seats, 14)).toBe(false);
    expect(h.people.size).toBe(1);
    expect(h.state.people.has("b")).toBe(false);
  });
});

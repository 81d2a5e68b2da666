import { describe, expect, it } from "vitest";
import { CreateEventBody, UpdateEventBody, type EventDetail } from "../../../shared/protocol/events.ts";
import { createEventBody, draftOfEvent, eventProblems, LAUNCH_HALL, updateEventBody, type EventDraft } from "./eventDraft.ts";

const TZ = "Asia/Shanghai";
const now = new Date("2026-11-23T01:00:00Z"); // 09:00 in the park
const company = "11111111-1111-4111-8111-111111111111";
const room = "22222222-2222-4222-8222-222222222222";
const person = "33333333-3333-4333-8333-333333333333";
const draft = (patch: Partial<EventDraft> = {}): EventDraft => ({
  parkId: "home", kind: "launch", title: "  Nova launch ", description: "", coverImageId: null,
  day: "2026-11-24", start: "14:00", end: "15:30", venue: LAUNCH_HALL, companyId: company, people: [], ...patch,
});
const asMember = { mayHoldForPark: false, editing: false };

describe("eventDraft", () => {
  it("accepts a good draft and builds a body the server's schema takes, on the park's clock", () => {
    expect(eventProblems(draft(), now, TZ, asMember)).toEqual({});
    const body = createEventBody(draft({ people: [{ userId: person, role: "speaker" }, { userId: person, role: "moderator" }] }), TZ);
    expect(body).toMatchObject({
      parkId: "home", companyId: company, title: "Nova launch", venue: { kind: "launch-hall" },
      startsAt: "2026-11-24T14:00:00+08:00", endsAt: "2026-11-24T15:30:00+08:00", people: [{ userId: person, role: "moderator" }],
    });
    expect(CreateEventBody.safeParse(body).success).toBe(true);
  });

  it("sends a meeting room venue, the park's own event, and an end past midnight", () => {
    const body = createEventBody(draft({ venue: room, companyId: "", start: "23:00", end: "01:00" }), TZ);
    expect(body.venue).toEqual({ kind: "meeting-room", roomId: room });
    expect(body.companyId).toBeNull();
    expect(body.endsAt).toBe("2026-11-25T01:00:00+08:00");
    expect(UpdateEventBody.safeParse(updateEventBody(draft(), TZ)).success).toBe(true);
  });

  it("names each problem", () => {
    expect(eventProblems(draft({ title: " " }), now, TZ, asMember).title).toBe("noTitle");
    expect(eventProblems(draft({ title: "x".repeat(81) }), now, TZ, asMember).title).toBe("longTitle");
    expect(eventProblems(draft({ companyId: "" }), now, TZ, asMember).company).toBe("noCompany");
    expect(eventProblems(draft({ companyId: "" }), now, TZ, { mayHoldForPark: true, editing: false }).company).toBeUndefined();
    expect(eventProblems(draft({ end: "14:10" }), now, TZ, asMember).end).toBe("tooShort");
    expect(eventProblems(draft({ start: "01:00", end: "14:00" }), now, TZ, asMember).end).toBe("tooLong");
    expect(eventProblems(draft({ day: "2026-11-23", start: "08:00", end: "10:00" }), now, TZ, asMember).start).toBe("past");
    expect(eventProblems(draft({ day: "2026-11-23", start: "08:00", end: "10:00" }), now, TZ, { mayHoldForPark: false, editing: true }).start).toBeUndefined();
    expect(eventProblems(draft({ day: "2028-01-01" }), now, TZ, asMember).day).toBe("tooFar");
    expect(eventProblems(draft({ day: "2026-02-30" }), now, TZ, asMember).day).toBe("badDay");
    expect(eventProblems(draft({ start: "25:00" }), now, TZ, asMember).start).toBe("badStart");
    expect(eventProblems(draft({ end: "x" }), now, TZ, asMember).end).toBe("badEnd");
  });

  it("turns an event back into a draft without its creator", () => {
    const creator = { id: person, displayName: "Ann", colour: "#fff" };
    const e = {
      id: room, parkId: "home", company: { id: company, name: "Nova", verified: true }, kind: "salon", title: "Tea", coverImageId: null,
      startsAt: "2026-11-24T06:00:00Z", endsAt: "2026-11-24T07:00:00Z", venue: { kind: "meeting-room", roomId: room, roomName: "Lotus" },
      status: "approved", rsvps: 0, going: false, watching: 0, description: "d",
      people: [{ ...creator, role: "host" }, { id: company, displayName: "Bo", colour: "#000", role: "speaker" }],
      createdBy: creator, decisionReason: null, can: { edit: true, decide: false, rsvp: true, present: true, moderate: true },
      decks: [], answered: [], attendance: { peak: 0, total: 0, averageMinutes: 0 },
    } satisfies EventDetail;
    expect(draftOfEvent(e, TZ)).toMatchObject({ day: "2026-11-24", start: "14:00", end: "15:00", venue: room, companyId: company, people: [{ userId: company, role: "speaker" }] });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session } from "../../../shared/protocol/http.ts";
import type { MeetingRoomDetail, MeetingRoomList } from "../../../shared/protocol/meetings.ts";
import { MSG_NOTIFIED } from "../../../shared/protocol/parkMessages.ts";
import { manager, resident } from "../../testing/companyFixtures.ts";
import { joinMeeting } from "../../testing/meetingFixtures.ts";
import { joinPark } from "../../testing/parkProbe.ts";
import { startTestServer, until, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
let boss: Session, first: Session, second: Session, third: Session;

beforeAll(async () => {
  server = await startTestServer();
  [first, second, third] = await Promise.all(["lv.first", "lv.second", "lv.third"].map((u) => resident(server, u))) as [Session, Session, Session];
  boss = await manager(server, "lv.boss");
});
afterAll(async () => { await server?.stop(); });

/** Asks again until `check` holds: the live rooms publish their counts a moment after a join. */
async function eventually<T>(ask: () => Promise<T>, check: (t: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 250; i++) {
    const t = await ask();
    if (check(t)) return t;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`never saw ${what}`);
}

describe("the rooms as the live meeting rooms have them", () => {
  it("count the people inside, and a full room says so at its door", async () => {
    const roomId = (await server.api<MeetingRoomDetail>("POST", "/api/parks/home/meeting-rooms", {
      name: "Small room", kind: "meeting", capacity: 2, visibility: "public",
    }, boss.token)).body.id;
    const list = () => server.api<MeetingRoomList>("GET", "/api/parks/home/meeting-rooms").then((r) => r.body.rooms.find((x) => x.id === roomId)!);
    expect((await list()).present).toBe(0);

    const a = await joinMeeting(server, first.token, roomId);
    const b = await joinMeeting(server, second.token, roomId);
    try {
      await eventually(list, (r) => r.present === 2, "two people inside");
      const seen = await server.api<MeetingRoomDetail>("GET", `/api/meeting-rooms/${roomId}`, undefined, third.token);
      expect(seen.body).toMatchObject({ present: 2, can: { enter: "full", book: true } });
    } finally {
      await a.room.leave();
    }
    await eventually(list, (r) => r.present === 1, "one person left inside");
    expect((await server.api<MeetingRoomDetail>("GET", `/api/meeting-rooms/${roomId}`, undefined, third.token)).body.can.enter).toBe("enter");
    await b.room.leave();
  });
});

describe("an invitation", () => {
  it("pings the invitee in the park, so their client fetches it at once", async () => {
    const roomId = (await server.api<MeetingRoomList>("GET", "/api/parks/home/meeting-rooms")).body.rooms[0]!.id;
    const invitee = await joinPark(server, second.token, "home");
    try {
      const startsAt = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 5 * 3_600_000);
      const booked = await server.api("POST", `/api/meeting-rooms/${roomId}/bookings`, {
        title: "Ping", startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(), inviteeIds: [second.user.id],
      }, first.token);
      expect(booked.status).toBe(201);
      await until(() => invitee.messages.some((m) => m.type === MSG_NOTIFIED), "the notification ping");
    } finally {
      await invitee.room.leave();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MSG_S_HAND, MSG_S_INVITE } from "../../shared/protocol/stageMessages.ts";
import { SEATS_PER_ROW } from "../../shared/rules/hallSeats.ts";
import { insertEvent, joinStage, type StageProbe } from "../testing/eventFixtures.ts";
import { startTestServer, until, type TestServer } from "../testing/testServer.ts";

/** A hall of two full rows: wide enough for people who are not each other's neighbours. */
let server: TestServer;
beforeAll(async () => { server = await startTestServer({ hallSeats: 2 * SEATS_PER_ROW }); });
afterAll(async () => { await server?.stop(); });

let n = 0;

describe("who sees whom in the hall", () => {
  it("shows each person the speaker and their neighbours, not the far end of the row; moderators see raised hands; an invited person is seen by all", async () => {
    const speakerSession = await server.guest("speaker");
    const modSession = await server.guest("moderator");
    const eventId = await insertEvent(server.db, {
      people: [{ userId: speakerSession.user.id, role: "speaker" }, { userId: modSession.user.id, role: "moderator" }],
    });
    const speaker = await joinStage(server, speakerSession.token, eventId);
    // Seats fill the front row's middle outwards: 15, 14, 16, 13, 17, 12, 18, 11, 19, 10, 20.
    const crowd: { probe: StageProbe; userId: string }[] = [];
    for (let i = 0; i < 10; i++) {
      const s = await server.guest(`watcher ${++n}`);
      crowd.push({ probe: await joinStage(server, s.token, eventId), userId: s.user.id });
    }
    const moderator = await joinStage(server, modSession.token, eventId);
    const first = crowd[0]!; // seat 15
    const neighbour = crowd[1]!; // seat 14
    const far = crowd[9]!; // seat 10: five columns from 15
    expect(first.probe.me()?.seat).toBe(15);
    expect(far.probe.me()?.seat).toBe(10);
    expect(moderator.me()?.seat).toBe(20); // moderators sit with the audience

    await until(() => neighbour.probe.seen().has(first.userId), "the neighbour to see the first person");
    await until(() => far.probe.seen().has(speakerSession.user.id), "the far end to see the speaker");
    expect(far.probe.seen().get(speakerSession.user.id)?.onStage).toBe(true);
    await until(() => speaker.seen().size === 1, "the speaker, who has no neighbours");
    expect(far.probe.seen().has(first.userId)).toBe(false);
    expect(first.probe.seen().has(far.userId)).toBe(false);
    // The seat bitmap still shows everyone to everyone.
    await until(() => far.probe.room.state.watching === 12, "the count of everyone here");

    far.probe.room.send(MSG_S_HAND, { raised: true });
    await until(() => moderator.seen().get(far.userId)?.hand === true, "the moderator to see the far raised hand");
    await until(() => far.probe.me()?.hand === true, "the hand shown to its owner");
    expect(first.probe.seen().has(far.userId)).toBe(false);
    far.probe.room.send(MSG_S_HAND, { raised: false });
    await until(() => !moderator.seen().has(far.userId), "the hand gone from the moderator's view once lowered");

    moderator.room.send(MSG_S_INVITE, { userId: far.userId, onStage: true });
    await until(() => first.probe.seen().get(far.userId)?.onStage === true, "everyone to see the invited person on stage");
    expect(far.probe.me()?.seat).toBe(-1);
    moderator.room.send(MSG_S_INVITE, { userId: far.userId, onStage: false });
    await until(() => far.probe.me()?.onStage === false && (far.probe.me()?.seat ?? -1) >= 0, "back in a seat");
    await until(() => !speaker.seen().has(far.userId), "the speaker no longer seeing them in full");

    await first.probe.room.leave();
    await until(() => !neighbour.probe.seen().has(first.userId), "a neighbour who left gone from the view");
    await until(() => neighbour.probe.room.state.watching === 11, "the count after someone left");
    await Promise.all([speaker, moderator, ...crowd.slice(1).map((c) => c.probe)].map((p) => p.room.leave()));
  });
});

import { afterAll, describe, expect, it } from "vitest";
import type { Session } from "../../shared/protocol/http.ts";
import { MSG_M_CHAT, MSG_M_PAGE, MSG_M_SCREEN, MSG_M_STROKE } from "../../shared/protocol/meetingMessages.ts";
import { resident } from "../testing/companyFixtures.ts";
import { insertDeck, insertMeetingRoom, joinMeeting } from "../testing/meetingFixtures.ts";
import { startTestServer, until, type TestServer } from "../testing/testServer.ts";

const running: TestServer[] = [];
afterAll(async () => { for (const s of running) await s.stop(); });

const login = async (server: TestServer, username: string): Promise<Session> =>
  (await server.api<Session>("POST", "/api/auth/login", { username, password: "correct horse" })).body;

describe("a meeting room across a server restart", () => {
  it("shows the same whiteboard, screen and chat from the database after the server stops and starts again", async () => {
    const first = await startTestServer();
    running.push(first);
    const host = await resident(first, "presenter");
    const other = await resident(first, "listener");
    const roomId = await insertMeetingRoom(first.db, {});
    const deck = await insertDeck(first.db, roomId, 4, "Roadmap");

    const a = await joinMeeting(first, host.token, roomId);
    const b = await joinMeeting(first, other.token, roomId);
    await until(() => b.welcome !== null, "b's welcome");
    a.room.send(MSG_M_STROKE, { colour: "#16a34a", width: 6, points: [0, 0, 10_000, 10_000] });
    b.room.send(MSG_M_STROKE, { colour: "#f59e0b", width: 2, points: [5, 5, 6, 6, 7, 7] });
    a.room.send(MSG_M_SCREEN, { mode: "slides", deckId: deck.id, page: 1 });
    a.room.send(MSG_M_PAGE, { page: 3 });
    b.room.send(MSG_M_CHAT, { text: "see you after the restart" });
    await until(() => b.strokes.length === 2 && b.screens.length === 2 && b.chat.length === 1, "everything to reach b");
    const drawn = b.strokes;

    await first.stop();
    running.splice(0, 1);
    const second = await startTestServer({ databaseUrl: first.databaseUrl });
    running.push(second);
    const c = await joinMeeting(second, (await login(second, "listener")).token, roomId);
    await until(() => c.welcome !== null, "the welcome after the restart");
    expect(c.welcome!.strokes).toEqual(drawn);
    expect(c.welcome!.screen).toEqual({ mode: "slides", deck: { id: deck.id, title: "Roadmap", pageIds: deck.pageIds }, page: 3 });
    expect(c.welcome!.chat.map((l) => l.text)).toEqual(["see you after the restart"]);
    await c.room.leave();
  });
});

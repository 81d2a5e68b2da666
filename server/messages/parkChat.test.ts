import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHAT_BURST, CHAT_MAX_LENGTH, MSG_CHAT, MSG_CHAT_HISTORY, MSG_CHAT_LINE, MSG_CHAT_REFUSED, type ChatLine, type ChatRefusal,
} from "../../shared/protocol/chat.ts";
import type { Session } from "../../shared/protocol/http.ts";
import { joinPark, type ParkProbe } from "../testing/parkProbe.ts";
import { startTestServer, until, type TestServer } from "../testing/testServer.ts";

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.stop(); });

let n = 0;
const resident = async () =>
  (await server.api<Session>("POST", "/api/auth/register", { username: `talker${++n}`, displayName: `Talker ${n}`, password: "password1" })).body;

interface Listener { probe: ParkProbe; lines: ChatLine[]; history: ChatLine[] | null; refusals: ChatRefusal[] }

async function enter(token: string, spawnId?: string): Promise<Listener> {
  const probe = await joinPark(server, token, "home", spawnId);
  const history = probe.messages.find((m) => m.type === MSG_CHAT_HISTORY)?.payload as ChatLine[] | undefined;
  const l: Listener = { probe, lines: [], history: history ?? null, refusals: [] };
  probe.room.onMessage(MSG_CHAT_HISTORY, (lines: ChatLine[]) => { l.history = lines; });
  probe.room.onMessage(MSG_CHAT_LINE, (line: ChatLine) => l.lines.push(line));
  probe.room.onMessage(MSG_CHAT_REFUSED, (r: ChatRefusal) => l.refusals.push(r));
  return l;
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("park chat", () => {
  it("brings a local line to people nearby and the speaker, not to someone far away", async () => {
    const a = await enter((await resident()).token);
    const b = await enter((await resident()).token);
    const far = await enter((await resident()).token, "from-changshu");
    a.probe.room.send(MSG_CHAT, { channel: "local", text: "  你好，有人懂 PLC 吗？ <b>hi</b> " });
    await until(() => b.lines.length === 1 && a.lines.length === 1, "the line to reach a and b");
    expect(b.lines[0]).toMatchObject({ channel: "local", text: "你好，有人懂 PLC 吗？ <b>hi</b>", name: "Talker 1", sessionId: a.probe.room.sessionId });
    await sleep(300);
    expect(far.lines).toHaveLength(0);
    await Promise.all([a, b, far].map((l) => l.probe.room.leave()));
  });

  it("brings a park line to everyone, keeps it, and shows it to people who arrive later", async () => {
    const a = await enter((await resident()).token);
    const far = await enter((await resident()).token, "from-changshu");
    a.probe.room.send(MSG_CHAT, { channel: "park", text: "Launch at 3 pm in the launch hall" });
    await until(() => far.lines.some((l) => l.text === "Launch at 3 pm in the launch hall"), "the park line to reach far");
    const later = await enter((await resident()).token);
    await until(() => later.history !== null, "the history on entry");
    expect(later.history!.at(-1)).toMatchObject({ channel: "park", text: "Launch at 3 pm in the launch hall", name: a.lines[0]!.name });
    const { rows } = await server.db.query("SELECT text FROM chat_messages WHERE channel = 'park'");
    expect(rows.map((r) => r.text)).toContain("Launch at 3 pm in the launch hall");
    await Promise.all([a, far, later].map((l) => l.probe.room.leave()));
  });

  it("tells the sender why a message was refused and sends nothing", async () => {
    const guest = await enter((await server.guest()).token);
    const a = await enter((await resident()).token);
    const b = await enter((await resident()).token);
    guest.probe.room.send(MSG_CHAT, { channel: "local", text: "hello" });
    a.probe.room.send(MSG_CHAT, { channel: "local", text: "x".repeat(CHAT_MAX_LENGTH + 1) });
    a.probe.room.send(MSG_CHAT, { channel: "local", text: "   " });
    a.probe.room.send(MSG_CHAT, { channel: "shout", text: "hi" });
    await until(() => guest.refusals.length === 1 && a.refusals.length === 3, "the refusals");
    expect(guest.refusals[0]!.reason).toBe("not-allowed");
    expect(a.refusals.map((r) => r.reason)).toEqual(["too-long", "empty", "malformed"]);

    for (let i = 0; i < CHAT_BURST + 1; i++) a.probe.room.send(MSG_CHAT, { channel: "local", text: `line ${i}` });
    await until(() => a.refusals.length === 4, "the rate limit");
    expect(a.refusals[3]).toMatchObject({ reason: "too-fast" });
    expect(a.refusals[3]!.retryInMs).toBeGreaterThan(0);
    await until(() => b.lines.length === CHAT_BURST, "the accepted lines");
    await sleep(200);
    expect(b.lines.map((l) => l.text)).toEqual([...Array(CHAT_BURST).keys()].map((i) => `line ${i}`));
    expect(guest.probe.room.connection.isOpen).toBe(true);
    await Promise.all([guest, a, b].map((l) => l.probe.room.leave()));
  });
});

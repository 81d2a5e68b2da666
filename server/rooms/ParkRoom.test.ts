import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PARK_TICK_MS, WALK_SPEED } from "../../shared/constants.ts";
import { ANIM_WALK, animForEmote } from "../../shared/protocol/parkMessages.ts";
import type { Session } from "../../shared/protocol/http.ts";
import { CLOSE_REPLACED } from "../../shared/protocol/rooms.ts";
import { cellCoord } from "../../shared/rules/interestGrid.ts";
import { joinPark } from "../testing/parkProbe.ts";
import { startTestServer, until, type TestServer } from "../testing/testServer.ts";

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.stop(); });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const guestToken = async () => (await server.guest()).token;

describe("the park room", () => {
  it("shows two people near each other moving, and keeps a far one out of it", async () => {
    const a = await joinPark(server, await guestToken());
    const b = await joinPark(server, await guestToken());
    const far = await joinPark(server, await guestToken(), "home", "from-changshu");
    await until(() => b.last(a.idx) !== undefined, "b to see a");
    const start = b.last(a.idx)!;

    a.room.send("move", { dir: [1, 0] });
    await until(() => (b.last(a.idx)?.x ?? 0) > start.x + 2, "b to see a walk east");
    expect(b.last(a.idx)!.anim).toBe(ANIM_WALK);
    expect(a.last(a.idx)!.x).toBeGreaterThan(start.x + 2); // and a sees itself
    a.room.send("move", { stop: true });

    // The far client knows a exists (names are for everyone) but never received a's movement.
    expect(far.room.state.avatars.size).toBeGreaterThanOrEqual(3);
    expect(far.seen.has(a.idx)).toBe(false);
    expect(far.seen.has(b.idx)).toBe(false);
    expect(far.seen.has(far.idx)).toBe(true);
    expect(b.room.state.online).toBe(a.room.state.online);
    expect(a.room.state.online).toBeGreaterThanOrEqual(3);
    await Promise.all([a.room.leave(), b.room.leave(), far.room.leave()]);
  });

  it("brings a walker into view when they come near, and lets them go when they leave", async () => {
    // In the enclave park, the portal spawn point is 58 m south of the main one.
    const watcher = await joinPark(server, await guestToken(), "changshu-enclave", "from-beijing");
    const walker = await joinPark(server, await guestToken(), "changshu-enclave");
    expect(watcher.seen.has(walker.idx)).toBe(false);
    walker.room.send("move", { to: [80, 132] });
    await until(() => watcher.seen.has(walker.idx), "the walker to come into view", 30_000);
    walker.room.send("move", { to: [80, 80] });
    // The watcher's last news of the walker is a position outside its cells; then nothing more.
    const watcherCell = cellCoord(138);
    await until(() => cellCoord(watcher.last(walker.idx)?.z ?? 999) < watcherCell - 1, "the walker to walk out of view", 30_000);
    const heard = watcher.seen.get(walker.idx)!.length;
    await sleep(1000);
    expect(watcher.seen.get(walker.idx)!.length).toBe(heard);
    expect(walker.last(walker.idx)!.z).toBeLessThan(watcher.last(walker.idx)!.z - 2); // still walking, unseen
    await Promise.all([watcher.room.leave(), walker.room.leave()]);
  }, 60_000);

  it("never moves anyone faster than walking speed, whatever the client sends", async () => {
    const a = await joinPark(server, await guestToken());
    for (let i = 0; i < 25; i++) a.room.send("move", { dir: [i % 2 ? 1 : -1, 1] });
    a.room.send("move", { to: [150, 190] });
    await sleep(1500);
    const track = a.seen.get(a.idx)!;
    for (let i = 1; i < track.length; i++) {
      const step = Math.hypot(track[i]!.x - track[i - 1]!.x, track[i]!.z - track[i - 1]!.z);
      expect(step).toBeLessThanOrEqual(WALK_SPEED * (PARK_TICK_MS / 1000) + 0.02);
    }
    await a.room.leave();
  });

  it("ignores malformed and impossible input without disconnecting or breaking the state", async () => {
    const a = await joinPark(server, await guestToken());
    const watcher = await joinPark(server, await guestToken());
    let left = false;
    a.room.onLeave(() => { left = true; });
    const before = a.last(a.idx)!;
    for (const bad of [
      { dir: [Number.NaN, 1] }, { dir: [Infinity, 0] }, { to: [-5, 10] }, { to: [1e9, 3] }, { dir: "north" },
      { dir: [1, 0], extra: true }, "garbage", null, 42, [], { to: [150] },
    ]) a.room.send("move", bad);
    a.room.send("emote", { emote: "moonwalk" });
    a.room.send("teleport", { to: [0, 0] });
    await sleep(500);
    expect(left).toBe(false);
    const now = a.last(a.idx)!;
    expect(Math.hypot(now.x - before.x, now.z - before.z)).toBeLessThan(0.01);
    expect(a.room.state.avatars.size).toBeGreaterThanOrEqual(2);

    // Still an honest client: a valid intent and an emote work afterwards.
    await sleep(1100); // let the intent budget refill
    a.room.send("emote", { emote: "wave" });
    await until(() => watcher.last(a.idx)?.anim === animForEmote("wave"), "the wave to reach the watcher");
    a.room.send("move", { dir: [0, 1] });
    await until(() => (watcher.last(a.idx)?.z ?? 0) > before.z + 1, "a to walk after the bad input");
    await Promise.all([a.room.leave(), watcher.room.leave()]);
  });

  it("refuses joins without a session, with bad options or another protocol version", async () => {
    const token = await guestToken();
    await expect(server.sdk().joinOrCreate("park", { parkId: "home", protocol: 1 })).rejects.toThrow(/sign in/);
    await expect(server.sdk(token).joinOrCreate("park", { protocol: 1 })).rejects.toThrow(/parkId/);
    await expect(server.sdk(token).joinOrCreate("park", { parkId: "home", protocol: 99 })).rejects.toThrow(/protocol/);
    await expect(server.sdk("not-a-token").joinOrCreate("park", { parkId: "home", protocol: 1 })).rejects.toThrow(/sign in/);
  });

  it("keeps a dropped avatar for its client, which reconnects to it", async () => {
    const a = await joinPark(server, await guestToken());
    const b = await joinPark(server, await guestToken());
    const sessionId = a.room.sessionId;
    let reconnected = false;
    a.room.onReconnect(() => { reconnected = true; });

    // Cut a's socket from the server side, as a network drop would.
    const room = matchMaker.getLocalRoomById(a.room.roomId)!;
    const serverClient = room.clients.find((c) => c.sessionId === sessionId)!;
    (serverClient.ref as unknown as { terminate(): void }).terminate();

    expect(b.room.state.online).toBe(2);
    await until(() => b.room.state.avatars.get(sessionId)?.connected === false, "b to see a as disconnected");
    expect(b.room.state.online).toBe(1); // still in the park, but not counted as online
    expect(b.room.state.avatars.has(sessionId)).toBe(true);
    await until(() => reconnected, "a to reconnect", 15_000);
    await until(() => b.room.state.avatars.get(sessionId)?.connected === true, "b to see a back");
    expect(b.room.state.online).toBe(2);
    expect(a.room.sessionId).toBe(sessionId);
    expect(b.room.state.avatars.get(sessionId)!.idx).toBe(a.idx);
    a.room.send("move", { dir: [-1, 0] });
    const x0 = b.last(a.idx)!.x;
    await until(() => (b.last(a.idx)?.x ?? x0) < x0 - 1, "a to walk after reconnecting");
    await Promise.all([a.room.leave(), b.room.leave()]);
  }, 30_000);

  it("replaces the old session when one account joins twice, leaving no ghost", async () => {
    const session = (await server.api<Session>("POST", "/api/auth/register", { username: "twice", displayName: "Twice", password: "password1" })).body;
    const first = await joinPark(server, session.token);
    let firstCode = 0;
    first.room.onLeave((code) => { firstCode = code; });
    const second = await joinPark(server, session.token);
    await until(() => firstCode !== 0, "the first session to be closed");
    expect(firstCode).toBe(CLOSE_REPLACED);
    const mine = [...second.room.state.avatars.values()].filter((a) => a.userId === session.user.id);
    expect(mine).toHaveLength(1);
    expect(second.room.state.avatars.has(first.room.sessionId)).toBe(false);
    await second.room.leave();
  });

  it("removes the avatar of someone who leaves and updates the online count for all", async () => {
    const a = await joinPark(server, await guestToken(), "changshu-enclave");
    const b = await joinPark(server, await guestToken(), "changshu-enclave");
    expect(b.room.state.online).toBe(2);
    await a.room.leave();
    await until(() => b.room.state.online === 1 && b.room.state.avatars.size === 1, "b to see a gone");
    await b.room.leave();
  });

  it("sends a walker through a portal to the other park", async () => {
    const a = await joinPark(server, await guestToken(), "home", "from-changshu"); // 14 m north of the portal
    let portal: { parkId: string; spawnId: string } | undefined;
    a.room.onMessage("portal", (m: { parkId: string; spawnId: string }) => { portal = m; });
    a.room.send("move", { dir: [0, 1] });
    await until(() => portal !== undefined, "the portal message", 10_000);
    expect(portal).toEqual({ parkId: "changshu-enclave", spawnId: "from-beijing" });
    await a.room.leave();
  });
});

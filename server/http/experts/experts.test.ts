import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Profile } from "../../../shared/protocol/companies.ts";
import type { ApiError, Session } from "../../../shared/protocol/http.ts";
import type { CertificationRequest, NotificationList } from "../../../shared/protocol/tasks.ts";
import { joinPark } from "../../testing/parkProbe.ts";
import { startTestServer, until, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
let manager: Session;
const PARK = "changshu-enclave";

const register = async (username: string, displayName: string): Promise<Session> =>
  (await server.api<Session>("POST", "/api/auth/register", { username, displayName, password: "password1" })).body;
const ask = (who: Session, body: unknown) => server.api<CertificationRequest & { code?: string }>("POST", "/api/me/certification", body, who.token);
const request = { fields: ["automation", "software"], statement: "十年 PLC 与机器视觉项目经验。Ten years of PLC and vision work.", links: ["https://example.com/portfolio"] };

beforeAll(async () => {
  server = await startTestServer();
  await server.accounts.createManager({ username: "certmod", displayName: "Mod", password: "password1" });
  manager = (await server.api<Session>("POST", "/api/auth/login", { username: "certmod", password: "password1" })).body;
});
afterAll(async () => { await server?.stop(); });

describe("expert certification", () => {
  it("a resident asks once; a second request while one waits is refused", async () => {
    const xu = await register("certxu", "徐静");
    const first = await ask(xu, request);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: "pending", fields: ["automation", "software"], user: { id: xu.user.id, expertLevel: "none" }, reason: null });
    const again = await ask(xu, { ...request, fields: ["design"] });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("certification_pending");
    const mine = await server.api<{ requests: CertificationRequest[] }>("GET", "/api/me/certification", undefined, xu.token);
    expect(mine.body.requests.map((r) => r.id)).toEqual([first.body.id]);
  });

  it("refuses bad requests and guests, and changes nothing", async () => {
    const he = await register("certhe", "何鹏");
    for (const body of [{ ...request, fields: [] }, { ...request, fields: ["juggling"] }, { ...request, statement: " " }, { ...request, links: ["not a link"] }, { ...request, extra: 1 }]) {
      expect((await ask(he, body)).status).toBe(400);
    }
    expect((await ask(await server.guest("Visitor"), request)).status).toBe(403);
    const mine = await server.api<{ requests: CertificationRequest[] }>("GET", "/api/me/certification", undefined, he.token);
    expect(mine.body.requests).toEqual([]);
  });

  it("a manager approves: the profile shows the expert, their avatar in the park wears the badge, and they are notified", async () => {
    const wang = await register("certwang", "王磊");
    const asked = (await ask(wang, request)).body;
    const queue = await server.api<{ requests: CertificationRequest[] }>("GET", "/api/certification-requests?status=pending", undefined, manager.token);
    expect(queue.body.requests.map((r) => r.id)).toContain(asked.id);

    const walker = await joinPark(server, wang.token, PARK);
    const onlooker = await joinPark(server, (await server.guest("Onlooker")).token, PARK);
    try {
      const wangSeen = () => [...onlooker.room.state.avatars.values()].find((a) => a.userId === wang.user.id);
      await until(() => wangSeen() !== undefined, "王磊 in the park");
      expect(wangSeen()!.expert).toBe("");

      const decided = await server.api<CertificationRequest>("POST", `/api/certification-requests/${asked.id}/decision`, { approve: true }, manager.token);
      expect(decided.status).toBe(200);
      expect(decided.body).toMatchObject({ status: "approved", user: { expertLevel: "expert" } });
      await until(() => wangSeen()?.expert === "expert", "the expert badge");

      // Managers grant authority on their own.
      const up = await server.api("POST", `/api/users/${wang.user.id}/expert-level`, { level: "authority" }, manager.token);
      expect(up.body).toEqual({ id: wang.user.id, expertLevel: "authority", expertFields: ["automation", "software"] });
      await until(() => wangSeen()?.expert === "authority", "the authority badge");
    } finally {
      await onlooker.room.leave();
      await walker.room.leave();
    }

    const profile = await server.api<Profile>("GET", `/api/users/${wang.user.id}/profile`);
    expect(profile.body).toMatchObject({
      expertLevel: "authority", expertFields: ["automation", "software"], rating: { stars: null, count: 0 }, completedTasks: 0, withdrawals: 0,
    });
    const inbox = await server.api<NotificationList>("GET", "/api/me/notifications", undefined, wang.token);
    expect(inbox.body.unread).toBe(1);
    expect(inbox.body.notifications[0]).toMatchObject({ kind: "certification.approved", read: false, payload: { requestId: asked.id, level: "expert" } });

    // Deciding twice changes nothing.
    const twice = await server.api<ApiError>("POST", `/api/certification-requests/${asked.id}/decision`, { approve: false, reason: "late" }, manager.token);
    expect(twice.status).toBe(409);

    const revoked = await server.api("POST", `/api/users/${wang.user.id}/expert-level`, { level: "none" }, manager.token);
    expect(revoked.body).toEqual({ id: wang.user.id, expertLevel: "none", expertFields: [] });
  });

  it("a manager rejects with a reason the person reads; they may ask again", async () => {
    const sun = await register("certsun", "孙婷");
    const asked = (await ask(sun, { ...request, fields: ["quality"] })).body;
    const silent = await server.api<{ code: string }>("POST", `/api/certification-requests/${asked.id}/decision`, { approve: false, reason: " " }, manager.token);
    expect(silent.status).toBe(400);
    expect(silent.body.code).toBe("reason_required");
    const rejected = await server.api<CertificationRequest>("POST", `/api/certification-requests/${asked.id}/decision`, { approve: false, reason: "请补充项目案例" }, manager.token);
    expect(rejected.body).toMatchObject({ status: "rejected", reason: "请补充项目案例", user: { expertLevel: "none" } });
    const mine = await server.api<{ requests: CertificationRequest[] }>("GET", "/api/me/certification", undefined, sun.token);
    expect(mine.body.requests[0]).toMatchObject({ status: "rejected", reason: "请补充项目案例" });
    const inbox = await server.api<NotificationList>("GET", "/api/me/notifications", undefined, sun.token);
    expect(inbox.body.notifications[0]).toMatchObject({ kind: "certification.rejected", payload: { reason: "请补充项目案例" } });
    expect((await ask(sun, { ...request, fields: ["quality"] })).status).toBe(201);
  });

  it("residents cannot decide, queue or change levels", async () => {
    const lu = await register("certlu", "陆雅琴");
    const asked = (await ask(lu, request)).body;
    expect((await server.api("POST", `/api/certification-requests/${asked.id}/decision`, { approve: true }, lu.token)).status).toBe(403);
    expect((await server.api("GET", "/api/certification-requests", undefined, lu.token)).status).toBe(403);
    expect((await server.api("POST", `/api/users/${lu.user.id}/expert-level`, { level: "authority" }, lu.token)).status).toBe(403);
    expect((await server.api("POST", `/api/certification-requests/00000000-0000-4000-8000-000000000000/decision`, { approve: true }, manager.token)).status).toBe(404);
    expect((await server.api("POST", `/api/users/${lu.user.id}/expert-level`, { level: "guru" }, manager.token)).status).toBe(400);
    const profile = await server.api<Profile>("GET", `/api/users/${lu.user.id}/profile`);
    expect(profile.body.expertLevel).toBe("none");
  });
});

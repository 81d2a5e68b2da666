import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session } from "../../../shared/protocol/http.ts";
import type { NotificationList } from "../../../shared/protocol/tasks.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
let ma: Session;
let zhao: Session;

const register = async (username: string, displayName: string): Promise<Session> =>
  (await server.api<Session>("POST", "/api/auth/register", { username, displayName, password: "password1" })).body;
const inbox = (who: Session, query = "") => server.api<NotificationList>("GET", `/api/me/notifications${query}`, undefined, who.token);

beforeAll(async () => {
  server = await startTestServer();
  ma = await register("notema", "马");
  zhao = await register("notezhao", "赵琳");
  // Five of Ma's, an hour apart (the newest last), and one of Zhao's.
  for (let i = 0; i < 5; i++) {
    await server.db.query(
      "INSERT INTO notifications (user_id, kind, payload, created_at) VALUES ($1, 'application.picked', $2, now() - make_interval(hours => $3::int))",
      [ma.user.id, JSON.stringify({ taskId: `t${i}`, taskTitle: `任务 ${i}` }), 5 - i],
    );
  }
  await server.db.query("INSERT INTO notifications (user_id, kind, payload) VALUES ($1, 'delivery.received', '{}')", [zhao.user.id]);
});
afterAll(async () => { await server?.stop(); });

describe("notifications", () => {
  it("lists mine newest first with the unread count, and pages back with `before`", async () => {
    const first = await inbox(ma, "?limit=3");
    expect(first.status).toBe(200);
    expect(first.body.unread).toBe(5);
    expect(first.body.notifications.map((n) => n.payload.taskTitle)).toEqual(["任务 4", "任务 3", "任务 2"]);
    expect(first.body.notifications[0]).toMatchObject({ kind: "application.picked", read: false });
    const next = await inbox(ma, `?limit=3&before=${encodeURIComponent(first.body.notifications[2]!.createdAt)}`);
    expect(next.body.notifications.map((n) => n.payload.taskTitle)).toEqual(["任务 1", "任务 0"]);
  });

  it("pages through notifications written within the same millisecond without losing one", async () => {
    const li = await register("noteli", "李");
    await server.db.query(
      `INSERT INTO notifications (user_id, kind, created_at)
       SELECT $1, 'task.applied', timestamptz '2026-11-20 10:00:00.123' + make_interval(secs => n / 1000000.0) FROM generate_series(1, 3) n`,
      [li.user.id],
    );
    const seen: string[] = [];
    let before = "";
    for (let page = 0; page < 4; page++) {
      const r = await inbox(li, `?limit=1${before ? `&before=${encodeURIComponent(before)}` : ""}`);
      if (r.body.notifications.length === 0) break;
      seen.push(r.body.notifications[0]!.id);
      before = r.body.notifications[0]!.createdAt;
    }
    expect(new Set(seen).size).toBe(3);
  });

  it("marks the ones named read, never someone else's, then all of them", async () => {
    const mine = (await inbox(ma)).body.notifications;
    const theirs = (await inbox(zhao)).body.notifications;
    const r = await server.api("POST", "/api/me/notifications/read", { ids: [mine[0]!.id, theirs[0]!.id] }, ma.token);
    expect(r.body).toEqual({ read: 1, unread: 4 });
    expect((await inbox(zhao)).body.unread).toBe(1);
    expect((await inbox(ma)).body.notifications.map((n) => n.read)).toEqual([true, false, false, false, false]);

    const all = await server.api("POST", "/api/me/notifications/read", {}, ma.token);
    expect(all.body).toEqual({ read: 4, unread: 0 });
    expect((await inbox(ma)).body.unread).toBe(0);
  });

  it("refuses bad input and strangers", async () => {
    expect((await inbox(ma, "?before=yesterday")).status).toBe(400);
    expect((await inbox(ma, "?limit=0")).status).toBe(400);
    expect((await server.api("POST", "/api/me/notifications/read", { ids: ["x"] }, ma.token)).status).toBe(400);
    expect((await server.api("GET", "/api/me/notifications")).status).toBe(401);
  });
});

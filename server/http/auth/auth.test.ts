import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError, Me, Session } from "../../../shared/protocol/http.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.stop(); });

describe("accounts over HTTP", () => {
  it("registers a resident who can then sign in and see themselves", async () => {
    const reg = await server.api<Session>("POST", "/api/auth/register", { username: "Li.Wei", displayName: "李伟", password: "correct horse" });
    expect(reg.status).toBe(201);
    expect(reg.body.user).toMatchObject({ username: "li.wei", displayName: "李伟", role: "resident" });
    expect(reg.body.user.colour).toMatch(/^#[0-9a-f]{6}$/);

    const login = await server.api<Session>("POST", "/api/auth/login", { username: "li.wei", password: "correct horse" });
    expect(login.status).toBe(200);
    const me = await server.api<Me>("GET", "/api/me", undefined, login.body.token);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: reg.body.user.id, role: "resident" });
  });

  it("stores the password hashed with argon2id, never as typed", async () => {
    await server.api("POST", "/api/auth/register", { username: "hashcheck", displayName: "H", password: "a long secret" });
    const { rows } = await server.db.query<{ password_hash: string }>("SELECT password_hash FROM users WHERE username = 'hashcheck'");
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0]!.password_hash).not.toContain("a long secret");
  });

  it("refuses a taken username with 409 and changes nothing", async () => {
    await server.api("POST", "/api/auth/register", { username: "taken", displayName: "First", password: "password1" });
    const again = await server.api<ApiError>("POST", "/api/auth/register", { username: "TAKEN", displayName: "Second", password: "password2" });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/already taken/);
    const login = await server.api<Session>("POST", "/api/auth/login", { username: "taken", password: "password1" });
    expect(login.body.user.displayName).toBe("First");
  });

  it("answers bad input with 400 and a readable message per field", async () => {
    const r = await server.api<ApiError>("POST", "/api/auth/register", { username: "x", displayName: "", password: "short" });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe("invalid_request");
    expect(r.body.issues?.map((i) => i.path).sort()).toEqual(["displayName", "password", "username"]);
    const extra = await server.api<ApiError>("POST", "/api/auth/register", { username: "okname", displayName: "A", password: "password1", role: "manager" });
    expect(extra.status).toBe(400);
    const notJson = await server.api<ApiError>("POST", "/api/auth/login", "{not json");
    expect(notJson.status).toBe(400);
    expect(notJson.body.message).toMatch(/not valid JSON/);
  });

  it("does not say whether the username or the password was wrong", async () => {
    await server.api("POST", "/api/auth/register", { username: "someone", displayName: "S", password: "password1" });
    const wrongPassword = await server.api<ApiError>("POST", "/api/auth/login", { username: "someone", password: "nope-nope" });
    const noUser = await server.api<ApiError>("POST", "/api/auth/login", { username: "nobody-here", password: "nope-nope" });
    expect(wrongPassword.status).toBe(401);
    expect(noUser.status).toBe(401);
    expect(wrongPassword.body.message).toBe(noUser.body.message);
  });

  it("lets a guest in with a generated name and the guest role", async () => {
    const a = await server.api<Session>("POST", "/api/auth/guest", {});
    const b = await server.api<Session>("POST", "/api/auth/guest", { displayName: "Visitor Wang" });
    const zh = await server.api<Session>("POST", "/api/auth/guest", { language: "zh-CN" });
    expect(zh.body.user.displayName).toMatch(/^访客 \d+$/);
    expect(a.status).toBe(201);
    expect(a.body.user.role).toBe("guest");
    expect(a.body.user.displayName).toMatch(/^Guest \d+$/);
    expect(b.body.user.displayName).toBe("Visitor Wang");
    expect(a.body.user.username).not.toBe(b.body.user.username);
  });

  it("ends a session on logout: the token no longer works", async () => {
    const s = (await server.api<Session>("POST", "/api/auth/register", { username: "leaver", displayName: "L", password: "password1" })).body;
    expect((await server.api("POST", "/api/auth/logout", undefined, s.token)).status).toBe(204);
    const me = await server.api<ApiError>("GET", "/api/me", undefined, s.token);
    expect(me.status).toBe(401);
  });

  it("refuses a forged or missing token", async () => {
    expect((await server.api("GET", "/api/me")).status).toBe(401);
    const s = (await server.api<Session>("POST", "/api/auth/guest", {})).body;
    const [h, p] = s.token.split(".");
    const forged = `${h}.${p}.${"A".repeat(43)}`;
    expect((await server.api("GET", "/api/me", undefined, forged)).status).toBe(401);
  });

  it("gives a token that expires", async () => {
    const s = (await server.api<Session>("POST", "/api/auth/guest", {})).body;
    const payload = JSON.parse(Buffer.from(s.token.split(".")[1]!, "base64url").toString()) as { exp: number; iat: number };
    expect(payload.exp - payload.iat).toBeGreaterThan(0);
    expect(new Date(s.expiresAt).getTime()).toBe(payload.exp * 1000);
    await server.db.query("UPDATE sessions SET expires_at = now() - interval '1 second'");
    expect((await server.api("GET", "/api/me", undefined, s.token)).status).toBe(401);
  });
});

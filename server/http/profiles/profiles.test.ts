import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Company, Profile } from "../../../shared/protocol/companies.ts";
import type { ApiError, Session } from "../../../shared/protocol/http.ts";
import { parkChannel, type ParkEvent } from "../../park/parkEvents.ts";
import { startTestServer, until, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
let li: Session;

beforeAll(async () => {
  server = await startTestServer();
  li = (await server.api<Session>("POST", "/api/auth/register", { username: "liwei", displayName: "李", password: "password1" })).body;
});
afterAll(async () => { await server?.stop(); });

describe("profiles over HTTP", () => {
  it("starts with a plain profile anyone can read", async () => {
    const r = await server.api<Profile>("GET", `/api/users/${li.user.id}/profile`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      id: li.user.id, displayName: "李", role: "resident", colour: li.user.colour, avatarStyle: "classic", bio: "", skills: [], companies: [],
      expertLevel: "none", expertFields: [], rating: { stars: null, count: 0 }, completedTasks: 0, withdrawals: 0,
    });
  });

  it("edits only the fields given, and every park hears that the avatar changed", async () => {
    const heard: ParkEvent[] = [];
    const listen = (e: ParkEvent) => { heard.push(e); };
    await matchMaker.presence.subscribe(parkChannel("changshu-enclave"), listen);
    try {
      const r = await server.api<Profile>("PATCH", "/api/me/profile", {
        bio: "CNC machinist, 12 years.", skills: ["CNC", "CAD", "五轴加工"], avatarStyle: "overalls", colour: "#123456",
      }, li.token);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ displayName: "李", bio: "CNC machinist, 12 years.", skills: ["CNC", "CAD", "五轴加工"], avatarStyle: "overalls", colour: "#123456" });
      await until(() => heard.some((e) => e.kind === "people" && e.userIds.includes(li.user.id)), "the people event");
    } finally {
      matchMaker.presence.unsubscribe(parkChannel("changshu-enclave"), listen);
    }
    const again = await server.api<Profile>("PATCH", "/api/me/profile", { displayName: "  李师傅 " }, li.token);
    expect(again.body).toMatchObject({ displayName: "李师傅", bio: "CNC machinist, 12 years.", skills: ["CNC", "CAD", "五轴加工"] });
    const mine = await server.api<Profile>("GET", "/api/me/profile", undefined, li.token);
    expect(mine.body).toEqual(again.body);
  });

  it("refuses bad skills and other bad input with 400, and changes nothing", async () => {
    const before = (await server.api<Profile>("GET", "/api/me/profile", undefined, li.token)).body;
    const cases: Array<[unknown, RegExp]> = [
      [{ skills: ["CNC", "cnc"] }, /each skill once/],
      [{ skills: [""] }, /a skill cannot be empty/],
      [{ skills: ["x".repeat(25)] }, /a skill has at most 24 characters/],
      [{ skills: Array.from({ length: 17 }, (_, i) => `s${i}`) }, /at most 16 skills/],
      [{ avatarStyle: "cape" }, /avatarStyle/],
      [{ displayName: "a\u0007b" }, /control characters/],
      [{ bio: "x".repeat(501) }, /a bio has at most 500 characters/],
      [{ role: "manager" }, /role/],
      [{}, /nothing to change/],
    ];
    for (const [body, message] of cases) {
      const r = await server.api<ApiError>("PATCH", "/api/me/profile", body, li.token);
      expect(r.status).toBe(400);
      expect(r.body.message).toMatch(message);
    }
    expect((await server.api<Profile>("GET", "/api/me/profile", undefined, li.token)).body).toEqual(before);
  });

  it("keeps guests and strangers from editing", async () => {
    const guest = await server.guest();
    expect((await server.api("PATCH", "/api/me/profile", { bio: "hi" }, guest.token)).status).toBe(403);
    expect((await server.api("PATCH", "/api/me/profile", { bio: "hi" })).status).toBe(401);
  });

  it("lists the companies someone belongs to, with their role and badge", async () => {
    const c = await server.api<Company>("POST", "/api/companies", {
      name: "Li's Machining", industry: "manufacturing", description: { "zh-CN": "五轴加工。" }, colour: "#884400",
    }, li.token);
    const r = await server.api<Profile>("GET", `/api/users/${li.user.id}/profile`);
    expect(r.body.companies).toEqual([{ id: c.body.id, name: "Li's Machining", verified: false, role: "owner" }]);
  });

  it("answers an unknown person with 404", async () => {
    const r = await server.api<ApiError>("GET", "/api/users/00000000-0000-4000-8000-000000000000/profile");
    expect(r.status).toBe(404);
    expect((await server.api("GET", "/api/users/li/profile")).status).toBe(400);
  });
});

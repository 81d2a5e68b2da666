import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session } from "../../../shared/protocol/http.ts";
import { PeopleList } from "../../../shared/protocol/meetings.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
let booker: Session;

const register = async (username: string, displayName: string): Promise<Session> =>
  (await server.api<Session>("POST", "/api/auth/register", { username, displayName, password: "password1" })).body;

beforeAll(async () => {
  server = await startTestServer({ demoData: false });
  booker = await register("finder", "Finder");
  await register("zhang.wei", "张伟");
  await register("wei.lin", "Lin Wei");
  await register("percent", "100% Wei_");
});
afterAll(async () => { await server?.stop(); });

describe("finding people to invite", () => {
  it("finds people by display name or username, names that start with the words first", async () => {
    const res = await server.api("GET", `/api/people?q=${encodeURIComponent("wei")}`, undefined, booker.token);
    expect(res.status).toBe(200);
    const names = PeopleList.parse(res.body).people.map((p) => p.displayName);
    expect(names.sort()).toEqual(["100% Wei_", "Lin Wei", "张伟"].sort());
    const chinese = PeopleList.parse((await server.api("GET", `/api/people?q=${encodeURIComponent("张")}`, undefined, booker.token)).body);
    expect(chinese.people.map((p) => p.displayName)).toEqual(["张伟"]);
  });

  it("reads % and _ as themselves, not as patterns", async () => {
    const res = await server.api("GET", `/api/people?q=${encodeURIComponent("%")}`, undefined, booker.token);
    expect(PeopleList.parse(res.body).people.map((p) => p.displayName)).toEqual(["100% Wei_"]);
  });

  it("never finds guests, and is not open to guests or anonymous readers", async () => {
    const guest = (await server.api<Session>("POST", "/api/auth/guest", {})).body;
    const found = PeopleList.parse((await server.api("GET", `/api/people?q=${encodeURIComponent(guest.user.displayName.slice(0, 2))}`, undefined, booker.token)).body);
    expect(found.people.some((p) => p.id === guest.user.id)).toBe(false);
    expect((await server.api("GET", "/api/people?q=wei", undefined, guest.token)).status).toBe(403);
    expect((await server.api("GET", "/api/people?q=wei")).status).toBe(401);
    expect((await server.api("GET", "/api/people?q=", undefined, booker.token)).status).toBe(400);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError, ParkDetail, ParkList } from "../../../shared/protocol/http.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server?.stop(); });

describe("parks over HTTP", () => {
  it("lists the home park first and the enclave park, in both languages", async () => {
    const r = await server.api<ParkList>("GET", "/api/parks");
    expect(r.status).toBe(200);
    expect(r.body.parks.map((p) => p.id)).toEqual(["home", "changshu-enclave"]);
    expect(r.body.parks[0]!.name["zh-CN"]).toBe("丰台零工社区园区");
    expect(r.body.parks[0]!.online).toBe(0);
  });

  it("gives a park's whole layout, with the six zones of the home park and portals both ways", async () => {
    const home = await server.api<ParkDetail>("GET", "/api/parks/home");
    expect(home.status).toBe(200);
    const kinds = home.body.layout.zones.map((z) => z.kind);
    for (const k of ["plaza", "demand-hall", "exhibition", "meeting-wing", "launch-hall", "cafe"]) expect(kinds).toContain(k);
    expect(home.body.layout.portals[0]!.targetParkId).toBe("changshu-enclave");
    const enclave = await server.api<ParkDetail>("GET", "/api/parks/changshu-enclave");
    expect(enclave.body.layout.portals[0]!.targetParkId).toBe("home");
    expect(home.body.version).toBe(1);
  });

  it("answers an unknown park with 404 and a malformed id with 400", async () => {
    const missing = await server.api<ApiError>("GET", "/api/parks/atlantis");
    expect(missing.status).toBe(404);
    expect(missing.body.message).toMatch(/no park "atlantis"/);
    expect((await server.api("GET", "/api/parks/DROP%20TABLE")).status).toBe(400);
  });

  it("counts the people in a park", async () => {
    const s = await server.guest();
    const room = await server.sdk(s.token).joinOrCreate("park", { parkId: "home", protocol: 1 });
    const r = await server.api<ParkList>("GET", "/api/parks");
    expect(r.body.parks.find((p) => p.id === "home")!.online).toBe(1);
    await room.leave();
  });
});

describe("the OpenAPI document", () => {
  it("describes every route with the schemas that validate it", async () => {
    const doc = await server.api<{ openapi: string; paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties: Record<string, { minLength?: number }> } }> } }>> }>("GET", "/api/openapi.json");
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe("3.1.0");
    // Other features add their routes; these must stay.
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining([
      "/api/auth/guest", "/api/auth/login", "/api/auth/logout", "/api/auth/register", "/api/me", "/api/parks", "/api/parks/{id}",
    ]));
    const register = doc.body.paths["/api/auth/register"]!.post!.requestBody!.content["application/json"]!.schema;
    expect(register.properties.password!.minLength).toBe(8);
  });
});

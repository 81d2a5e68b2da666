import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BoothVisitReport, Company } from "../../shared/protocol/companies.ts";
import type { ParkDetail, Session } from "../../shared/protocol/http.ts";
import { joinPark } from "../testing/parkProbe.ts";
import { startTestServer, until, type TestServer } from "../testing/testServer.ts";

/** Booth visits as the park room counts them: people walking in the park, figures over HTTP. */
let server: TestServer;
let owner: Session;
let manager: Session;
const PARK = "changshu-enclave";

const register = async (username: string): Promise<Session> =>
  (await server.api<Session>("POST", "/api/auth/register", { username, displayName: username, password: "password1" })).body;

beforeAll(async () => {
  server = await startTestServer();
  owner = await register("visitowner");
  await server.accounts.createManager({ username: "visitmod", displayName: "Mod", password: "password1" });
  manager = (await server.api<Session>("POST", "/api/auth/login", { username: "visitmod", password: "password1" })).body;
});
afterAll(async () => { await server?.stop(); });

describe("booth visits in the park", () => {
  it("counts a visitor who stops at the booth, and not the company's own people standing there", async () => {
    const company = (await server.api<Company>("POST", "/api/companies", {
      name: "Visit Counter Co", industry: "automation", description: { en: "Robots." }, colour: "#336699",
    }, owner.token)).body;
    const { layout } = (await server.api<ParkDetail>("GET", `/api/parks/${PARK}`)).body;
    const spawn = layout.spawnPoints[0]!;
    const slot = [...layout.boothSlots].sort((a, b) => Math.hypot(a.x - spawn.x, a.z - spawn.z) - Math.hypot(b.x - spawn.x, b.z - spawn.z))[0]!;
    expect((await server.api("PUT", `/api/parks/${PARK}/booths/${slot.id}`, { companyId: company.id }, manager.token)).status).toBe(200);

    // Two metres in front of the counter, where a visitor stands to talk.
    const front: [number, number] = [slot.x + 2 * Math.sin(slot.rotation), slot.z + 2 * Math.cos(slot.rotation)];
    const visitor = await joinPark(server, (await register("visitor1")).token, PARK);
    const staff = await joinPark(server, owner.token, PARK);
    try {
      visitor.room.send("move", { to: front });
      staff.room.send("move", { to: front });
      const arrived = () => {
        const p = visitor.last(visitor.idx);
        return p !== undefined && Math.hypot(p.x - front[0], p.z - front[1]) < 0.3;
      };
      await until(arrived, "the visitor to reach the booth", 60_000);

      // The visit counts after three seconds there, and is written with the next batch (every ten).
      const report = async () => (await server.api<BoothVisitReport>("GET", `/api/companies/${company.id}/visits?days=1`, undefined, owner.token)).body;
      let seen: BoothVisitReport | undefined;
      const deadline = Date.now() + 40_000;
      while (Date.now() < deadline) {
        seen = await report();
        if (seen.totalVisits > 0) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      expect(seen?.totalVisits).toBe(1);
      expect(seen?.totalVisitors).toBe(1);
      expect(seen?.days).toEqual([expect.objectContaining({ parkId: PARK, slotId: slot.id, companyId: company.id, visits: 1, visitors: 1 })]);
    } finally {
      await Promise.all([visitor.room.leave(), staff.room.leave()]);
    }
  });
});

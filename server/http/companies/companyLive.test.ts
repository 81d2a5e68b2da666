import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Company } from "../../../shared/protocol/companies.ts";
import type { ParkDetail, Session } from "../../../shared/protocol/http.ts";
import { joinPark } from "../../testing/parkProbe.ts";
import { startTestServer, until, type TestServer } from "../../testing/testServer.ts";

/** What people in a park see change when a company is edited or moderated over HTTP, through real SDK clients. */
let server: TestServer;
let owner: Session;
let manager: Session;
const PARK = "changshu-enclave";

const register = async (username: string, displayName: string): Promise<Session> =>
  (await server.api<Session>("POST", "/api/auth/register", { username, displayName, password: "password1" })).body;

/** A booth slot of the park that nobody holds. */
async function freeSlot(): Promise<string> {
  const park = await server.api<ParkDetail>("GET", `/api/parks/${PARK}`);
  const { rows } = await server.db.query<{ slot_id: string }>("SELECT slot_id FROM booths WHERE park_id = $1", [PARK]);
  const held = new Set(rows.map((r) => r.slot_id));
  return park.body.layout.boothSlots.map((s) => s.id).find((id) => !held.has(id))!;
}

beforeAll(async () => {
  server = await startTestServer();
  owner = await register("liveowner", "Owner Wang");
  await server.accounts.createManager({ username: "livemod", displayName: "Mod", password: "password1" });
  manager = (await server.api<Session>("POST", "/api/auth/login", { username: "livemod", password: "password1" })).body;
});
afterAll(async () => { await server?.stop(); });

describe("a company's changes, seen live in the park", () => {
  it("a member's edit reaches the booth sign, and a suspension takes it down", async () => {
    const c = (await server.api<Company>("POST", "/api/companies", {
      name: "Live Sign Co", industry: "electronics", description: { en: "Sensors." }, colour: "#225588",
    }, owner.token)).body;
    const slotId = await freeSlot();
    await server.db.query("INSERT INTO booths (park_id, slot_id, company_id) VALUES ($1, $2, $3)", [PARK, slotId, c.id]);

    const visitor = await joinPark(server, (await server.guest("Visitor")).token, PARK);
    try {
      const r = await server.api<Company>("PATCH", `/api/companies/${c.id}`, { name: "Live Sign Renamed", colour: "#aa2200" }, owner.token);
      expect(r.status).toBe(200);
      await until(() => visitor.room.state.booths.get(slotId)?.name === "Live Sign Renamed", "the renamed sign");
      expect(visitor.room.state.booths.get(slotId)).toMatchObject({ companyId: c.id, colour: "#aa2200", version: 2 });

      await server.api("POST", `/api/companies/${c.id}/suspension`, { suspended: true, reason: "checks" }, manager.token);
      await until(() => !visitor.room.state.booths.has(slotId), "the sign taken down");
    } finally {
      await visitor.room.leave();
    }
  });

  it("a member's avatar shows the company, and its badge once a manager verifies it", async () => {
    const zhou = await register("livezhou", "Zhou");
    const c = (await server.api<Company>("POST", "/api/companies", {
      name: "Badge Works", industry: "design", description: { en: "Design." }, colour: "#558822",
    }, zhou.token)).body;
    const walker = await joinPark(server, zhou.token, PARK);
    const visitor = await joinPark(server, (await server.guest("Onlooker")).token, PARK);
    try {
      const zhouSeen = () => [...visitor.room.state.avatars.values()].find((a) => a.userId === zhou.user.id);
      await until(() => zhouSeen()?.company === "Badge Works", "the company under the name");
      expect(zhouSeen()!.verified).toBe(false);
      await server.api("POST", `/api/companies/${c.id}/verification`, { verified: true }, manager.token);
      await until(() => zhouSeen()?.verified === true, "the verified badge");
    } finally {
      await visitor.room.leave();
      await walker.room.leave();
    }
  });
});

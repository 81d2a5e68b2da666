import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BoothVisitReport } from "../../../shared/protocol/companies.ts";
import type { Session } from "../../../shared/protocol/http.ts";
import { recordBoothVisits } from "../../db/repositories/boothVisits.ts";
import { addMember, createCompany, manager, resident } from "../../testing/companyFixtures.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
let boss: Session;
let owner: Session;
let company: string;
const DAY = 24 * 3600 * 1000;
const now = Date.now();
/** The day a moment falls on where the server runs, as the report writes it. */
const dayOf = (ms: number) => new Intl.DateTimeFormat("en-CA", { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }).format(new Date(ms));

beforeAll(async () => {
  server = await startTestServer();
  boss = await manager(server, "boss");
  owner = await resident(server, "owner");
  company = await createCompany(server, owner, "Visited Ltd");
  expect((await server.api("PUT", "/api/parks/home/booths/booth-1", { companyId: company }, boss.token)).status).toBe(200);
});
afterAll(async () => { await server?.stop(); });

const report = (path: string, token: string) => server.api<BoothVisitReport>("GET", path, undefined, token);

describe("booth visits", () => {
  it("counts visits and distinct visitors per booth and day, for the company and for managers", async () => {
    const ann = await resident(server, "ann");
    const ben = await resident(server, "ben");
    const guest = await server.guest();
    const staff = await resident(server, "staff");
    await addMember(server, company, owner, staff);

    // As the park room would pass them on: what its tracker counted, a tick's worth at a time.
    await recordBoothVisits(server.db, "home", [
      { slotId: "booth-1", userId: ann.user.id, at: now - 2 * DAY },
      { slotId: "booth-1", userId: ann.user.id, at: now - 2 * DAY + 60_000 },
      { slotId: "booth-1", userId: ben.user.id, at: now - 2 * DAY + 120_000 },
    ]);
    await recordBoothVisits(server.db, "home", [
      { slotId: "booth-1", userId: ann.user.id, at: now - 1000 },
      { slotId: "booth-1", userId: guest.user.id, at: now - 900 },
      // The company's own people at their booth are not visitors.
      { slotId: "booth-1", userId: staff.user.id, at: now - 800 },
      // An empty slot: the park's figures keep it, no company's do.
      { slotId: "booth-2", userId: ben.user.id, at: now - 700 },
    ]);
    await recordBoothVisits(server.db, "home", [{ slotId: "booth-1", userId: ben.user.id, at: now - 40 * DAY }]);
    await recordBoothVisits(server.db, "home", []);

    const mine = await report(`/api/companies/${company}/visits`, staff.token);
    expect(mine.status).toBe(200);
    expect(mine.body.days).toEqual([
      { parkId: "home", slotId: "booth-1", companyId: company, day: dayOf(now - 2 * DAY), visits: 3, visitors: 2 },
      { parkId: "home", slotId: "booth-1", companyId: company, day: dayOf(now), visits: 2, visitors: 2 },
    ]);
    expect(mine.body.totalVisits).toBe(5);
    expect(mine.body.totalVisitors).toBe(3);

    const today = await report(`/api/companies/${company}/visits?days=1`, owner.token);
    expect(today.body.days.map((d) => d.day)).toEqual([dayOf(now)]);
    const longer = await report(`/api/companies/${company}/visits?days=60`, owner.token);
    expect(longer.body.totalVisits).toBe(6);

    expect((await report(`/api/companies/${company}/visits`, boss.token)).body.totalVisits).toBe(5);

    const park = await report("/api/parks/home/booth-visits?days=30", boss.token);
    expect(park.status).toBe(200);
    expect(park.body.days).toContainEqual({ parkId: "home", slotId: "booth-2", companyId: null, day: dayOf(now), visits: 1, visitors: 1 });
    expect(park.body.totalVisits).toBe(6);
    expect(park.body.totalVisitors).toBe(3);
  });

  it("gives a visit to the company on the slot when it was made", async () => {
    const cal = await resident(server, "cal");
    const other = await createCompany(server, cal, "Next Tenant");
    expect((await server.api("DELETE", "/api/parks/home/booths/booth-1", undefined, owner.token)).status).toBe(204);
    expect((await server.api("PUT", "/api/parks/home/booths/booth-1", { companyId: other }, boss.token)).status).toBe(200);
    await recordBoothVisits(server.db, "home", [{ slotId: "booth-1", userId: boss.user.id, at: now }]);

    expect((await report(`/api/companies/${other}/visits`, cal.token)).body.totalVisits).toBe(1);
    expect((await report(`/api/companies/${company}/visits`, owner.token)).body.totalVisits).toBe(5);
  });

  it("keeps a company's figures to its people and managers, and the park's to managers", async () => {
    const dee = await resident(server, "dee");
    expect((await report(`/api/companies/${company}/visits`, dee.token)).status).toBe(403);
    expect((await server.api("GET", `/api/companies/${company}/visits`)).status).toBe(401);
    expect((await report("/api/parks/home/booth-visits", dee.token)).status).toBe(403);
    expect((await report("/api/parks/atlantis/booth-visits", boss.token)).status).toBe(404);
    expect((await report("/api/companies/00000000-0000-4000-8000-000000000000/visits", boss.token)).status).toBe(404);
    expect((await report(`/api/companies/${company}/visits?days=0`, owner.token)).status).toBe(400);
    expect((await report(`/api/companies/${company}/visits?days=many`, owner.token)).status).toBe(400);
  });
});

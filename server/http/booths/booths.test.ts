import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BoothApplication, ParkBooths } from "../../../shared/protocol/companies.ts";
import type { ApiError, Session } from "../../../shared/protocol/http.ts";
import { addMember, createCompany, manager, resident, setSuspended } from "../../testing/companyFixtures.ts";
import { joinPark } from "../../testing/parkProbe.ts";
import { startTestServer, until, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
let boss: Session;
let boss2: Session;
beforeAll(async () => {
  server = await startTestServer();
  boss = await manager(server, "boss");
  boss2 = await manager(server, "boss2");
});
afterAll(async () => { await server?.stop(); });

const boothsOf = async (parkId: string) => (await server.api<ParkBooths>("GET", `/api/parks/${parkId}/booths`)).body.booths;
const holderOf = async (parkId: string, slotId: string) => (await boothsOf(parkId)).find((b) => b.slotId === slotId)?.company ?? null;
/** An application, or the error fields of a refusal (both have a `status`, so not BoothApplication & ApiError). */
type Answer = BoothApplication & Partial<Pick<ApiError, "code" | "message">>;
const apply = (companyId: string, token: string, parkId: string, slotId: string, note = "") =>
  server.api<Answer>("POST", `/api/companies/${companyId}/booth-applications`, { parkId, slotId, note }, token);
const decide = (id: string, token: string, approve: boolean, reason?: string) =>
  server.api<Answer>("POST", `/api/booth-applications/${id}/decision`, { approve, ...(reason ? { reason } : {}) }, token);
const queue = async (parkId?: string) =>
  (await server.api<{ applications: BoothApplication[] }>("GET", `/api/booth-applications${parkId ? `?parkId=${parkId}` : ""}`, undefined, boss.token)).body.applications;

describe("a park's booths", () => {
  it("lists every slot of the layout, empty ones too", async () => {
    const r = await server.api<ParkBooths>("GET", "/api/parks/changshu-enclave/booths");
    expect(r.status).toBe(200);
    expect(r.body.booths.map((b) => b.slotId)).toEqual(["booth-1", "booth-2", "booth-3", "booth-4", "booth-5"]);
    expect(r.body.booths.every((b) => b.company === null)).toBe(true);
  });

  it("answers an unknown park with 404", async () => {
    const r = await server.api<ApiError>("GET", "/api/parks/atlantis/booths");
    expect(r.status).toBe(404);
    expect(r.body.code).toBe("park_not_found");
  });
});

describe("applying for a booth", () => {
  it("goes from a member's application to the manager's approval to the company on the slot", async () => {
    const ann = await resident(server, "ann");
    const bob = await resident(server, "bob");
    const acme = await createCompany(server, ann, "Acme Gears");
    await addMember(server, acme, ann, bob);

    const mine = await apply(acme, bob.token, "home", "booth-1", "We make gears.");
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({ companyName: "Acme Gears", parkId: "home", slotId: "booth-1", status: "pending", note: "We make gears." });
    expect((await queue("home")).map((a) => a.id)).toContain(mine.body.id);
    expect(await holderOf("home", "booth-1")).toBeNull();

    // Another company wants the same slot: it loses it when Acme is approved.
    const cid = await resident(server, "cid");
    const other = await createCompany(server, cid, "Other Works");
    const theirs = await apply(other, cid.token, "home", "booth-1");
    expect(theirs.status).toBe(201);

    const approved = await decide(mine.body.id, boss.token, true);
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe("approved");
    expect(approved.body.decidedAt).not.toBeNull();

    const holder = await holderOf("home", "booth-1");
    expect(holder).toMatchObject({ id: acme, name: "Acme Gears", suspended: false, booths: [{ parkId: "home", slotId: "booth-1" }] });

    const lost = (await server.api<{ applications: BoothApplication[] }>("GET", `/api/companies/${other}/booth-applications`, undefined, cid.token)).body.applications;
    expect(lost[0]).toMatchObject({ status: "rejected", reason: "the slot was given to another company" });
    expect(await queue("home")).toEqual([]);
  });

  it("refuses a non-member with 403 and changes nothing", async () => {
    const dan = await resident(server, "dan");
    const eve = await resident(server, "eve");
    const dans = await createCompany(server, dan, "Dan Devices");
    const r = await apply(dans, eve.token, "home", "booth-2");
    expect(r.status).toBe(403);
    expect(r.body.code).toBe("not_a_member");
    expect(await queue("home")).toEqual([]);
    const list = await server.api<{ applications: BoothApplication[] }>("GET", `/api/companies/${dans}/booth-applications`, undefined, dan.token);
    expect(list.body.applications).toEqual([]);
    expect((await server.api("GET", `/api/companies/${dans}/booth-applications`, undefined, eve.token)).status).toBe(403);
    expect(await holderOf("home", "booth-2")).toBeNull();
  });

  it("refuses unknown slots, taken slots, a second booth in a park, a repeated application and bad input", async () => {
    const fay = await resident(server, "fay");
    const fays = await createCompany(server, fay, "Fay Fabrics");
    const unknown = await apply(fays, fay.token, "home", "booth-99");
    expect([unknown.status, unknown.body.code]).toEqual([404, "slot_not_found"]);
    const noPark = await apply(fays, fay.token, "atlantis", "booth-1");
    expect([noPark.status, noPark.body.code]).toEqual([404, "park_not_found"]);
    const taken = await apply(fays, fay.token, "home", "booth-1");
    expect([taken.status, taken.body.code]).toEqual([409, "slot_taken"]);
    expect((await apply(fays, fay.token, "home", "Booth 3")).status).toBe(400);
    expect((await server.api("POST", `/api/companies/${fays}/booth-applications`, { parkId: "home", slotId: "booth-3", extra: 1 }, fay.token)).status).toBe(400);
    expect((await server.api("POST", "/api/companies/not-a-uuid/booth-applications", { parkId: "home", slotId: "booth-3" }, fay.token)).status).toBe(400);
    expect((await apply("00000000-0000-4000-8000-000000000000", fay.token, "home", "booth-3")).status).toBe(404);

    expect((await apply(fays, fay.token, "home", "booth-3")).status).toBe(201);
    const again = await apply(fays, fay.token, "home", "booth-3");
    expect([again.status, again.body.code]).toEqual([409, "already_applied"]);

    const direct = await server.api("PUT", "/api/parks/home/booths/booth-4", { companyId: fays }, boss.token);
    expect(direct.status).toBe(200);
    const second = await apply(fays, fay.token, "home", "booth-5");
    expect([second.status, second.body.code]).toEqual([409, "already_has_booth"]);
    // Getting a booth in the park settled the company's other application there.
    const apps = (await server.api<{ applications: BoothApplication[] }>("GET", `/api/companies/${fays}/booth-applications`, undefined, fay.token)).body.applications;
    expect(apps.find((a) => a.slotId === "booth-3")).toMatchObject({ status: "rejected", reason: "the company got a booth in this park: slot booth-4" });
  });

  it("refuses a suspended company's application with 403", async () => {
    const gus = await resident(server, "gus");
    const gusco = await createCompany(server, gus, "Gus Glass");
    await setSuspended(server, gusco, true, boss.token);
    const r = await apply(gusco, gus.token, "home", "booth-6");
    expect([r.status, r.body.code]).toEqual([403, "company_suspended"]);
  });

  it("lets a member withdraw a pending application, once", async () => {
    const hal = await resident(server, "hal");
    const ivy = await resident(server, "ivy");
    const halco = await createCompany(server, hal, "Hal Hydraulics");
    const app = await apply(halco, hal.token, "changshu-enclave", "booth-2");
    expect((await server.api("DELETE", `/api/booth-applications/${app.body.id}`, undefined, ivy.token)).status).toBe(403);
    expect((await server.api("DELETE", `/api/booth-applications/${app.body.id}`, undefined, hal.token)).status).toBe(204);
    const again = await server.api<ApiError>("DELETE", `/api/booth-applications/${app.body.id}`, undefined, hal.token);
    expect([again.status, again.body.code]).toEqual([409, "application_decided"]);
    expect((await decide(app.body.id, boss.token, true)).status).toBe(409);
    expect(await holderOf("changshu-enclave", "booth-2")).toBeNull();
  });
});

describe("deciding on applications", () => {
  it("does not let a resident approve (403), and the application stays pending", async () => {
    const jo = await resident(server, "joe");
    const joco = await createCompany(server, jo, "Jo Joinery");
    const app = await apply(joco, jo.token, "changshu-enclave", "booth-3");
    const r = await decide(app.body.id, jo.token, true);
    expect(r.status).toBe(403);
    expect((await server.api("GET", "/api/booth-applications", undefined, jo.token)).status).toBe(403);
    expect((await queue("changshu-enclave")).find((a) => a.id === app.body.id)?.status).toBe("pending");
    expect(await holderOf("changshu-enclave", "booth-3")).toBeNull();
  });

  it("records the reason of a rejection, and refuses to decide twice", async () => {
    const kim = await resident(server, "kim");
    const kimco = await createCompany(server, kim, "Kim Kilns");
    const app = await apply(kimco, kim.token, "changshu-enclave", "booth-4");
    const r = await decide(app.body.id, boss.token, false, "this street is for electronics");
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: "rejected", reason: "this street is for electronics" });
    const again = await decide(app.body.id, boss.token, true);
    expect([again.status, again.body.code]).toEqual([409, "application_decided"]);
    expect(await holderOf("changshu-enclave", "booth-4")).toBeNull();
    expect((await server.api("POST", "/api/booth-applications/00000000-0000-4000-8000-000000000000/decision", { approve: true }, boss.token)).status).toBe(404);
  });

  it("gives a slot to exactly one of two companies approved at the same moment by two managers", async () => {
    for (let round = 0; round < 3; round++) {
      const slot = `booth-${7 + round}`;
      const a = await resident(server, `race-a${round}`);
      const b = await resident(server, `race-b${round}`);
      const ca = await createCompany(server, a, `Race A${round}`);
      const cb = await createCompany(server, b, `Race B${round}`);
      const appA = await apply(ca, a.token, "home", slot);
      const appB = await apply(cb, b.token, "home", slot);
      const results = await Promise.all([decide(appA.body.id, boss.token, true), decide(appB.body.id, boss2.token, true)]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const loser = results.find((r) => r.status === 409)!;
      expect(["slot_taken", "application_decided"]).toContain(loser.body.code);
      const winner = results[0]!.status === 200 ? ca : cb;
      expect((await holderOf("home", slot))?.id).toBe(winner);
    }
  });
});

describe("assigning and freeing booths directly", () => {
  it("lets a manager put a company on a free slot, and a live park shows it at once", async () => {
    const lea = await resident(server, "lea");
    const leaco = await createCompany(server, lea, "Lea Lasers");
    const visitor = await server.guest();
    const probe = await joinPark(server, visitor.token, "changshu-enclave");
    try {
      const r = await server.api("PUT", "/api/parks/changshu-enclave/booths/booth-5", { companyId: leaco }, boss.token);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ slotId: "booth-5", company: { id: leaco, name: "Lea Lasers" } });
      await until(() => probe.room.state.booths.get("booth-5")?.name === "Lea Lasers", "the booth sign in the park");
      expect((await server.api("PUT", "/api/parks/changshu-enclave/booths/booth-5", { companyId: leaco }, boss.token)).status).toBe(200);
    } finally {
      await probe.room.leave();
    }
  });

  it("refuses a taken slot, an unknown slot or company, a suspended company and a resident", async () => {
    const max = await resident(server, "max");
    const maxco = await createCompany(server, max, "Max Motors");
    const put = (slot: string, companyId: string, token = boss.token) =>
      server.api<ApiError>("PUT", `/api/parks/changshu-enclave/booths/${slot}`, { companyId }, token);
    expect((await put("booth-5", maxco)).body.code).toBe("slot_taken");
    expect((await put("booth-42", maxco)).body.code).toBe("slot_not_found");
    expect((await put("booth-1", "00000000-0000-4000-8000-000000000000")).body.code).toBe("company_not_found");
    expect((await put("booth-1", maxco, max.token)).status).toBe(403);
    await setSuspended(server, maxco, true, boss.token);
    expect((await put("booth-1", maxco)).body.code).toBe("company_suspended");
    expect(await holderOf("changshu-enclave", "booth-1")).toBeNull();
  });

  it("shows a suspended company's booth as empty to the public", async () => {
    const ned = await resident(server, "ned");
    const nedco = await createCompany(server, ned, "Ned Nets");
    expect((await server.api("PUT", "/api/parks/changshu-enclave/booths/booth-1", { companyId: nedco }, boss.token)).status).toBe(200);
    expect((await holderOf("changshu-enclave", "booth-1"))?.id).toBe(nedco);
    await setSuspended(server, nedco, true, boss.token);
    expect(await holderOf("changshu-enclave", "booth-1")).toBeNull();
    await setSuspended(server, nedco, false, boss.token);
    expect((await holderOf("changshu-enclave", "booth-1"))?.id).toBe(nedco);
  });

  it("lets the company's owner or a manager free a slot, not a member or an outsider", async () => {
    const oli = await resident(server, "oli");
    const pam = await resident(server, "pam");
    const quinn = await resident(server, "quinn");
    const olico = await createCompany(server, oli, "Oli Optics");
    await addMember(server, olico, oli, pam);
    expect((await server.api("PUT", "/api/parks/changshu-enclave/booths/booth-2", { companyId: olico }, boss.token)).status).toBe(200);

    expect((await server.api("DELETE", "/api/parks/changshu-enclave/booths/booth-2", undefined, pam.token)).status).toBe(403);
    expect((await server.api("DELETE", "/api/parks/changshu-enclave/booths/booth-2", undefined, quinn.token)).status).toBe(403);
    expect((await holderOf("changshu-enclave", "booth-2"))?.id).toBe(olico);
    expect((await server.api("DELETE", "/api/parks/changshu-enclave/booths/booth-2", undefined, oli.token)).status).toBe(204);
    expect(await holderOf("changshu-enclave", "booth-2")).toBeNull();
    const gone = await server.api<ApiError>("DELETE", "/api/parks/changshu-enclave/booths/booth-2", undefined, boss.token);
    expect([gone.status, gone.body.code]).toEqual([404, "booth_not_found"]);

    expect((await server.api("PUT", "/api/parks/changshu-enclave/booths/booth-3", { companyId: olico }, boss.token)).status).toBe(200);
    expect((await server.api("DELETE", "/api/parks/changshu-enclave/booths/booth-3", undefined, boss.token)).status).toBe(204);
    expect(await holderOf("changshu-enclave", "booth-3")).toBeNull();
  });
});

import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Company, CompanyList, CreateCompanyBody, UploadedImage } from "../../../shared/protocol/companies.ts";
import type { ApiError, Session } from "../../../shared/protocol/http.ts";
import { pngBytes } from "../../testing/fixtures/testImages.ts";
import { parkChannel, type ParkEvent } from "../../park/parkEvents.ts";
import { startTestServer, until, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
let owner: Session;
let member: Session;
let outsider: Session;
let manager: Session;

const register = async (username: string): Promise<Session> =>
  (await server.api<Session>("POST", "/api/auth/register", { username, displayName: username, password: "password1" })).body;

const newCompany = (name: string, extra: Partial<CreateCompanyBody> = {}) => ({
  name,
  industry: "automation",
  description: { "zh-CN": "精密伺服电机。", en: "Precision servo motors." },
  colour: "#1f6feb",
  ...extra,
});

async function upload(token: string): Promise<UploadedImage> {
  const res = await fetch(`${server.url}/api/images`, {
    method: "POST", headers: { "content-type": "image/png", authorization: `Bearer ${token}` }, body: new Uint8Array(pngBytes(2, 2)),
  });
  return (await res.json()) as UploadedImage;
}

/** A company with an owner and one member, through the invitation flow. */
async function companyWithMember(name: string): Promise<Company> {
  const created = await server.api<Company>("POST", "/api/companies", newCompany(name), owner.token);
  expect(created.status).toBe(201);
  const inv = await server.api<{ id: string }>("POST", `/api/companies/${created.body.id}/invitations`, { username: member.user.username }, owner.token);
  expect(inv.status).toBe(201);
  expect((await server.api("POST", `/api/invitations/${inv.body.id}/answer`, { accept: true }, member.token)).status).toBe(200);
  return created.body;
}

beforeAll(async () => {
  server = await startTestServer();
  owner = await register("owner");
  member = await register("member");
  outsider = await register("outsider");
  await server.accounts.createManager({ username: "boss", displayName: "Boss", password: "password1" });
  manager = (await server.api<Session>("POST", "/api/auth/login", { username: "boss", password: "password1" })).body;
});
afterAll(async () => { await server?.stop(); });

describe("companies over HTTP", () => {
  it("creates a company whose creator is its owner, with its pictures", async () => {
    const logo = await upload(owner.token);
    const product = await upload(owner.token);
    const r = await server.api<Company>("POST", "/api/companies", newCompany("Suzhou Servo", {
      logoImageId: logo.id,
      products: [{ name: "SV-200", text: "A 200 W servo", imageId: product.id }],
      gallery: [product.id],
      website: "https://example.com/servo",
    }), owner.token);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      name: "Suzhou Servo", myRole: "owner", memberCount: 1, verified: false, suspended: false, version: 1, booths: [],
      logoImageId: logo.id, gallery: [product.id], website: "https://example.com/servo",
    });
    expect(r.body.products[0]).toEqual({ name: "SV-200", text: "A 200 W servo", imageId: product.id });

    const read = await server.api<Company>("GET", `/api/companies/${r.body.id}`);
    expect(read.body).toMatchObject({ name: "Suzhou Servo", myRole: null, memberCount: 1 });
    const mine = await server.api<{ companies: Array<{ id: string; myRole: string }> }>("GET", "/api/me/companies", undefined, owner.token);
    expect(mine.body.companies).toEqual([expect.objectContaining({ id: r.body.id, myRole: "owner" })]);
  });

  it("refuses a name already taken, in any case, with 409", async () => {
    await server.api("POST", "/api/companies", newCompany("Changshu Textiles"), owner.token);
    const again = await server.api<ApiError>("POST", "/api/companies", newCompany("CHANGSHU textiles"), outsider.token);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("company_name_taken");
    const mine = await server.api<{ companies: unknown[] }>("GET", "/api/me/companies", undefined, outsider.token);
    expect(mine.body.companies).toEqual([]);
  });

  it("refuses bad input with 400 and a message naming the field, and creates nothing", async () => {
    const count = async () => (await server.api<CompanyList>("GET", "/api/companies")).body.companies.length;
    const before = await count();
    const badLink = await server.api<ApiError>("POST", "/api/companies", newCompany("Bad Link", { website: "javascript:alert(1)" }), owner.token);
    expect(badLink.status).toBe(400);
    expect(badLink.body.message).toMatch(/website/);
    const noDescription = await server.api<ApiError>("POST", "/api/companies", { ...newCompany("Quiet Co"), description: {} }, owner.token);
    expect(noDescription.status).toBe(400);
    expect(noDescription.body.message).toMatch(/Chinese, English or both/);
    const unknownImage = await server.api<ApiError>("POST", "/api/companies",
      newCompany("Ghost Pictures", { gallery: ["00000000-0000-4000-8000-000000000001"] }), owner.token);
    expect(unknownImage.status).toBe(400);
    expect(unknownImage.body.message).toMatch(/gallery\.0: no uploaded picture has the id 00000000-0000-4000-8000-000000000001/);
    expect(await count()).toBe(before);
  });

  it("lets a guest read companies but not create one", async () => {
    const guest = await server.guest();
    expect((await server.api("POST", "/api/companies", newCompany("Guest Co"), guest.token)).status).toBe(403);
    expect((await server.api("POST", "/api/companies", newCompany("Nobody Co"))).status).toBe(401);
    expect((await server.api("GET", "/api/companies", undefined, guest.token)).status).toBe(200);
  });

  it("searches by name and filters by industry", async () => {
    await server.api("POST", "/api/companies", newCompany("Yushan Logistics", { industry: "logistics" }), owner.token);
    await server.api("POST", "/api/companies", newCompany("Yushan 100% Design", { industry: "design" }), owner.token);
    const byName = await server.api<CompanyList>("GET", "/api/companies?q=yushan");
    expect(byName.body.companies.map((c) => c.name)).toEqual(["Yushan 100% Design", "Yushan Logistics"]);
    const byIndustry = await server.api<CompanyList>("GET", "/api/companies?q=yushan&industry=logistics");
    expect(byIndustry.body.companies.map((c) => c.name)).toEqual(["Yushan Logistics"]);
    // A percent sign is searched as itself.
    expect((await server.api<CompanyList>("GET", "/api/companies?q=100%25")).body.companies.map((c) => c.name)).toEqual(["Yushan 100% Design"]);
    expect((await server.api<ApiError>("GET", "/api/companies?industry=farming")).status).toBe(400);
  });

  it("lets a member edit the page; the change shows in GET and the version goes up", async () => {
    const c = await companyWithMember("Edit Works");
    const r = await server.api<Company>("PATCH", `/api/companies/${c.id}`, { colour: "#aa3300", description: { en: "Now in English only." } }, member.token);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ colour: "#aa3300", description: { en: "Now in English only." }, version: 2, myRole: "member", name: "Edit Works" });
    const read = await server.api<Company>("GET", `/api/companies/${c.id}`);
    expect(read.body).toMatchObject({ colour: "#aa3300", version: 2, memberCount: 2 });
  });

  it("tells the parks where the company has a booth to redraw its sign after an edit", async () => {
    const c = await companyWithMember("Sign Works");
    await server.db.query("INSERT INTO booths (park_id, slot_id, company_id) VALUES ('changshu-enclave', 'test-slot', $1)", [c.id]);
    const heard: ParkEvent[] = [];
    const listen = (e: ParkEvent) => { heard.push(e); };
    await matchMaker.presence.subscribe(parkChannel("changshu-enclave"), listen);
    try {
      const r = await server.api<Company>("PATCH", `/api/companies/${c.id}`, { name: "Sign Works Renamed" }, member.token);
      expect(r.body.booths).toEqual([{ parkId: "changshu-enclave", slotId: "test-slot" }]);
      await until(() => heard.some((e) => e.kind === "booths"), "the booths event");
    } finally {
      matchMaker.presence.unsubscribe(parkChannel("changshu-enclave"), listen);
    }
  });

  it("refuses an edit from a non-member with 403 and changes nothing", async () => {
    const c = await companyWithMember("Guarded Works");
    const r = await server.api<ApiError>("PATCH", `/api/companies/${c.id}`, { name: "Hijacked" }, outsider.token);
    expect(r.status).toBe(403);
    expect(r.body.code).toBe("not_a_member");
    const asManager = await server.api<ApiError>("PATCH", `/api/companies/${c.id}`, { name: "Hijacked" }, manager.token);
    expect(asManager.status).toBe(403);
    const read = await server.api<Company>("GET", `/api/companies/${c.id}`);
    expect(read.body).toMatchObject({ name: "Guarded Works", version: 1 });
  });

  it("refuses an edit with bad input or a taken name, and changes nothing", async () => {
    const c = await companyWithMember("Careful Works");
    await server.api("POST", "/api/companies", newCompany("Taken Name Ltd"), outsider.token);
    const empty = await server.api<ApiError>("PATCH", `/api/companies/${c.id}`, {}, owner.token);
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/nothing to change/);
    const colour = await server.api<ApiError>("PATCH", `/api/companies/${c.id}`, { colour: "red" }, owner.token);
    expect(colour.status).toBe(400);
    expect(colour.body.message).toMatch(/colour: a colour is written #rrggbb/);
    const unknownField = await server.api<ApiError>("PATCH", `/api/companies/${c.id}`, { verified: true }, owner.token);
    expect(unknownField.status).toBe(400);
    const taken = await server.api<ApiError>("PATCH", `/api/companies/${c.id}`, { name: "taken name ltd" }, owner.token);
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe("company_name_taken");
    const read = await server.api<Company>("GET", `/api/companies/${c.id}`);
    expect(read.body).toMatchObject({ name: "Careful Works", colour: "#1f6feb", verified: false, version: 1 });
  });

  it("answers an unknown company with 404 and a malformed id with 400", async () => {
    const missing = await server.api<ApiError>("GET", "/api/companies/00000000-0000-4000-8000-000000000000");
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe("company_not_found");
    const bad = await server.api<ApiError>("GET", "/api/companies/42");
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/not a valid id/);
  });
});

describe("moderation", () => {
  it("lets a manager verify a company, and a resident not", async () => {
    const c = await companyWithMember("Verified Gears");
    const byOwner = await server.api<ApiError>("POST", `/api/companies/${c.id}/verification`, { verified: true }, owner.token);
    expect(byOwner.status).toBe(403);
    const r = await server.api<Company>("POST", `/api/companies/${c.id}/verification`, { verified: true }, manager.token);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ verified: true, version: 2 });
    const profile = await server.api<{ companies: Array<{ name: string; verified: boolean }> }>("GET", `/api/users/${member.user.id}/profile`);
    expect(profile.body.companies).toContainEqual(expect.objectContaining({ name: "Verified Gears", verified: true }));
  });

  it("hides a suspended company from outsiders, freezes it for its members, and reinstates it", async () => {
    const c = await companyWithMember("Shady Bolts");
    const byResident = await server.api<ApiError>("POST", `/api/companies/${c.id}/suspension`, { suspended: true }, outsider.token);
    expect(byResident.status).toBe(403);
    const r = await server.api<Company>("POST", `/api/companies/${c.id}/suspension`, { suspended: true, reason: "fake certificates" }, manager.token);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ suspended: true, suspendedReason: "fake certificates" });

    // Outsiders: not there at all.
    expect((await server.api("GET", `/api/companies/${c.id}`)).status).toBe(404);
    expect((await server.api("GET", `/api/companies/${c.id}`, undefined, outsider.token)).status).toBe(404);
    expect((await server.api<CompanyList>("GET", "/api/companies?q=shady")).body.companies).toEqual([]);
    const publicProfile = await server.api<{ companies: Array<{ name: string }> }>("GET", `/api/users/${member.user.id}/profile`);
    expect(publicProfile.body.companies.map((x) => x.name)).not.toContain("Shady Bolts");
    // Members still see it, and why, but cannot change it.
    const asMember = await server.api<Company>("GET", `/api/companies/${c.id}`, undefined, member.token);
    expect(asMember.body).toMatchObject({ suspended: true, suspendedReason: "fake certificates", myRole: "member" });
    const edit = await server.api<ApiError>("PATCH", `/api/companies/${c.id}`, { colour: "#000000" }, owner.token);
    expect(edit.status).toBe(403);
    expect(edit.body.code).toBe("company_suspended");
    // Managers see it in the list.
    const managerList = await server.api<CompanyList>("GET", "/api/companies?q=shady", undefined, manager.token);
    expect(managerList.body.companies).toEqual([expect.objectContaining({ name: "Shady Bolts", suspended: true })]);

    const back = await server.api<Company>("POST", `/api/companies/${c.id}/suspension`, { suspended: false }, manager.token);
    expect(back.body).toMatchObject({ suspended: false, suspendedReason: null });
    expect((await server.api("GET", `/api/companies/${c.id}`)).status).toBe(200);
    expect((await server.api("PATCH", `/api/companies/${c.id}`, { colour: "#000000" }, owner.token)).status).toBe(200);
  });

  it("refuses moderation of an unknown company with 404 and a bad body with 400", async () => {
    const missing = await server.api<ApiError>("POST", "/api/companies/00000000-0000-4000-8000-000000000000/verification", { verified: true }, manager.token);
    expect(missing.status).toBe(404);
    const c = await companyWithMember("Odd Body Co");
    const bad = await server.api<ApiError>("POST", `/api/companies/${c.id}/suspension`, { suspended: "yes" }, manager.token);
    expect(bad.status).toBe(400);
    expect((await server.api<Company>("GET", `/api/companies/${c.id}`)).body.suspended).toBe(false);
  });
});

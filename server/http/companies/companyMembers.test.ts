import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Company, Invitation, Member } from "../../../shared/protocol/companies.ts";
import type { ApiError, Session } from "../../../shared/protocol/http.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

/** An invitation, or the error that came instead. */
type InvitationOrError = Invitation & { code?: string; message?: string };

let server: TestServer;
let owner: Session;
let n = 0;

const register = async (username: string): Promise<Session> =>
  (await server.api<Session>("POST", "/api/auth/register", { username, displayName: `Name ${username}`, password: "password1" })).body;

async function newCompany(by: Session = owner): Promise<Company> {
  n += 1;
  const r = await server.api<Company>("POST", "/api/companies", {
    name: `Members Test ${n}`, industry: "materials", description: { en: "Fibres." }, colour: "#336699",
  }, by.token);
  expect(r.status).toBe(201);
  return r.body;
}

const invite = (companyId: string, username: string, by: Session = owner) =>
  server.api<InvitationOrError>("POST", `/api/companies/${companyId}/invitations`, { username }, by.token);
const answer = (invitationId: string, accept: boolean, by: Session) =>
  server.api<InvitationOrError>("POST", `/api/invitations/${invitationId}/answer`, { accept }, by.token);
const members = async (companyId: string): Promise<Array<Pick<Member, "displayName" | "role">>> =>
  (await server.api<{ members: Member[] }>("GET", `/api/companies/${companyId}/members`)).body.members.map(({ displayName, role }) => ({ displayName, role }));

async function join(companyId: string, who: Session): Promise<void> {
  const inv = await invite(companyId, who.user.username);
  expect(inv.status).toBe(201);
  expect((await answer(inv.body.id, true, who)).status).toBe(200);
}

beforeAll(async () => {
  server = await startTestServer();
  owner = await register("firstowner");
});
afterAll(async () => { await server?.stop(); });

describe("invitations", () => {
  it("an owner invites a resident, who sees it and accepts, and becomes a member", async () => {
    const c = await newCompany();
    const ann = await register("ann");
    const inv = await invite(c.id, "ANN");
    expect(inv.status).toBe(201);
    expect(inv.body).toMatchObject({ companyName: c.name, displayName: "Name ann", invitedBy: "Name firstowner", status: "pending" });

    const mine = await server.api<{ invitations: Invitation[] }>("GET", "/api/me/invitations", undefined, ann.token);
    expect(mine.body.invitations.map((i) => i.id)).toEqual([inv.body.id]);
    const theirs = await server.api<{ invitations: Invitation[] }>("GET", `/api/companies/${c.id}/invitations`, undefined, owner.token);
    expect(theirs.body.invitations.map((i) => i.id)).toEqual([inv.body.id]);

    const accepted = await answer(inv.body.id, true, ann);
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe("accepted");
    expect(await members(c.id)).toEqual([{ displayName: "Name firstowner", role: "owner" }, { displayName: "Name ann", role: "member" }]);
    expect((await server.api<{ invitations: Invitation[] }>("GET", "/api/me/invitations", undefined, ann.token)).body.invitations).toEqual([]);
    const read = await server.api<Company>("GET", `/api/companies/${c.id}`, undefined, ann.token);
    expect(read.body).toMatchObject({ myRole: "member", memberCount: 2 });
  });

  it("a declined invitation adds nobody, and cannot be answered again", async () => {
    const c = await newCompany();
    const bob = await register("bob");
    const inv = await invite(c.id, "bob");
    const declined = await answer(inv.body.id, false, bob);
    expect(declined.body.status).toBe("declined");
    const again = await answer(inv.body.id, true, bob);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("invitation_closed");
    expect(await members(c.id)).toHaveLength(1);
    // Declining leaves the door open for a new invitation.
    expect((await invite(c.id, "bob")).status).toBe(201);
  });

  it("only the invitee may answer", async () => {
    const c = await newCompany();
    await register("carol");
    const mallory = await register("mallory");
    const inv = await invite(c.id, "carol");
    const r = await answer(inv.body.id, true, mallory);
    expect(r.status).toBe(403);
    expect(r.body.code).toBe("not_your_invitation");
    expect(await members(c.id)).toHaveLength(1);
    expect((await answer("00000000-0000-4000-8000-000000000000", true, mallory)).status).toBe(404);
  });

  it("refuses unknown users, guests, members and people already invited, with clear codes", async () => {
    const c = await newCompany();
    const dan = await register("dan");
    const unknown = await invite(c.id, "nobody-here");
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toMatch(/nobody has the username "nobody-here"/);
    const guest = await server.guest("Visitor");
    const asGuest = await invite(c.id, guest.user.username);
    expect(asGuest.status).toBe(422);
    expect(asGuest.body.message).toMatch(/guest/);
    expect((await invite(c.id, "dan")).status).toBe(201);
    const twice = await invite(c.id, "dan");
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe("already_invited");
    const self = await invite(c.id, owner.user.username);
    expect(self.status).toBe(409);
    expect(self.body.code).toBe("already_member");
    const bad = await server.api<ApiError>("POST", `/api/companies/${c.id}/invitations`, { user: "dan" }, owner.token);
    expect(bad.status).toBe(400);
    // Only owners invite.
    const other = await newCompany(dan);
    expect((await invite(other.id, "firstowner", owner)).status).toBe(403);
  });

  it("an owner withdraws an invitation, which then cannot be accepted", async () => {
    const c = await newCompany();
    const erin = await register("erin");
    const inv = await invite(c.id, "erin");
    expect((await server.api("DELETE", `/api/companies/${c.id}/invitations/${inv.body.id}`, undefined, erin.token)).status).toBe(403);
    expect((await server.api("DELETE", `/api/companies/${c.id}/invitations/${inv.body.id}`, undefined, owner.token)).status).toBe(204);
    expect((await server.api("DELETE", `/api/companies/${c.id}/invitations/${inv.body.id}`, undefined, owner.token)).status).toBe(404);
    expect((await answer(inv.body.id, true, erin)).status).toBe(409);
    expect(await members(c.id)).toHaveLength(1);
  });
});

describe("members", () => {
  it("the last owner can neither leave nor be demoted", async () => {
    const c = await newCompany();
    const leave = await server.api<ApiError>("DELETE", `/api/companies/${c.id}/members/${owner.user.id}`, undefined, owner.token);
    expect(leave.status).toBe(409);
    expect(leave.body.code).toBe("last_owner");
    const demote = await server.api<ApiError>("PATCH", `/api/companies/${c.id}/members/${owner.user.id}`, { role: "member" }, owner.token);
    expect(demote.status).toBe(409);
    expect(await members(c.id)).toEqual([{ displayName: "Name firstowner", role: "owner" }]);
  });

  it("a member leaves; an owner removes a member; a member cannot remove anyone", async () => {
    const c = await newCompany();
    const fay = await register("fay");
    const gus = await register("gus");
    await join(c.id, fay);
    await join(c.id, gus);
    const byMember = await server.api<ApiError>("DELETE", `/api/companies/${c.id}/members/${gus.user.id}`, undefined, fay.token);
    expect(byMember.status).toBe(403);
    expect(byMember.body.code).toBe("not_an_owner");
    expect((await server.api("DELETE", `/api/companies/${c.id}/members/${fay.user.id}`, undefined, fay.token)).status).toBe(204);
    expect((await server.api("DELETE", `/api/companies/${c.id}/members/${gus.user.id}`, undefined, owner.token)).status).toBe(204);
    expect(await members(c.id)).toEqual([{ displayName: "Name firstowner", role: "owner" }]);
    expect((await server.api("DELETE", `/api/companies/${c.id}/members/${gus.user.id}`, undefined, owner.token)).status).toBe(404);
    expect((await server.api<{ companies: unknown[] }>("GET", "/api/me/companies", undefined, gus.token)).body.companies).toEqual([]);
  });

  it("an owner promotes a member, who may then manage members; then the first owner may leave", async () => {
    const c = await newCompany();
    const hal = await register("hal");
    await join(c.id, hal);
    const byMember = await server.api("PATCH", `/api/companies/${c.id}/members/${hal.user.id}`, { role: "owner" }, hal.token);
    expect(byMember.status).toBe(403);
    const promoted = await server.api<{ members: Member[] }>("PATCH", `/api/companies/${c.id}/members/${hal.user.id}`, { role: "owner" }, owner.token);
    expect(promoted.status).toBe(200);
    expect(promoted.body.members.map((m) => m.role)).toEqual(["owner", "owner"]);
    expect((await server.api("DELETE", `/api/companies/${c.id}/members/${owner.user.id}`, undefined, owner.token)).status).toBe(204);
    expect(await members(c.id)).toEqual([{ displayName: "Name hal", role: "owner" }]);
    const bad = await server.api<ApiError>("PATCH", `/api/companies/${c.id}/members/${hal.user.id}`, { role: "boss" }, hal.token);
    expect(bad.status).toBe(400);
  });

  it("two owners demoting each other at the same moment cannot leave the company without one", async () => {
    const c = await newCompany();
    const ivy = await register("ivy");
    await join(c.id, ivy);
    await server.api("PATCH", `/api/companies/${c.id}/members/${ivy.user.id}`, { role: "owner" }, owner.token);
    const [a, b] = await Promise.all([
      server.api("PATCH", `/api/companies/${c.id}/members/${ivy.user.id}`, { role: "member" }, owner.token),
      server.api("PATCH", `/api/companies/${c.id}/members/${owner.user.id}`, { role: "member" }, ivy.token),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409].sort());
    expect((await members(c.id)).filter((m) => m.role === "owner")).toHaveLength(1);
  });

  it("lists members publicly, and hides them with a suspended company", async () => {
    const c = await newCompany();
    expect((await server.api("GET", `/api/companies/${c.id}/members`)).status).toBe(200);
    await server.accounts.createManager({ username: "mod", displayName: "Mod", password: "password1" });
    const mod = (await server.api<Session>("POST", "/api/auth/login", { username: "mod", password: "password1" })).body;
    await server.api("POST", `/api/companies/${c.id}/suspension`, { suspended: true }, mod.token);
    expect((await server.api("GET", `/api/companies/${c.id}/members`)).status).toBe(404);
    expect((await server.api("GET", `/api/companies/${c.id}/members`, undefined, owner.token)).status).toBe(200);
    // A suspended company takes on nobody.
    await register("jay");
    const inv = await invite(c.id, "jay");
    expect(inv.status).toBe(403);
    expect(inv.body.code).toBe("company_suspended");
  });
});

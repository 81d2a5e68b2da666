import type { Session } from "../../shared/protocol/http.ts";
import type { TestServer } from "./testServer.ts";

/** People of the tests: a resident registered over HTTP, a manager made by the accounts service and logged in. */
export async function resident(server: TestServer, username: string, displayName = username): Promise<Session> {
  const r = await server.api<Session>("POST", "/api/auth/register", { username, displayName, password: "correct horse" });
  if (r.status !== 200 && r.status !== 201) throw new Error(`could not register ${username}: ${JSON.stringify(r.body)}`);
  return r.body;
}

export async function manager(server: TestServer, username: string): Promise<Session> {
  await server.accounts.createManager({ username, displayName: `Manager ${username}`, password: "manager password" });
  const r = await server.api<Session>("POST", "/api/auth/login", { username, password: "manager password" });
  if (r.status !== 200) throw new Error(`could not log ${username} in: ${JSON.stringify(r.body)}`);
  return r.body;
}

/** A company created by `owner` over HTTP, as the company page does: they become its owner. */
export async function createCompany(server: TestServer, owner: Session, name: string): Promise<string> {
  const r = await server.api<{ id: string }>("POST", "/api/companies", {
    name, industry: "manufacturing", description: { en: `${name} makes things.` }, colour: "#1f7a8c",
  }, owner.token);
  if (r.status !== 201) throw new Error(`could not create ${name}: ${JSON.stringify(r.body)}`);
  return r.body.id;
}

/** `owner` invites `who`, who accepts: they are a member of the company. */
export async function addMember(server: TestServer, companyId: string, owner: Session, who: Session): Promise<void> {
  const invited = await server.api<{ id: string }>("POST", `/api/companies/${companyId}/invitations`, { username: who.user.username }, owner.token);
  if (invited.status !== 201) throw new Error(`could not invite ${who.user.username}: ${JSON.stringify(invited.body)}`);
  const answered = await server.api("POST", `/api/invitations/${invited.body.id}/answer`, { accept: true }, who.token);
  if (answered.status !== 200 && answered.status !== 204) throw new Error(`${who.user.username} could not join: ${JSON.stringify(answered.body)}`);
}

/** A manager suspends the company, or reinstates it. */
export async function setSuspended(server: TestServer, companyId: string, suspended: boolean, managerToken: string): Promise<void> {
  const r = await server.api("POST", `/api/companies/${companyId}/suspension`, { suspended, ...(suspended ? { reason: "under review" } : {}) }, managerToken);
  if (r.status !== 200) throw new Error(`could not ${suspended ? "suspend" : "reinstate"} the company: ${JSON.stringify(r.body)}`);
}

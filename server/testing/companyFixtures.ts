import type { MemberRole } from "../../shared/protocol/companies.ts";
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

/**
 * A company owned by `owner`, written straight to the database: the company routes are another
 * feature's, and these tests are about what happens once a company exists.
 */
export async function createCompany(server: TestServer, owner: Session, name: string): Promise<string> {
  const { rows } = await server.db.query<{ id: string }>(
    `WITH c AS (
       INSERT INTO companies (name, industry, description, colour) VALUES ($1, 'manufacturing', $2, '#1f7a8c') RETURNING id
     )
     INSERT INTO company_members (company_id, user_id, role) SELECT c.id, $3, 'owner' FROM c RETURNING company_id AS id`,
    [name, JSON.stringify({ en: `${name} makes things.` }), owner.user.id],
  );
  return rows[0]!.id;
}

export async function addMember(server: TestServer, companyId: string, who: Session, role: MemberRole = "member"): Promise<void> {
  await server.db.query("INSERT INTO company_members (company_id, user_id, role) VALUES ($1, $2, $3)", [companyId, who.user.id, role]);
}

export async function setSuspended(server: TestServer, companyId: string, suspended: boolean): Promise<void> {
  await server.db.query("UPDATE companies SET suspended = $2, version = version + 1 WHERE id = $1", [companyId, suspended]);
}

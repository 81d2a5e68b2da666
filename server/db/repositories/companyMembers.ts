import type { Member, MemberRole, MyCompany } from "../../../shared/protocol/companies.ts";
import type { Db } from "../pool.ts";
import { COMPANY_SUMMARY_COLUMNS } from "./companies.ts";

/** Someone's role in a company, or null when they do not belong to it. */
export async function findMemberRole(db: Db, companyId: string, userId: string): Promise<MemberRole | null> {
  const { rows } = await db.query<{ role: MemberRole }>(
    "SELECT role FROM company_members WHERE company_id = $1 AND user_id = $2",
    [companyId, userId],
  );
  return rows[0]?.role ?? null;
}

/** Owners first, then in the order they joined. */
export async function listMembers(db: Db, companyId: string): Promise<Member[]> {
  const { rows } = await db.query<Omit<Member, "joinedAt"> & { joinedAt: Date }>(
    `SELECT m.user_id AS "userId", u.display_name AS "displayName", u.colour, m.role, m.joined_at AS "joinedAt"
       FROM company_members m JOIN users u ON u.id = m.user_id
      WHERE m.company_id = $1
      ORDER BY m.role = 'owner' DESC, m.joined_at, u.display_name`,
    [companyId],
  );
  return rows.map((r) => ({ ...r, joinedAt: r.joinedAt.toISOString() }));
}

export async function memberUserIds(db: Db, companyId: string): Promise<string[]> {
  const { rows } = await db.query<{ userId: string }>(`SELECT user_id AS "userId" FROM company_members WHERE company_id = $1`, [companyId]);
  return rows.map((r) => r.userId);
}

/** The companies someone belongs to, with their role in each, by name. */
export async function listCompaniesOf(db: Db, userId: string, filter: { withSuspended: boolean }): Promise<MyCompany[]> {
  const { rows } = await db.query<MyCompany>(
    `SELECT ${COMPANY_SUMMARY_COLUMNS}, m.role AS "myRole"
       FROM company_members m JOIN companies c ON c.id = m.company_id
      WHERE m.user_id = $1 AND ($2 OR NOT c.suspended)
      ORDER BY lower(c.name)`,
    [userId, filter.withSuspended],
  );
  return rows;
}

export type MembershipChange = "done" | "no_company" | "not_member" | "last_owner";

/**
 * Runs a change to a company's members with the company row locked, so that two owners removing
 * or demoting each other at the same moment cannot both win and leave the company with none.
 */
async function withMembersLocked(
  db: Db,
  companyId: string,
  userId: string,
  change: (q: (sql: string, values: unknown[]) => Promise<unknown>, role: MemberRole, owners: number) => Promise<MembershipChange>,
): Promise<MembershipChange> {
  const client = await db.connect();
  try {
    await client.query("BEGIN");
    const company = await client.query("SELECT 1 FROM companies WHERE id = $1 FOR UPDATE", [companyId]);
    let result: MembershipChange;
    if (company.rowCount === 0) {
      result = "no_company";
    } else {
      const { rows } = await client.query<{ role: MemberRole | null; owners: number }>(
        `SELECT (SELECT role FROM company_members WHERE company_id = $1 AND user_id = $2) AS role,
                (SELECT count(*)::int FROM company_members WHERE company_id = $1 AND role = 'owner') AS owners`,
        [companyId, userId],
      );
      const { role, owners } = rows[0]!;
      result = role === null ? "not_member" : await change((sql, values) => client.query(sql, values), role, owners);
    }
    await client.query(result === "done" ? "COMMIT" : "ROLLBACK");
    return result;
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}

/** Takes someone out of a company, unless they are its last owner. */
export function removeMember(db: Db, companyId: string, userId: string): Promise<MembershipChange> {
  return withMembersLocked(db, companyId, userId, async (q, role, owners) => {
    if (role === "owner" && owners <= 1) return "last_owner";
    await q("DELETE FROM company_members WHERE company_id = $1 AND user_id = $2", [companyId, userId]);
    return "done";
  });
}

/** Promotes or demotes someone, unless that would leave the company without an owner. */
export function setMemberRole(db: Db, companyId: string, userId: string, newRole: MemberRole): Promise<MembershipChange> {
  return withMembersLocked(db, companyId, userId, async (q, role, owners) => {
    if (role === "owner" && newRole !== "owner" && owners <= 1) return "last_owner";
    await q("UPDATE company_members SET role = $3 WHERE company_id = $1 AND user_id = $2", [companyId, userId, newRole]);
    return "done";
  });
}

import type { MemberRole } from "../../../shared/protocol/companies.ts";
import type { Db } from "../pool.ts";

/** Someone's role in a company, or null when they do not belong to it. */
export async function findMemberRole(db: Db, companyId: string, userId: string): Promise<MemberRole | null> {
  const { rows } = await db.query<{ role: MemberRole }>(
    "SELECT role FROM company_members WHERE company_id = $1 AND user_id = $2",
    [companyId, userId],
  );
  return rows[0]?.role ?? null;
}

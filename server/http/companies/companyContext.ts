import type { Company, MemberRole } from "../../../shared/protocol/companies.ts";
import { companyAccess, type CompanyAccess } from "../../../shared/rules/companyAccess.ts";
import type { Db } from "../../db/pool.ts";
import { findCompany, type CompanyRecord } from "../../db/repositories/companies.ts";
import { findMemberRole } from "../../db/repositories/companyMembers.ts";
import type { Actor } from "../../services/accounts.ts";
import { HttpError } from "../httpError.ts";

/** A company as one reader sees it: their role in it and what that lets them do. */
export interface CompanyContext {
  company: CompanyRecord;
  memberRole: MemberRole | null;
  access: CompanyAccess;
}

export const companyNotFound = (): HttpError => new HttpError(404, "company_not_found", "there is no company with that id");

/** Loads the company for this reader; one they may not see (suspended) is answered as not there at all. */
export async function loadCompany(db: Db, id: string, actor: Actor | null): Promise<CompanyContext> {
  const company = await findCompany(db, id);
  if (!company) throw companyNotFound();
  const memberRole = actor ? await findMemberRole(db, id, actor.user.id) : null;
  const access = companyAccess({ role: actor?.user.role ?? null, memberRole, suspended: company.suspended });
  if (!access.canView) throw companyNotFound();
  return { company, memberRole, access };
}

/** Throws the refusal that tells the reader why they may not, when they may not. */
export function demand(ctx: CompanyContext, ability: "canEdit" | "canManageMembers" | "canInvite"): void {
  if (ctx.access[ability]) return;
  if (ctx.memberRole === null) throw new HttpError(403, "not_a_member", "only the company's owners and members may do this");
  if (ability !== "canEdit" && ctx.memberRole !== "owner") throw new HttpError(403, "not_an_owner", "only the company's owners may do this");
  throw new HttpError(403, "company_suspended", "the company is suspended by the park's managers; it cannot be changed until they reinstate it");
}

export function toCompany({ company, memberRole, access }: CompanyContext): Company {
  const { suspendedReason, createdAt, ...rest } = company;
  return {
    ...rest,
    createdAt: createdAt.toISOString(),
    myRole: memberRole,
    // The reason is between the company and the managers.
    suspendedReason: memberRole !== null || access.canModerate ? suspendedReason : null,
  };
}

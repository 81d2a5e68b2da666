import type { MemberRole } from "../protocol/companies.ts";
import type { Role } from "../protocol/http.ts";
import { can } from "./permissions.ts";

export interface CompanyAccessInput {
  /** The reader's role in the system; null when nobody is signed in. */
  role: Role | null;
  /** The reader's role in this company; null when they do not belong to it. */
  memberRole: MemberRole | null;
  suspended: boolean;
}

export interface CompanyAccess {
  /** A suspended company disappears for the public, but its members and the managers still see it. */
  canView: boolean;
  /** Change the company's page and booth; a suspended company is frozen until a manager reinstates it. */
  canEdit: boolean;
  /** Remove members, change their roles, see and cancel invitations. */
  canManageMembers: boolean;
  /** A suspended company does not take on new people. */
  canInvite: boolean;
  /** Anyone who belongs may leave, suspended or not (the last owner is refused by the data, not here). */
  canLeave: boolean;
  /** Read the cards left at the booth, even while suspended: they were left for the company. */
  canReadInbox: boolean;
  /** Ask for a booth slot: the same people, under the same condition, as editing. */
  canApplyForBooth: boolean;
  /** Verify or suspend: managers only. */
  canModerate: boolean;
  canLeaveCard: boolean;
}

/**
 * What someone may do with one company. The server checks every route against this; the client asks
 * the same function to decide which buttons to show, and is never trusted with the answer.
 */
export function companyAccess({ role, memberRole, suspended }: CompanyAccessInput): CompanyAccess {
  const member = memberRole !== null;
  const owner = memberRole === "owner";
  const manager = role === "manager";
  return {
    canView: !suspended || member || manager,
    canEdit: member && !suspended,
    canManageMembers: owner,
    canInvite: owner && !suspended,
    canLeave: member,
    canReadInbox: member,
    canApplyForBooth: member && !suspended,
    canModerate: manager,
    canLeaveCard: role !== null && can(role, "card.leave") && !suspended,
  };
}

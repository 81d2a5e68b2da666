import { describe, expect, it } from "vitest";
import { companyAccess } from "./companyAccess.ts";

const open = { suspended: false } as const;
const suspended = { suspended: true } as const;

describe("companyAccess", () => {
  it("shows an active company to everyone, signed in or not", () => {
    expect(companyAccess({ role: null, memberRole: null, ...open }).canView).toBe(true);
    expect(companyAccess({ role: "guest", memberRole: null, ...open }).canView).toBe(true);
  });

  it("hides a suspended company from outsiders but not from its members or managers", () => {
    expect(companyAccess({ role: null, memberRole: null, ...suspended }).canView).toBe(false);
    expect(companyAccess({ role: "resident", memberRole: null, ...suspended }).canView).toBe(false);
    expect(companyAccess({ role: "resident", memberRole: "member", ...suspended }).canView).toBe(true);
    expect(companyAccess({ role: "manager", memberRole: null, ...suspended }).canView).toBe(true);
  });

  it("lets owners and members edit, nobody else, and nobody while suspended", () => {
    expect(companyAccess({ role: "resident", memberRole: "owner", ...open }).canEdit).toBe(true);
    expect(companyAccess({ role: "resident", memberRole: "member", ...open }).canEdit).toBe(true);
    expect(companyAccess({ role: "resident", memberRole: null, ...open }).canEdit).toBe(false);
    expect(companyAccess({ role: "manager", memberRole: null, ...open }).canEdit).toBe(false);
    expect(companyAccess({ role: "resident", memberRole: "owner", ...suspended }).canEdit).toBe(false);
    expect(companyAccess({ role: "resident", memberRole: "member", ...suspended }).canApplyForBooth).toBe(false);
  });

  it("keeps the member list in the owners' hands, and invitations closed while suspended", () => {
    expect(companyAccess({ role: "resident", memberRole: "owner", ...open }).canManageMembers).toBe(true);
    expect(companyAccess({ role: "resident", memberRole: "member", ...open }).canManageMembers).toBe(false);
    expect(companyAccess({ role: "manager", memberRole: null, ...open }).canManageMembers).toBe(false);
    expect(companyAccess({ role: "resident", memberRole: "owner", ...open }).canInvite).toBe(true);
    expect(companyAccess({ role: "resident", memberRole: "member", ...open }).canInvite).toBe(false);
    expect(companyAccess({ role: "resident", memberRole: "owner", ...suspended }).canInvite).toBe(false);
  });

  it("lets anyone who belongs leave and read the inbox, even while suspended", () => {
    const member = companyAccess({ role: "resident", memberRole: "member", ...suspended });
    expect(member.canLeave).toBe(true);
    expect(member.canReadInbox).toBe(true);
    const outsider = companyAccess({ role: "resident", memberRole: null, ...open });
    expect(outsider.canLeave).toBe(false);
    expect(outsider.canReadInbox).toBe(false);
  });

  it("leaves moderation to managers", () => {
    expect(companyAccess({ role: "manager", memberRole: null, ...open }).canModerate).toBe(true);
    expect(companyAccess({ role: "resident", memberRole: "owner", ...open }).canModerate).toBe(false);
  });

  it("takes cards from residents and managers at an active company, never from guests", () => {
    expect(companyAccess({ role: "resident", memberRole: null, ...open }).canLeaveCard).toBe(true);
    expect(companyAccess({ role: "manager", memberRole: null, ...open }).canLeaveCard).toBe(true);
    expect(companyAccess({ role: "guest", memberRole: null, ...open }).canLeaveCard).toBe(false);
    expect(companyAccess({ role: null, memberRole: null, ...open }).canLeaveCard).toBe(false);
    expect(companyAccess({ role: "resident", memberRole: null, ...suspended }).canLeaveCard).toBe(false);
  });
});

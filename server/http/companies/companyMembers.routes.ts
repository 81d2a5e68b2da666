import {
  AnswerInvitationBody, CompanyIdParams, CompanyInvitationParams, CompanyMemberParams, Invitation, InvitationIdParams, InvitationList,
  InviteBody, MemberList, MyCompanyList, UpdateMemberBody,
} from "../../../shared/protocol/companies.ts";
import type { Db } from "../../db/pool.ts";
import {
  AlreadyInvitedError, answerInvitation, cancelInvitation, findInvitation, insertInvitation, listPendingInvitationsFor,
  listPendingInvitationsOf,
} from "../../db/repositories/companyInvitations.ts";
import {
  findMemberRole, listCompaniesOf, listMembers, removeMember, setMemberRole, type MembershipChange,
} from "../../db/repositories/companyMembers.ts";
import { findUserByUsername } from "../../db/repositories/users.ts";
import type { Logger } from "../../logger.ts";
import { apiRoute } from "../apiRoute.ts";
import { HttpError } from "../httpError.ts";
import { companyNotFound, demand, loadCompany } from "./companyContext.ts";
import { tellEveryParkAboutPeople } from "./parkNews.ts";

/** Turns the outcome of a membership change into the refusal the caller reads. */
function refuseUnlessDone(result: MembershipChange): void {
  if (result === "no_company") throw companyNotFound();
  if (result === "not_member") throw new HttpError(404, "member_not_found", "that person is not a member of this company");
  if (result === "last_owner") {
    throw new HttpError(409, "last_owner", "a company needs an owner: make someone else an owner first");
  }
}

export const companyMemberRoutes = (db: Db, log: Logger) => [
  apiRoute({
    method: "get", path: "/api/companies/:id/members", tag: "members", auth: "optional",
    summary: "Who belongs to a company, owners first",
    params: CompanyIdParams, status: 200, response: MemberList,
    errors: { 404: "no such company" },
    handler: async ({ params, actor }) => {
      await loadCompany(db, params.id, actor);
      return { members: await listMembers(db, params.id) };
    },
  }),
  apiRoute({
    method: "delete", path: "/api/companies/:id/members/:userId", tag: "members", auth: "signed-in",
    summary: "An owner removes a member, or a member leaves; the last owner can do neither",
    params: CompanyMemberParams, status: 204,
    errors: { 403: "not an owner (and not removing oneself)", 404: "no such company or member", 409: "the last owner" },
    handler: async ({ params, actor }) => {
      const ctx = await loadCompany(db, params.id, actor);
      const self = params.userId === actor!.user.id;
      if (!self) demand(ctx, "canManageMembers");
      else if (!ctx.access.canLeave) throw new HttpError(404, "member_not_found", "you are not a member of this company");
      refuseUnlessDone(await removeMember(db, params.id, params.userId));
      await tellEveryParkAboutPeople(db, log, [params.userId]);
    },
  }),
  apiRoute({
    method: "patch", path: "/api/companies/:id/members/:userId", tag: "members", auth: "signed-in",
    summary: "An owner makes a member an owner, or an owner a member; the last owner stays one",
    params: CompanyMemberParams, body: UpdateMemberBody, status: 200, response: MemberList,
    errors: { 403: "not an owner", 404: "no such company or member", 409: "the last owner" },
    handler: async ({ params, body, actor }) => {
      demand(await loadCompany(db, params.id, actor), "canManageMembers");
      refuseUnlessDone(await setMemberRole(db, params.id, params.userId, body.role));
      await tellEveryParkAboutPeople(db, log, [params.userId]);
      return { members: await listMembers(db, params.id) };
    },
  }),
  apiRoute({
    method: "post", path: "/api/companies/:id/invitations", tag: "members", auth: "signed-in",
    summary: "An owner invites a registered resident, by username, to join as a member",
    params: CompanyIdParams, body: InviteBody, status: 201, response: Invitation,
    errors: {
      403: "not an owner, or the company is suspended", 404: "no such company or user",
      409: "already a member, or already invited", 422: "a guest cannot be invited",
    },
    handler: async ({ params, body, actor }) => {
      demand(await loadCompany(db, params.id, actor), "canInvite");
      const user = await findUserByUsername(db, body.username);
      if (!user) throw new HttpError(404, "user_not_found", `nobody has the username "${body.username}"`);
      if (user.role === "guest") {
        throw new HttpError(422, "guest_not_invitable", `${user.displayName} is a guest; they can join a company once they register`);
      }
      if (await findMemberRole(db, params.id, user.id)) {
        throw new HttpError(409, "already_member", `${user.displayName} is already a member of this company`);
      }
      try {
        return await insertInvitation(db, { companyId: params.id, userId: user.id, invitedBy: actor!.user.id });
      } catch (e) {
        if (e instanceof AlreadyInvitedError) throw new HttpError(409, "already_invited", `${user.displayName} is already invited and has not answered yet`);
        throw e;
      }
    },
  }),
  apiRoute({
    method: "get", path: "/api/companies/:id/invitations", tag: "members", auth: "signed-in",
    summary: "A company's open invitations (owners)",
    params: CompanyIdParams, status: 200, response: InvitationList,
    errors: { 403: "not an owner", 404: "no such company" },
    handler: async ({ params, actor }) => {
      demand(await loadCompany(db, params.id, actor), "canManageMembers");
      return { invitations: await listPendingInvitationsOf(db, params.id) };
    },
  }),
  apiRoute({
    method: "delete", path: "/api/companies/:id/invitations/:invId", tag: "members", auth: "signed-in",
    summary: "An owner withdraws an open invitation",
    params: CompanyInvitationParams, status: 204,
    errors: { 403: "not an owner", 404: "no such company, or no open invitation with that id" },
    handler: async ({ params, actor }) => {
      demand(await loadCompany(db, params.id, actor), "canManageMembers");
      if (!(await cancelInvitation(db, params.id, params.invId))) {
        throw new HttpError(404, "invitation_not_found", "there is no open invitation with that id in this company");
      }
    },
  }),
  apiRoute({
    method: "get", path: "/api/me/invitations", tag: "members", auth: "signed-in",
    summary: "My open invitations to join companies",
    status: 200, response: InvitationList,
    handler: async ({ actor }) => ({ invitations: await listPendingInvitationsFor(db, actor!.user.id) }),
  }),
  apiRoute({
    method: "post", path: "/api/invitations/:id/answer", tag: "members", auth: "signed-in",
    summary: "The invitee accepts (and becomes a member) or declines an invitation",
    params: InvitationIdParams, body: AnswerInvitationBody, status: 200, response: Invitation,
    errors: {
      403: "the invitation is someone else's, or the company was suspended", 404: "no such invitation",
      409: "the invitation was already answered or withdrawn",
    },
    handler: async ({ params, body, actor }) => {
      const me = actor!.user.id;
      const result = await answerInvitation(db, params.id, me, body.accept);
      if (result === "not_found") throw new HttpError(404, "invitation_not_found", "there is no invitation with that id");
      if (result === "not_invitee") throw new HttpError(403, "not_your_invitation", "only the person invited may answer an invitation");
      if (result === "not_pending") throw new HttpError(409, "invitation_closed", "this invitation was already answered or withdrawn");
      if (result === "company_suspended") {
        throw new HttpError(403, "company_suspended", "the company is suspended by the park's managers and cannot take anyone on now");
      }
      if (body.accept) await tellEveryParkAboutPeople(db, log, [me]);
      return (await findInvitation(db, params.id))!;
    },
  }),
  apiRoute({
    method: "get", path: "/api/me/companies", tag: "members", auth: "signed-in",
    summary: "The companies I belong to, with my role in each (suspended ones included)",
    status: 200, response: MyCompanyList,
    handler: async ({ actor }) => ({ companies: await listCompaniesOf(db, actor!.user.id, { withSuspended: true }) }),
  }),
];

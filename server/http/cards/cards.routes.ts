import { CardLeft, CardList, CardListQuery, CardParams, CompanyIdParams, LeaveCardBody } from "../../../shared/protocol/companies.ts";
import { can } from "../../../shared/rules/permissions.ts";
import type { Db } from "../../db/pool.ts";
import { leaveCard, listCards, markCardRead } from "../../db/repositories/businessCards.ts";
import type { Actor } from "../../services/accounts.ts";
import { apiRoute } from "../apiRoute.ts";
import { loadCompany } from "../companies/companyContext.ts";
import { HttpError } from "../httpError.ts";

/** The company, when the actor belongs to it: only its people read its inbox. */
async function inboxOf(db: Db, companyId: string, actor: Actor | null): Promise<string> {
  const { company, access } = await loadCompany(db, companyId, actor);
  if (!access.canReadInbox) throw new HttpError(403, "not_a_member", `only the people of ${company.name} may read the cards left for it`);
  return company.id;
}

export const cardRoutes = (db: Db) => [
  apiRoute({
    method: "post", path: "/api/companies/:id/cards", tag: "cards", auth: "signed-in",
    summary: "Leave my card: the visitor's profile as it is now and a note, for the company's people to read",
    params: CompanyIdParams, body: LeaveCardBody, status: 201, response: CardLeft,
    errors: {
      403: "a guest (register first), or the company is suspended",
      404: "no such company",
      429: "a card was left for this company in the last ten minutes",
    },
    handler: async ({ params, body, actor, res }) => {
      // Checked here rather than by the route's auth, to tell a guest what to do about it.
      if (!can(actor!.user.role, "card.leave")) {
        throw new HttpError(403, "register_to_leave_card", "guests cannot leave a card: register (it takes a minute) and your card will carry your profile");
      }
      const { company, access } = await loadCompany(db, params.id, actor);
      if (!access.canLeaveCard) throw new HttpError(403, "company_suspended", `${company.name} is suspended and takes no cards`);
      const result = await leaveCard(db, {
        companyId: company.id, userId: actor!.user.id, note: body.note, parkId: body.parkId ?? null, slotId: body.slotId ?? null,
      });
      if ("retryAt" in result) {
        const seconds = Math.max(1, Math.ceil((result.retryAt.getTime() - Date.now()) / 1000));
        res.set("Retry-After", String(seconds));
        const wait = seconds < 60 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`;
        throw new HttpError(429, "too_many_cards", `you left your card for ${company.name} a moment ago: you can leave another in ${wait}`);
      }
      return result;
    },
  }),

  apiRoute({
    method: "get", path: "/api/companies/:id/cards", tag: "cards", auth: "signed-in",
    summary: "The cards left for the company, newest first, with how many are unread (its members only)",
    params: CompanyIdParams, query: CardListQuery, status: 200, response: CardList,
    errors: { 403: "not a member of the company", 404: "no such company" },
    handler: async ({ params, query, actor }) => {
      return listCards(db, await inboxOf(db, params.id, actor), query);
    },
  }),

  apiRoute({
    method: "post", path: "/api/companies/:id/cards/:cardId/read", tag: "cards", auth: "signed-in",
    summary: "A member marks a card read",
    params: CardParams, status: 204,
    errors: { 403: "not a member of the company", 404: "no such company or card" },
    handler: async ({ params, actor }) => {
      if (!(await markCardRead(db, await inboxOf(db, params.id, actor), params.cardId))) throw new HttpError(404, "card_not_found", "the company has no such card");
    },
  }),
];

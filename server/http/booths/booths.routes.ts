import {
  ApplyForBoothBody, AssignBoothBody, BoothApplication, BoothApplicationIdParams, BoothApplicationList, BoothApplicationQuery,
  BoothDecisionBody, BoothSlotParams, BoothSlotState, CompanyIdParams, ParkBooths, ParkBoothsParams,
} from "../../../shared/protocol/companies.ts";
import { canFreeBooth, type BoothRefusal } from "../../../shared/rules/boothRules.ts";
import { can } from "../../../shared/rules/permissions.ts";
import type { Db } from "../../db/pool.ts";
import {
  applyForBooth, findApplication, listApplications, listCompanyApplications, rejectApplication, withdrawApplication,
} from "../../db/repositories/boothApplications.ts";
import { findBoothCompany, findCompanySummary, freeBooth, listParkBooths, placeCompany } from "../../db/repositories/booths.ts";
import { findMemberRole } from "../../db/repositories/companyMembers.ts";
import { findPark } from "../../db/repositories/parks.ts";
import type { Logger } from "../../logger.ts";
import { publishParkEvent } from "../../park/parkEvents.ts";
import { apiRoute } from "../apiRoute.ts";
import { loadCompany } from "../companies/companyContext.ts";
import { HttpError } from "../httpError.ts";

const refused = (r: BoothRefusal): HttpError => new HttpError(r.status, r.code, r.message);

export function boothRoutes(db: Db, log: Logger) {
  /** Live park rooms reload their booth signs. The change is already saved, so a failure here is logged, not answered. */
  const boothsChanged = async (parkId: string): Promise<void> => {
    await publishParkEvent(parkId, { kind: "booths" }).catch((err: unknown) => { log.warn({ err, parkId }, "could not tell the park its booths changed"); });
  };

  return [
    apiRoute({
      method: "get", path: "/api/parks/:parkId/booths", tag: "booths", auth: "public",
      summary: "Every booth slot of the park's layout, with the company on it (a suspended company's slot shows empty)",
      params: ParkBoothsParams, status: 200, response: ParkBooths,
      errors: { 404: "no park with that id" },
      handler: async ({ params }) => {
        const [park, held] = await Promise.all([findPark(db, params.parkId), listParkBooths(db, params.parkId)]);
        if (!park) throw new HttpError(404, "park_not_found", `there is no park "${params.parkId}"`);
        return {
          parkId: park.id,
          booths: park.layout.boothSlots.map((slot) => {
            const company = held.get(slot.id);
            return { slotId: slot.id, company: company && !company.suspended ? company : null };
          }),
        };
      },
    }),

    apiRoute({
      method: "post", path: "/api/companies/:id/booth-applications", tag: "booths", auth: "signed-in",
      summary: "A member of the company asks for a free booth slot; a manager decides",
      params: CompanyIdParams, body: ApplyForBoothBody, status: 201, response: BoothApplication,
      errors: {
        403: "not a member of the company, or the company is suspended",
        404: "no such company, park or slot",
        409: "the slot is taken, the company already has a booth in that park, or already applied for this slot",
      },
      handler: async ({ params, body, actor }) => {
        const { company, memberRole } = await loadCompany(db, params.id, actor);
        if (memberRole === null) throw new HttpError(403, "not_a_member", `only the people of ${company.name} may apply for its booth`);
        // A suspended company is refused by the placement rule, with the others, in one place.
        const result = await applyForBooth(db, { companyId: company.id, ...body, appliedBy: actor!.user.id });
        if ("code" in result) throw refused(result);
        return result;
      },
    }),

    apiRoute({
      method: "get", path: "/api/companies/:id/booth-applications", tag: "booths", auth: "signed-in",
      summary: "The company's booth applications, newest first (its members and booth managers)",
      params: CompanyIdParams, status: 200, response: BoothApplicationList,
      errors: { 403: "not a member of the company", 404: "no such company" },
      handler: async ({ params, actor }) => {
        const { company, memberRole } = await loadCompany(db, params.id, actor);
        if (memberRole === null && !can(actor!.user.role, "booth.manage")) {
          throw new HttpError(403, "not_a_member", `only the people of ${company.name} may see its applications`);
        }
        return { applications: await listCompanyApplications(db, company.id) };
      },
    }),

    apiRoute({
      method: "delete", path: "/api/booth-applications/:id", tag: "booths", auth: "signed-in",
      summary: "A member withdraws the company's pending application",
      params: BoothApplicationIdParams, status: 204,
      errors: { 403: "not a member of the company", 404: "no such application", 409: "the application was already decided" },
      handler: async ({ params, actor }) => {
        const application = await findApplication(db, params.id);
        if (!application) throw new HttpError(404, "application_not_found", "there is no such booth application");
        const { company, memberRole } = await loadCompany(db, application.companyId, actor);
        if (memberRole === null) throw new HttpError(403, "not_a_member", `only the people of ${company.name} may withdraw its application`);
        if (!(await withdrawApplication(db, application.id))) {
          throw new HttpError(409, "application_decided", "this application is no longer pending");
        }
      },
    }),

    apiRoute({
      method: "get", path: "/api/booth-applications", tag: "booths", auth: "booth.manage",
      summary: "The managers' queue of booth applications, oldest first (pending ones unless ?status= says otherwise)",
      query: BoothApplicationQuery, status: 200, response: BoothApplicationList,
      handler: async ({ query }) => ({ applications: await listApplications(db, query) }),
    }),

    apiRoute({
      method: "post", path: "/api/booth-applications/:id/decision", tag: "booths", auth: "booth.manage",
      summary: "A manager approves an application (the company gets the slot) or rejects it with a reason",
      params: BoothApplicationIdParams, body: BoothDecisionBody, status: 200, response: BoothApplication,
      errors: {
        403: "the company is suspended",
        404: "no such application, or its slot left the layout",
        409: "the application was already decided, the slot was taken meanwhile, or the company has a booth in that park",
      },
      handler: async ({ params, body, actor }) => {
        const application = await findApplication(db, params.id);
        if (!application) throw new HttpError(404, "application_not_found", "there is no such booth application");
        if (application.status !== "pending") throw new HttpError(409, "application_decided", `this application was already ${application.status}`);
        if (body.approve) {
          const refusal = await placeCompany(db, {
            parkId: application.parkId, slotId: application.slotId, companyId: application.companyId,
            by: actor!.user.id, applicationId: application.id,
          });
          if (refusal) throw refused(refusal);
          await boothsChanged(application.parkId);
        } else if (!(await rejectApplication(db, application.id, actor!.user.id, body.reason || null))) {
          throw new HttpError(409, "application_decided", "this application is no longer pending");
        }
        return (await findApplication(db, application.id))!;
      },
    }),

    apiRoute({
      method: "put", path: "/api/parks/:parkId/booths/:slotId", tag: "booths", auth: "booth.manage",
      summary: "A manager puts a company on a free slot directly",
      params: BoothSlotParams, body: AssignBoothBody, status: 200, response: BoothSlotState,
      errors: {
        403: "the company is suspended",
        404: "no such park, slot or company",
        409: "the slot is taken, or the company already has a booth in that park",
      },
      handler: async ({ params, body, actor }) => {
        // Asking again for what is already so is not a conflict.
        if ((await findBoothCompany(db, params.parkId, params.slotId)) !== body.companyId) {
          const refusal = await placeCompany(db, { ...params, companyId: body.companyId, by: actor!.user.id });
          if (refusal) throw refused(refusal);
          await boothsChanged(params.parkId);
        }
        return { slotId: params.slotId, company: await findCompanySummary(db, body.companyId) };
      },
    }),

    apiRoute({
      method: "delete", path: "/api/parks/:parkId/booths/:slotId", tag: "booths", auth: "signed-in",
      summary: "A manager frees a booth slot, or an owner of the company on it gives it up",
      params: BoothSlotParams, status: 204,
      errors: { 403: "neither a booth manager nor an owner of the company on the slot", 404: "nobody is on that slot" },
      handler: async ({ params, actor }) => {
        const holder = await findBoothCompany(db, params.parkId, params.slotId);
        if (!holder) throw new HttpError(404, "booth_not_found", `no company is on booth slot "${params.slotId}" of park "${params.parkId}"`);
        if (!canFreeBooth(actor!.user.role, await findMemberRole(db, holder, actor!.user.id))) {
          throw new HttpError(403, "forbidden", "only a booth manager or an owner of the company on it may free a booth");
        }
        if (!(await freeBooth(db, params.parkId, params.slotId, holder))) {
          throw new HttpError(404, "booth_not_found", `no company is on booth slot "${params.slotId}" of park "${params.parkId}"`);
        }
        await boothsChanged(params.parkId);
      },
    }),
  ];
}

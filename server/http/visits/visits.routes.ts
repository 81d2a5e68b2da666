import { BoothVisitReport, CompanyIdParams, ParkBoothsParams, VisitsQuery } from "../../../shared/protocol/companies.ts";
import { canSeeBoothVisits } from "../../../shared/rules/boothRules.ts";
import type { Db } from "../../db/pool.ts";
import { boothVisitReport } from "../../db/repositories/boothVisits.ts";
import { findPark } from "../../db/repositories/parks.ts";
import { apiRoute } from "../apiRoute.ts";
import { loadCompany } from "../companies/companyContext.ts";
import { HttpError } from "../httpError.ts";

export const visitRoutes = (db: Db) => [
  apiRoute({
    method: "get", path: "/api/companies/:id/visits", tag: "visits", auth: "signed-in",
    summary: "Visits to the company's booths per park, slot and day, with distinct visitors (its people and managers)",
    params: CompanyIdParams, query: VisitsQuery, status: 200, response: BoothVisitReport,
    errors: { 403: "neither a member of the company nor a manager", 404: "no such company" },
    handler: async ({ params, query, actor }) => {
      const { company, memberRole } = await loadCompany(db, params.id, actor);
      if (!canSeeBoothVisits(actor!.user.role, memberRole)) {
        throw new HttpError(403, "not_a_member", `only the people of ${company.name} and managers may see its visits`);
      }
      return boothVisitReport(db, { companyId: company.id }, query.days);
    },
  }),

  apiRoute({
    method: "get", path: "/api/parks/:parkId/booth-visits", tag: "visits", auth: "dashboard.view",
    summary: "Visits to every booth of a park per slot and day, with distinct visitors (managers)",
    params: ParkBoothsParams, query: VisitsQuery, status: 200, response: BoothVisitReport,
    errors: { 404: "no park with that id" },
    handler: async ({ params, query }) => {
      if (!(await findPark(db, params.parkId))) throw new HttpError(404, "park_not_found", `there is no park "${params.parkId}"`);
      return boothVisitReport(db, { parkId: params.parkId }, query.days);
    },
  }),
];

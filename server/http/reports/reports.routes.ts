import {
  CompanyReport, CompanyReportParams, ParkReport, ParkReportParams, PersonReport, PersonReportParams,
} from "../../../shared/protocol/reports.ts";
import { canSeeBoothVisits } from "../../../shared/rules/boothRules.ts";
import type { Db } from "../../db/pool.ts";
import { companyReport, parkReport, parkYearAt, personReport } from "../../services/yearlyReports.ts";
import { apiRoute } from "../apiRoute.ts";
import { companyNotFound, loadCompany } from "../companies/companyContext.ts";
import { HttpError } from "../httpError.ts";

/** A year that has not begun in the park has no report yet (the schema stops only at years before the first). */
function demandYearBegun(year: number): void {
  const current = parkYearAt(new Date());
  if (year > current) throw new HttpError(400, "invalid_request", `invalid params: year: the year ${year} has not begun yet (it is ${current} in the park)`);
}

/** Yearly reports: a person's own, a company's (its people and managers), a park's (managers). */
export const reportRoutes = (db: Db) => [
  apiRoute({
    method: "get", path: "/api/reports/me/:year", tag: "reports", auth: "signed-in",
    summary: "The reader's own year in the parks: time, favourite places, tasks, ratings, events, meetings, late evenings and keywords",
    params: PersonReportParams, status: 200, response: PersonReport,
    errors: { 400: "the year is not a whole number, before the first report year or has not begun", 403: "guests have no yearly report" },
    handler: async ({ params, actor }) => {
      if (actor!.user.role === "guest") throw new HttpError(403, "guest", "guests have no yearly report: sign up to keep one");
      demandYearBegun(params.year);
      const report = await personReport(db, actor!.user.id, params.year);
      if (!report) throw new HttpError(404, "user_not_found", "the account is gone");
      return report;
    },
  }),
  apiRoute({
    method: "get", path: "/api/reports/companies/:id/:year", tag: "reports", auth: "signed-in",
    summary: "A company's year: its booth's visits, busiest month, tasks, ratings and events (its people and managers)",
    params: CompanyReportParams, status: 200, response: CompanyReport,
    errors: { 400: "the year is invalid or has not begun", 403: "neither a member of the company nor a manager", 404: "no such company" },
    handler: async ({ params, actor }) => {
      const { company, memberRole } = await loadCompany(db, params.id, actor);
      // The same people who see the company's booth visits see its year.
      if (!canSeeBoothVisits(actor!.user.role, memberRole)) {
        throw new HttpError(403, "not_a_member", `only the people of ${company.name} and managers may read its yearly report`);
      }
      demandYearBegun(params.year);
      const report = await companyReport(db, company.id, params.year);
      if (!report) throw companyNotFound();
      return report;
    },
  }),
  apiRoute({
    method: "get", path: "/api/reports/parks/:id/:year", tag: "reports", auth: "dashboard.view",
    summary: "A park's year: people, hours, the busiest day, top zones, tasks and events (managers)",
    params: ParkReportParams, status: 200, response: ParkReport,
    errors: { 400: "the year is invalid or has not begun", 404: "no park with that id" },
    handler: async ({ params }) => {
      demandYearBegun(params.year);
      const report = await parkReport(db, params.id, params.year);
      if (!report) throw new HttpError(404, "park_not_found", `there is no park "${params.id}"`);
      return report;
    },
  }),
];

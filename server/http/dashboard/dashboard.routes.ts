import {
  BoothReport, CommunityReport, CompanyDashboard, CompanyDashboardParams, DayRange, Heatmap, LiveOccupancy, ParkRangeQuery, PeakHours, ZoneReport,
} from "../../../shared/protocol/dashboard.ts";
import { canSeeBoothVisits } from "../../../shared/rules/boothRules.ts";
import type { Db } from "../../db/pool.ts";
import type { Logger } from "../../logger.ts";
import { communityReport } from "../../services/communityReport.ts";
import { companyDashboard } from "../../services/companyDashboard.ts";
import { liveOccupancy, type ParkCountsNow } from "../../services/liveOccupancy.ts";
import { parkBoothReport, parkHeatmap, parkPeakHours, parkZoneReport } from "../../services/parkDashboard.ts";
import { apiRoute } from "../apiRoute.ts";
import { loadCompany } from "../companies/companyContext.ts";
import { HttpError } from "../httpError.ts";

const RANGE_ERRORS = { 400: "the query is invalid (park id, days, weekdays or hours)", 404: "no park with that id" };

/**
 * The manager's dashboard (park-wide figures, managers only) and a company's own figures (its
 * people and managers). `countsNow` gives the people in each park now, from the room listings.
 */
export const dashboardRoutes = (db: Db, _log: Logger, countsNow: () => Promise<Map<string, ParkCountsNow>>) => [
  apiRoute({
    method: "get", path: "/api/dashboard/live", tag: "dashboard", auth: "dashboard.view",
    summary: "People in each park and zone now, and over the last hours (managers)",
    status: 200, response: LiveOccupancy,
    handler: async () => liveOccupancy(db, countsNow),
  }),
  apiRoute({
    method: "get", path: "/api/dashboard/heatmap", tag: "dashboard", auth: "dashboard.view",
    summary: "Dwell per cell of a park's floor plan over park-local days, optionally only some weekdays and hours (managers)",
    query: ParkRangeQuery, status: 200, response: Heatmap, errors: RANGE_ERRORS,
    handler: async ({ query }) => parkHeatmap(db, query),
  }),
  apiRoute({
    method: "get", path: "/api/dashboard/zones", tag: "dashboard", auth: "dashboard.view",
    summary: "A park's zones ranked by dwell (visits, distinct visitors, total and average dwell) and the moves between them (managers)",
    query: ParkRangeQuery, status: 200, response: ZoneReport, errors: RANGE_ERRORS,
    handler: async ({ query }) => parkZoneReport(db, query),
  }),
  apiRoute({
    method: "get", path: "/api/dashboard/booths", tag: "dashboard", auth: "dashboard.view",
    summary: "A park's booths ranked by visits, with distinct visitors, dwell and the company at each (managers)",
    query: ParkRangeQuery, status: 200, response: BoothReport, errors: RANGE_ERRORS,
    handler: async ({ query }) => parkBoothReport(db, query),
  }),
  apiRoute({
    method: "get", path: "/api/dashboard/peak-hours", tag: "dashboard", auth: "dashboard.view",
    summary: "People present in a park per weekday and hour, average and peak (managers)",
    query: ParkRangeQuery, status: 200, response: PeakHours, errors: RANGE_ERRORS,
    handler: async ({ query }) => parkPeakHours(db, query),
  }),
  apiRoute({
    method: "get", path: "/api/dashboard/community", tag: "dashboard", auth: "dashboard.view",
    summary: "Daily and weekly active people, registrations, the task funnel and event attendance over park-local days (managers)",
    query: DayRange, status: 200, response: CommunityReport, errors: { 400: "the days are invalid" },
    handler: async ({ query }) => communityReport(db, query),
  }),
  apiRoute({
    method: "get", path: "/api/companies/:id/dashboard", tag: "dashboard", auth: "signed-in",
    summary: "A company's own figures: its booths' visits and dwell, its tasks' funnel, its events (its people and managers)",
    params: CompanyDashboardParams, query: DayRange, status: 200, response: CompanyDashboard,
    errors: { 400: "the days are invalid", 403: "neither a member of the company nor a manager", 404: "no such company" },
    handler: async ({ params, query, actor }) => {
      const { company, memberRole } = await loadCompany(db, params.id, actor);
      if (!canSeeBoothVisits(actor!.user.role, memberRole)) {
        throw new HttpError(403, "not_a_member", `only the people of ${company.name} and managers may see its figures`);
      }
      return companyDashboard(db, company, query);
    },
  }),
];

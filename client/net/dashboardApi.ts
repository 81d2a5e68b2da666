import {
  BoothReport, CommunityReport, CompanyDashboard, Heatmap, LiveOccupancy, PeakHours, ZoneReport, type DayRange,
} from "../../shared/protocol/dashboard.ts";
import { call } from "./api.ts";

/** The dashboard calls of the HTTP API (shared/protocol/dashboard.ts): managers' park figures and a company's own. */

type Token = string | null | undefined;
const seg = encodeURIComponent;

/** What a park chart asks for, as the page holds it: weekdays as numbers, hours as a span. */
export interface ParkRange extends DayRange {
  parkId: string;
  /** ISO weekdays (Monday 1 … Sunday 7); empty or absent: every day. */
  weekdays?: readonly number[];
  /** Park-local hours, both ends included; absent: the whole day. */
  hours?: { from: number; to: number };
}

/** The query string of a park chart, written as ParkRangeQuery reads it ("weekdays=1,2", "hours=8-18"). */
export function parkRangeQuery(range: ParkRange): string {
  const q = new URLSearchParams({ parkId: range.parkId, from: range.from, to: range.to });
  if (range.weekdays && range.weekdays.length > 0 && range.weekdays.length < 7) q.set("weekdays", [...range.weekdays].sort().join(","));
  if (range.hours && (range.hours.from > 0 || range.hours.to < 23)) q.set("hours", `${range.hours.from}-${range.hours.to}`);
  return q.toString();
}

const dayQuery = (range: DayRange) => new URLSearchParams({ from: range.from, to: range.to }).toString();

export const fetchLive = (token: Token) => call(LiveOccupancy, "GET", "/api/dashboard/live", { token });
export const fetchHeatmap = (token: Token, range: ParkRange) => call(Heatmap, "GET", `/api/dashboard/heatmap?${parkRangeQuery(range)}`, { token });
export const fetchZones = (token: Token, range: ParkRange) => call(ZoneReport, "GET", `/api/dashboard/zones?${parkRangeQuery(range)}`, { token });
export const fetchBooths = (token: Token, range: ParkRange) => call(BoothReport, "GET", `/api/dashboard/booths?${parkRangeQuery(range)}`, { token });
export const fetchPeakHours = (token: Token, range: ParkRange) =>
  call(PeakHours, "GET", `/api/dashboard/peak-hours?${parkRangeQuery(range)}`, { token });
export const fetchCommunity = (token: Token, range: DayRange) => call(CommunityReport, "GET", `/api/dashboard/community?${dayQuery(range)}`, { token });
export const fetchCompanyDashboard = (token: Token, companyId: string, range: DayRange) =>
  call(CompanyDashboard, "GET", `/api/companies/${seg(companyId)}/dashboard?${dayQuery(range)}`, { token });

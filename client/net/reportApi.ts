import { CompanyReport, ParkReport, PersonReport } from "../../shared/protocol/reports.ts";
import { call } from "./api.ts";

/** The yearly report calls of the HTTP API (shared/protocol/reports.ts). */

const seg = encodeURIComponent;

export const fetchMyReport = (token: string, year: number) => call(PersonReport, "GET", `/api/reports/me/${year}`, { token });
export const fetchCompanyReport = (token: string, companyId: string, year: number) =>
  call(CompanyReport, "GET", `/api/reports/companies/${seg(companyId)}/${year}`, { token });
export const fetchParkReport = (token: string, parkId: string, year: number) =>
  call(ParkReport, "GET", `/api/reports/parks/${seg(parkId)}/${year}`, { token });

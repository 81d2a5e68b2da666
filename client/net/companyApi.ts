import type { z } from "zod";
import { ApiError } from "../../shared/protocol/http.ts";
import {
  BoothApplication, BoothApplicationList, BoothVisitReport, CardLeft, CardList, Company, CompanyList, Invitation, InvitationList, MemberList,
  MyCompanyList, ParkBooths, Profile, UploadedImage,
  type CreateCompanyBody, type MemberRole, type UpdateCompanyBody, type UpdateProfileBody,
} from "../../shared/protocol/companies.ts";
import { BAD_RESPONSE, call, NETWORK_ERROR, type Result } from "./api.ts";

/**
 * The company, booth, card, image and profile calls of the HTTP API (shared/protocol/companies.ts).
 * Calls whose answer the page does not use (it reloads what changed) expect no particular body.
 */

type Token = string | null | undefined;
const seg = encodeURIComponent;
const company = (id: string) => `/api/companies/${seg(id)}`;

// ---- Companies ---------------------------------------------------------------------------------

export const listCompanies = (token?: Token) => call(CompanyList, "GET", "/api/companies", { token });
export const fetchMyCompanies = (token: string) => call(MyCompanyList, "GET", "/api/me/companies", { token });
export const createCompany = (token: string, body: z.input<typeof CreateCompanyBody>) =>
  call(Company, "POST", "/api/companies", { body, token });
export const fetchCompany = (id: string, token?: Token) => call(Company, "GET", company(id), { token });
export const updateCompany = (token: string, id: string, body: UpdateCompanyBody) =>
  call(Company, "PATCH", company(id), { body, token });

export const setVerified = (token: string, id: string, verified: boolean) =>
  call(null, "POST", `${company(id)}/verification`, { body: { verified }, token });
export const setSuspended = (token: string, id: string, suspended: boolean, reason?: string) =>
  call(null, "POST", `${company(id)}/suspension`, { body: reason ? { suspended, reason } : { suspended }, token });

// ---- Members and invitations -------------------------------------------------------------------

export const fetchMembers = (token: string, id: string) => call(MemberList, "GET", `${company(id)}/members`, { token });
export const removeMember = (token: string, id: string, userId: string) =>
  call(null, "DELETE", `${company(id)}/members/${seg(userId)}`, { token });
export const setMemberRole = (token: string, id: string, userId: string, role: MemberRole) =>
  call(null, "PATCH", `${company(id)}/members/${seg(userId)}`, { body: { role }, token });

export const inviteMember = (token: string, id: string, username: string) =>
  call(Invitation, "POST", `${company(id)}/invitations`, { body: { username }, token });
export const fetchCompanyInvitations = (token: string, id: string) =>
  call(InvitationList, "GET", `${company(id)}/invitations`, { token });
export const cancelInvitation = (token: string, id: string, invitationId: string) =>
  call(null, "DELETE", `${company(id)}/invitations/${seg(invitationId)}`, { token });
export const fetchMyInvitations = (token: string) => call(InvitationList, "GET", "/api/me/invitations", { token });
export const answerInvitation = (token: string, invitationId: string, accept: boolean) =>
  call(null, "POST", `/api/invitations/${seg(invitationId)}/answer`, { body: { accept }, token });

// ---- Booths ------------------------------------------------------------------------------------

export const fetchParkBooths = (parkId: string) => call(ParkBooths, "GET", `/api/parks/${seg(parkId)}/booths`);
export const applyForBooth = (token: string, id: string, body: { parkId: string; slotId: string; note: string }) =>
  call(BoothApplication, "POST", `${company(id)}/booth-applications`, { body, token });
export const fetchCompanyApplications = (token: string, id: string) =>
  call(BoothApplicationList, "GET", `${company(id)}/booth-applications`, { token });
export const withdrawApplication = (token: string, applicationId: string) =>
  call(null, "DELETE", `/api/booth-applications/${seg(applicationId)}`, { token });
export const fetchPendingApplications = (token: string) =>
  call(BoothApplicationList, "GET", "/api/booth-applications?status=pending", { token });
export const decideApplication = (token: string, applicationId: string, approve: boolean, reason?: string) =>
  call(null, "POST", `/api/booth-applications/${seg(applicationId)}/decision`, { body: reason ? { approve, reason } : { approve }, token });
export const assignBooth = (token: string, parkId: string, slotId: string, companyId: string) =>
  call(null, "PUT", `/api/parks/${seg(parkId)}/booths/${seg(slotId)}`, { body: { companyId }, token });
export const freeBooth = (token: string, parkId: string, slotId: string) =>
  call(null, "DELETE", `/api/parks/${seg(parkId)}/booths/${seg(slotId)}`, { token });

// ---- Cards and visits --------------------------------------------------------------------------

export const leaveCard = (token: string, id: string, body: { note: string; parkId?: string; slotId?: string }) =>
  call(CardLeft, "POST", `${company(id)}/cards`, { body, token });
/** A page of cards, newest first; `before` is the id of the last card already shown. */
export const fetchCards = (token: string, id: string, page: { before?: string; limit: number }) =>
  call(CardList, "GET", `${company(id)}/cards?limit=${page.limit}${page.before ? `&before=${seg(page.before)}` : ""}`, { token });
export const markCardRead = (token: string, id: string, cardId: string) =>
  call(null, "POST", `${company(id)}/cards/${seg(cardId)}/read`, { token });
export const fetchVisits = (token: string, id: string, days = 30) =>
  call(BoothVisitReport, "GET", `${company(id)}/visits?days=${days}`, { token });

// ---- Profiles ----------------------------------------------------------------------------------

export const fetchProfile = (userId: string, token?: Token) => call(Profile, "GET", `/api/users/${seg(userId)}/profile`, { token });
export const fetchMyProfile = (token: string) => call(Profile, "GET", "/api/me/profile", { token });
export const updateMyProfile = (token: string, body: UpdateProfileBody) => call(Profile, "PATCH", "/api/me/profile", { body, token });

// ---- Images ------------------------------------------------------------------------------------

/** Sends the file itself as the body, with its own type: the server checks type and size again. */
export async function uploadImage(token: string, file: Blob): Promise<Result<UploadedImage>> {
  let res: Response;
  try {
    res = await fetch("/api/images", {
      method: "POST",
      headers: { accept: "application/json", "content-type": file.type, authorization: `Bearer ${token}` },
      body: file,
    });
  } catch {
    return { ok: false, error: { status: 0, code: NETWORK_ERROR, message: "the server cannot be reached" } };
  }
  let json: unknown = undefined;
  try {
    json = await res.json();
  } catch {
    json = undefined;
  }
  if (!res.ok) {
    const parsed = ApiError.safeParse(json);
    return { ok: false, error: parsed.success ? parsed.data : { status: res.status, code: BAD_RESPONSE, message: `the server answered ${res.status}` } };
  }
  const parsed = UploadedImage.safeParse(json);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, error: { status: res.status, code: BAD_RESPONSE, message: "the server answered something this page does not understand" } };
}

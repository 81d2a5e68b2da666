import {
  Company, CompanyIdParams, CompanyList, CompanyListQuery, CreateCompanyBody, SuspensionBody, UpdateCompanyBody, VerificationBody,
  type Product,
} from "../../../shared/protocol/companies.ts";
import type { Db } from "../../db/pool.ts";
import {
  CompanyNameTakenError, insertCompanyWithOwner, listCompanies, setCompanySuspended, setCompanyVerified, updateCompany,
} from "../../db/repositories/companies.ts";
import { memberUserIds } from "../../db/repositories/companyMembers.ts";
import { missingImageIds } from "../../db/repositories/images.ts";
import type { Logger } from "../../logger.ts";
import { companyRating } from "../../db/repositories/reputation.ts";
import { apiRoute } from "../apiRoute.ts";
import { HttpError } from "../httpError.ts";
import { companyNotFound, demand, loadCompany, toCompany } from "./companyContext.ts";
import { tellCompanyParksAboutBooths, tellEveryParkAboutPeople } from "./parkNews.ts";

const nameTaken = (name: string) => new HttpError(409, "company_name_taken", `a company called "${name}" already exists`);

/** Every picture a company's page refers to must be one that was uploaded; the first unknown one is named. */
async function checkImages(db: Db, body: { logoImageId?: string | null; products?: Product[]; gallery?: string[] }): Promise<void> {
  const refs: Array<{ path: string; id: string }> = [];
  if (body.logoImageId) refs.push({ path: "logoImageId", id: body.logoImageId });
  body.products?.forEach((p, i) => { if (p.imageId) refs.push({ path: `products.${i}.imageId`, id: p.imageId }); });
  body.gallery?.forEach((id, i) => refs.push({ path: `gallery.${i}`, id }));
  const missing = new Set(await missingImageIds(db, [...new Set(refs.map((r) => r.id))]));
  const first = refs.find((r) => missing.has(r.id));
  if (first) {
    throw new HttpError(400, "unknown_image", `invalid body: ${first.path}: no uploaded picture has the id ${first.id}`, [
      { path: first.path, message: "no uploaded picture has this id" },
    ]);
  }
}

export const companyRoutes = (db: Db, log: Logger) => [
  apiRoute({
    method: "post", path: "/api/companies", tag: "companies", auth: "company.create",
    summary: "Create a company; its creator becomes its owner",
    body: CreateCompanyBody, status: 201, response: Company,
    errors: { 409: "a company with that name (in any case) already exists" },
    handler: async ({ body, actor }) => {
      await checkImages(db, body);
      let id: string;
      try {
        id = await insertCompanyWithOwner(db, body, actor!.user.id);
      } catch (e) {
        if (e instanceof CompanyNameTakenError) throw nameTaken(body.name);
        throw e;
      }
      await tellEveryParkAboutPeople(db, log, [actor!.user.id]);
      return toCompany(await loadCompany(db, id, actor));
    },
  }),
  apiRoute({
    method: "get", path: "/api/companies", tag: "companies", auth: "optional",
    summary: "Companies by name, with an optional search on the name and an industry filter; suspended ones for managers only",
    query: CompanyListQuery, status: 200, response: CompanyList,
    handler: async ({ query, actor }) => ({
      companies: await listCompanies(db, { q: query.q || undefined, industry: query.industry, withSuspended: actor?.user.role === "manager" }),
    }),
  }),
  apiRoute({
    method: "get", path: "/api/companies/:id", tag: "companies", auth: "optional",
    summary: "A company's page: profile, products, pictures, booths, and the reader's own role in it",
    params: CompanyIdParams, status: 200, response: Company,
    errors: { 404: "no company with that id, or one suspended and the reader neither a member nor a manager" },
    handler: async ({ params, actor }) => ({ ...toCompany(await loadCompany(db, params.id, actor)), rating: await companyRating(db, params.id) }),
  }),
  apiRoute({
    method: "patch", path: "/api/companies/:id", tag: "companies", auth: "signed-in",
    summary: "Change a company's page (owners and members); only the fields given change",
    params: CompanyIdParams, body: UpdateCompanyBody, status: 200, response: Company,
    errors: { 403: "not a member, or the company is suspended", 404: "no such company", 409: "the new name is taken" },
    handler: async ({ params, body, actor }) => {
      demand(await loadCompany(db, params.id, actor), "canEdit");
      await checkImages(db, body);
      let changed: boolean;
      try {
        changed = await updateCompany(db, params.id, body);
      } catch (e) {
        if (e instanceof CompanyNameTakenError) throw nameTaken(body.name ?? "");
        throw e;
      }
      // Suspended (or deleted) between the check and the change: say which, from the row as it is now.
      const after = await loadCompany(db, params.id, actor);
      if (!changed) demand(after, "canEdit");
      await tellCompanyParksAboutBooths(db, log, params.id);
      // Members' avatars carry the company's name.
      if (body.name !== undefined) await tellEveryParkAboutPeople(db, log, await memberUserIds(db, params.id));
      return toCompany(after);
    },
  }),
  apiRoute({
    method: "post", path: "/api/companies/:id/verification", tag: "moderation", auth: "company.moderate",
    summary: "Verify a company (a badge on its booth and on its members' avatars), or take the badge away",
    params: CompanyIdParams, body: VerificationBody, status: 200, response: Company,
    errors: { 404: "no such company" },
    handler: async ({ params, body, actor }) => {
      if (!(await setCompanyVerified(db, params.id, body.verified))) throw companyNotFound();
      await tellCompanyParksAboutBooths(db, log, params.id);
      await tellEveryParkAboutPeople(db, log, await memberUserIds(db, params.id));
      return toCompany(await loadCompany(db, params.id, actor));
    },
  }),
  apiRoute({
    method: "post", path: "/api/companies/:id/suspension", tag: "moderation", auth: "company.moderate",
    summary: "Suspend a company (hidden from the public, frozen for its members), or reinstate it",
    params: CompanyIdParams, body: SuspensionBody, status: 200, response: Company,
    errors: { 404: "no such company" },
    handler: async ({ params, body, actor }) => {
      if (!(await setCompanySuspended(db, params.id, body.suspended, body.reason ?? null))) throw companyNotFound();
      await tellCompanyParksAboutBooths(db, log, params.id);
      await tellEveryParkAboutPeople(db, log, await memberUserIds(db, params.id));
      return toCompany(await loadCompany(db, params.id, actor));
    },
  }),
];

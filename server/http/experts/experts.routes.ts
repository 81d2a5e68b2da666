import { UserIdParams } from "../../../shared/protocol/companies.ts";
import {
  CertificationBody, CertificationDecisionBody, CertificationQuery, CertificationRequest, CertificationRequestList,
  ExpertLevelAnswer, ExpertLevelBody, TaskIdParams,
} from "../../../shared/protocol/tasks.ts";
import type { Db } from "../../db/pool.ts";
import {
  createCertificationRequest, decideCertificationRequest, listCertificationRequests, setExpertLevel,
} from "../../db/repositories/certificationRequests.ts";
import type { Logger } from "../../logger.ts";
import { apiRoute } from "../apiRoute.ts";
import { tellEveryParkAboutPeople } from "../companies/parkNews.ts";
import { HttpError } from "../httpError.ts";
import { pingNotified } from "../notifications/pingNotified.ts";

export const expertRoutes = (db: Db, log: Logger) => [
  apiRoute({
    method: "post", path: "/api/me/certification", tag: "experts", auth: "task.work",
    summary: "Ask the managers to certify me as an expert in some fields, with a statement and links",
    body: CertificationBody, status: 201, response: CertificationRequest,
    errors: { 400: "the body is invalid", 403: "guests cannot ask", 409: "certification_pending: a request of mine is waiting already" },
    handler: async ({ body, actor }) => {
      const request = await createCertificationRequest(db, actor!.user.id, body);
      if (!request) throw new HttpError(409, "certification_pending", "you already have a certification request waiting for a manager; one at a time");
      return request;
    },
  }),
  apiRoute({
    method: "get", path: "/api/me/certification", tag: "experts", auth: "signed-in",
    summary: "My certification requests, newest first, with the managers' answers",
    status: 200, response: CertificationRequestList,
    handler: async ({ actor }) => ({ requests: await listCertificationRequests(db, { userId: actor!.user.id }) }),
  }),
  apiRoute({
    method: "get", path: "/api/certification-requests", tag: "experts", auth: "expert.certify",
    summary: "The managers' queue of certification requests, pending ones unless asked otherwise",
    query: CertificationQuery, status: 200, response: CertificationRequestList,
    handler: async ({ query }) => ({ requests: await listCertificationRequests(db, { status: query.status }) }),
  }),
  apiRoute({
    method: "post", path: "/api/certification-requests/:id/decision", tag: "experts", auth: "expert.certify",
    summary: "Approve a request (the person becomes an expert, or an authority, in its fields) or reject it with a reason",
    params: TaskIdParams, body: CertificationDecisionBody, status: 200, response: CertificationRequest,
    errors: { 400: "the body is invalid, or a rejection gives no reason", 404: "no request with that id", 409: "already_decided: the request was decided or withdrawn" },
    handler: async ({ params, body, actor }) => {
      // The person is told why, so they can ask again with what was missing.
      if (!body.approve && !body.reason) throw new HttpError(400, "reason_required", "say why the request is rejected");
      const decided = await decideCertificationRequest(db, params.id, actor!.user.id,
        body.approve ? { approve: true, level: body.level } : { approve: false, reason: body.reason! });
      if (decided === "gone") throw new HttpError(404, "request_not_found", "there is no certification request with that id");
      if (decided === "decided") throw new HttpError(409, "already_decided", "this request was already decided or withdrawn; nothing changed");
      await pingNotified(db, log, [decided.user.id]);
      // Avatars wear the expert badge at once.
      if (body.approve) await tellEveryParkAboutPeople(db, log, [decided.user.id]);
      return decided;
    },
  }),
  apiRoute({
    method: "post", path: "/api/users/:id/expert-level", tag: "experts", auth: "expert.certify",
    summary: "Set someone's expert level: grant authority, or revoke a certification (none)",
    params: UserIdParams, body: ExpertLevelBody, status: 200, response: ExpertLevelAnswer,
    errors: { 404: "no resident or manager with that id" },
    handler: async ({ params, body }) => {
      const changed = await setExpertLevel(db, params.id, body.level);
      if (!changed) throw new HttpError(404, "user_not_found", "there is no resident or manager with that id");
      await tellEveryParkAboutPeople(db, log, [params.id]);
      return changed;
    },
  }),
];

import { z } from "zod";
import {
  CertificationRequest, ExpertMatch, NotificationList, TaskApplication, TaskDetail, TaskList, TaskMatch,
  type CertificationBody, type CreateTaskBody, type TransitionBody,
} from "../../shared/protocol/tasks.ts";
import { call } from "./api.ts";

/** The demand hall calls of the HTTP API (shared/protocol/tasks.ts). */

const seg = encodeURIComponent;
const task = (id: string) => `/api/tasks/${seg(id)}`;
type Token = string | null | undefined;

const CertificationRequestList = z.object({ requests: z.array(CertificationRequest) });
const MyCertification = z.object({ request: CertificationRequest.nullable() }).passthrough();
const ExpertMatchList = z.object({ experts: z.array(ExpertMatch) });
const TaskMatchList = z.object({ tasks: z.array(TaskMatch) });
const DisputeList = z.object({ tasks: z.array(z.unknown()) }).passthrough();

export const listTasks = (query: string, token?: Token) => call(TaskList, "GET", `/api/tasks${query ? `?${query}` : ""}`, { token });
export const listCompanyTasks = (companyId: string, token?: Token) =>
  call(TaskList, "GET", `/api/companies/${seg(companyId)}/tasks`, { token });
export const fetchTask = (id: string, token?: Token) => call(TaskDetail, "GET", task(id), { token });
export const createTask = (token: string, body: z.input<typeof CreateTaskBody>) => call(TaskDetail, "POST", "/api/tasks", { body, token });
export const updateTask = (token: string, id: string, body: Partial<z.input<typeof CreateTaskBody>>) =>
  call(TaskDetail, "PATCH", task(id), { body, token });
export const applyToTask = (token: string, id: string, body: { note: string; proposedFee: number | null }) =>
  call(TaskApplication, "POST", `${task(id)}/apply`, { body, token });
export const withdrawTaskApplication = (token: string, id: string) => call(null, "DELETE", `${task(id)}/application`, { token });
export const inviteExpert = (token: string, id: string, userId: string) =>
  call(null, "POST", `${task(id)}/invitations`, { body: { userId }, token });
export const runAction = (token: string, id: string, action: string, body: TransitionBody = {}) =>
  call(null, "POST", `${task(id)}/actions/${seg(action)}`, { body, token });
export const rateTask = (token: string, id: string, body: { stars: number; comment: string }) =>
  call(null, "POST", `${task(id)}/ratings`, { body, token });
export const fetchSuggestedExperts = (token: string, id: string) =>
  call(ExpertMatchList, "GET", `${task(id)}/suggested-experts`, { token });
export const fetchSuggestedTasks = (token: string) => call(TaskMatchList, "GET", "/api/me/suggested-tasks", { token });
export const fetchDisputes = (token: string) => call(DisputeList, "GET", "/api/disputes?status=open", { token });

export const requestCertification = (token: string, body: z.input<typeof CertificationBody>) =>
  call(CertificationRequest, "POST", "/api/me/certification", { body, token });
export const fetchMyCertification = (token: string) => call(MyCertification, "GET", "/api/me/certification", { token });
export const fetchCertificationRequests = (token: string) =>
  call(CertificationRequestList, "GET", "/api/certification-requests?status=pending", { token });
export const decideCertification = (token: string, requestId: string, body: { approve: boolean; level?: "expert" | "authority"; reason?: string }) =>
  call(null, "POST", `/api/certification-requests/${seg(requestId)}/decision`, { body, token });

export const fetchNotifications = (token: string) => call(NotificationList, "GET", "/api/me/notifications", { token });
export const markNotificationsRead = (token: string, ids?: string[]) =>
  call(null, "POST", "/api/me/notifications/read", { body: ids ? { ids } : {}, token });

import type { z } from "zod";
import {
  CertificationRequest, CertificationRequestList, DisputeList, ExpertMatchList, NotificationList, ReadNotificationsAnswer, TaskDetail,
  TaskList, TaskMatchList, type CertificationBody, type CreateTaskBody, type TransitionBody,
} from "../../shared/protocol/tasks.ts";
import { call } from "./api.ts";

/** The demand hall calls of the HTTP API (shared/protocol/tasks.ts). */

const seg = encodeURIComponent;
const task = (id: string) => `/api/tasks/${seg(id)}`;
type Token = string | null | undefined;

export const listTasks = (query: string, token?: Token) => call(TaskList, "GET", `/api/tasks${query ? `?${query}` : ""}`, { token });
export const listCompanyTasks = (companyId: string, token?: Token) =>
  call(TaskList, "GET", `/api/companies/${seg(companyId)}/tasks`, { token });
export const fetchTask = (id: string, token?: Token) => call(TaskDetail, "GET", task(id), { token });
export const createTask = (token: string, body: z.input<typeof CreateTaskBody>) => call(TaskDetail, "POST", "/api/tasks", { body, token });
export const updateTask = (token: string, id: string, body: Partial<z.input<typeof CreateTaskBody>>) =>
  call(TaskDetail, "PATCH", task(id), { body, token });
export const applyToTask = (token: string, id: string, body: { note: string; proposedFee: number | null }) =>
  call(TaskDetail, "POST", `${task(id)}/apply`, { body, token });
export const withdrawTaskApplication = (token: string, id: string) => call(TaskDetail, "DELETE", `${task(id)}/application`, { token });
export const inviteExpert = (token: string, id: string, userId: string) =>
  call(TaskDetail, "POST", `${task(id)}/invitations`, { body: { userId }, token });
export const runAction = (token: string, id: string, action: string, body: TransitionBody = {}) =>
  call(TaskDetail, "POST", `${task(id)}/actions/${seg(action)}`, { body, token });
export const rateTask = (token: string, id: string, body: { stars: number; comment: string }) =>
  call(TaskDetail, "POST", `${task(id)}/ratings`, { body, token });
export const fetchSuggestedExperts = (token: string, id: string) =>
  call(ExpertMatchList, "GET", `${task(id)}/suggested-experts`, { token });
export const fetchSuggestedTasks = (token: string) => call(TaskMatchList, "GET", "/api/me/suggested-tasks", { token });
export const fetchDisputes = (token: string) => call(DisputeList, "GET", "/api/disputes?status=open", { token });

export const requestCertification = (token: string, body: z.input<typeof CertificationBody>) =>
  call(CertificationRequest, "POST", "/api/me/certification", { body, token });
export const fetchMyCertification = (token: string) => call(CertificationRequestList, "GET", "/api/me/certification", { token });
export const fetchCertificationRequests = (token: string) =>
  call(CertificationRequestList, "GET", "/api/certification-requests?status=pending", { token });
export const decideCertification = (token: string, requestId: string, body: { approve: boolean; level?: "expert" | "authority"; reason?: string }) =>
  call(CertificationRequest, "POST", `/api/certification-requests/${seg(requestId)}/decision`, { body, token });

export const fetchNotifications = (token: string) => call(NotificationList, "GET", "/api/me/notifications", { token });
export const markNotificationsRead = (token: string, ids?: string[]) =>
  call(ReadNotificationsAnswer, "POST", "/api/me/notifications/read", { body: ids ? { ids } : {}, token });

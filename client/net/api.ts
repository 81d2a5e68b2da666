import type { z } from "zod";
import {
  ApiError, GuestBody, LoginBody, Me, ParkDetail, ParkList, RegisterBody, Session,
} from "../../shared/protocol/http.ts";

/** Errors are values: every call answers either what it asked for or the API's error shape. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Codes the client adds for failures that never reached the API's error handler. */
export const NETWORK_ERROR = "network";
export const BAD_RESPONSE = "bad_response";

/** One API call, its answer checked against `schema` (null: no body expected). Feature modules
 * (companyApi.ts, editorApi.ts, …) build their calls on this. */
export async function call<S extends z.ZodType>(
  schema: S | null,
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  path: string,
  options: { body?: unknown; token?: string | null } = {},
): Promise<Result<z.infer<S>>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: {
        accept: "application/json",
        ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    return { ok: false, error: { status: 0, code: NETWORK_ERROR, message: "the server cannot be reached" } };
  }
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!res.ok) {
    const parsed = ApiError.safeParse(json);
    return {
      ok: false,
      error: parsed.success ? parsed.data : { status: res.status, code: BAD_RESPONSE, message: `the server answered ${res.status}` },
    };
  }
  if (schema === null) return { ok: true, value: undefined as z.infer<S> };
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, error: { status: res.status, code: BAD_RESPONSE, message: "the server answered something this page does not understand" } };
  }
  return { ok: true, value: parsed.data as z.infer<S> };
}

export const register = (body: RegisterBody) => call(Session, "POST", "/api/auth/register", { body });
export const login = (body: LoginBody) => call(Session, "POST", "/api/auth/login", { body });
export const enterAsGuest = (body: GuestBody = {}) => call(Session, "POST", "/api/auth/guest", { body });
export const logout = (token: string) => call(null, "POST", "/api/auth/logout", { token });
export const fetchMe = (token: string) => call(Me, "GET", "/api/me", { token });
export const fetchParks = () => call(ParkList, "GET", "/api/parks");
export const fetchPark = (id: string) => call(ParkDetail, "GET", `/api/parks/${encodeURIComponent(id)}`);

import express, { type Application, type NextFunction, type Request, type Response } from "express";
import type { z } from "zod";
import type { ApiError } from "../../shared/protocol/http.ts";
import { can } from "../../shared/rules/permissions.ts";
import type { Logger } from "../logger.ts";
import type { Accounts } from "../services/accounts.ts";
import { BytesAnswer, type ApiRoute, type RawBodySpec, type RawUpload } from "./apiRoute.ts";
import { HttpError } from "./httpError.ts";

const MAX_BODY = "64kb";

function parse<S extends z.ZodType>(schema: S | undefined, value: unknown, where: string): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  const first = issues[0]!;
  throw new HttpError(400, "invalid_request", `invalid ${where}: ${first.path ? `${first.path}: ` : ""}${first.message}`, issues);
}

export const bearerToken = (req: Request): string | null => {
  const header = req.headers.authorization;
  return header?.startsWith("Bearer ") ? header.slice(7).trim() : null;
};

const sizeText = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;

/** The declared media type of a request, without parameters such as charset, in lower case. */
const mediaType = (req: Request): string => (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();

/** Reads a route's raw body, after its declared type was checked, so that nothing is read for a wrong one. */
async function readRawBody(req: Request, res: Response, spec: RawBodySpec): Promise<RawUpload> {
  const contentType = mediaType(req);
  if (!spec.types.includes(contentType)) {
    throw new HttpError(415, "unsupported_type", `send the file with one of these content types: ${spec.types.join(", ")}`);
  }
  const parser = express.raw({ type: () => true, limit: spec.limit });
  await new Promise<void>((resolve, reject) => { parser(req, res, (e?: unknown) => (e ? reject(e) : resolve())); });
  // express.raw leaves the body unset when there was none at all.
  const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  return { bytes, contentType };
}

function sendBytes(req: Request, res: Response, status: number, answer: BytesAnswer): void {
  res.status(status);
  res.set(answer.headers);
  res.set("Content-Type", answer.contentType);
  if (answer.etag) res.set("ETag", answer.etag);
  // req.fresh compares If-None-Match with the ETag just set.
  if (answer.etag && req.fresh) {
    res.status(304).end();
    return;
  }
  res.send(answer.bytes);
}

/** Wires the routes into express with validation, authentication, permissions and one error shape. */
export function mountRoutes(app: Application, routes: readonly ApiRoute[], accounts: Accounts, log: Logger): void {
  const router = express.Router();
  router.use(express.json({ limit: MAX_BODY }));

  for (const route of routes) {
    router[route.method](route.path.replace(/^\/api/, ""), async (req: Request, res: Response, next: NextFunction) => {
      try {
        let actor = null;
        if (route.auth === "optional") {
          // A stale token on a public page reads it as a visitor would, rather than failing.
          const token = bearerToken(req);
          actor = token ? await accounts.authenticate(token) : null;
        } else if (route.auth !== "public") {
          const token = bearerToken(req);
          actor = token ? await accounts.authenticate(token) : null;
          if (!actor) throw new HttpError(401, "unauthenticated", "sign in first: this needs a valid session token");
          if (route.auth !== "signed-in" && !can(actor.user.role, route.auth)) {
            throw new HttpError(403, "forbidden", `a ${actor.user.role} may not do this`);
          }
        }
        const params = parse(route.params, req.params, "path");
        const query = parse(route.query, req.query, "query");
        const raw = route.rawBody ? await readRawBody(req, res, route.rawBody) : undefined;
        const body = route.rawBody ? undefined : parse(route.body, req.body, "body");
        const result = await route.handler({ body, params, query, raw, actor, req, res });
        if (result instanceof BytesAnswer) sendBytes(req, res, route.status, result);
        else if (route.status === 204) res.status(204).end();
        else res.status(route.status).json(result);
      } catch (e) {
        next(e);
      }
    });
  }

  router.use((req: Request) => {
    throw new HttpError(404, "not_found", `no such API route: ${req.method} ${req.originalUrl}`);
  });

  router.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    let answer: ApiError;
    if (err instanceof HttpError) {
      answer = { status: err.status, code: err.code, message: err.message, ...(err.issues ? { issues: err.issues } : {}) };
    } else if ((err as { type?: string }).type === "entity.parse.failed") {
      answer = { status: 400, code: "invalid_json", message: "the request body is not valid JSON" };
    } else if ((err as { type?: string }).type === "entity.too.large") {
      const limit = (err as { limit?: number }).limit;
      answer = { status: 413, code: "too_large", message: `the request body is larger than ${limit ? sizeText(limit) : MAX_BODY}` };
    } else {
      log.error({ err, url: req.originalUrl }, "request failed");
      answer = { status: 500, code: "internal", message: "something went wrong on our side; please try again" };
    }
    res.status(answer.status).json(answer);
  });

  app.use("/api", router);
}

import express, { type Application, type NextFunction, type Request, type Response } from "express";
import type { z } from "zod";
import type { ApiError } from "../../shared/protocol/http.ts";
import { can } from "../../shared/rules/permissions.ts";
import type { Logger } from "../logger.ts";
import type { Accounts } from "../services/accounts.ts";
import type { ApiRoute } from "./apiRoute.ts";
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

/** Wires the routes into express with validation, authentication, permissions and one error shape. */
export function mountRoutes(app: Application, routes: readonly ApiRoute[], accounts: Accounts, log: Logger): void {
  const router = express.Router();
  router.use(express.json({ limit: MAX_BODY }));

  for (const route of routes) {
    router[route.method](route.path.replace(/^\/api/, ""), async (req: Request, res: Response, next: NextFunction) => {
      try {
        let actor = null;
        if (route.auth !== "public") {
          const token = bearerToken(req);
          actor = token ? await accounts.authenticate(token) : null;
          if (!actor) throw new HttpError(401, "unauthenticated", "sign in first: this needs a valid session token");
          if (route.auth !== "signed-in" && !can(actor.user.role, route.auth)) {
            throw new HttpError(403, "forbidden", `a ${actor.user.role} may not do this`);
          }
        }
        const body = parse(route.body, req.body, "body");
        const params = parse(route.params, req.params, "path");
        const query = parse(route.query, req.query, "query");
        const result = await route.handler({ body, params, query, actor, req, res });
        if (route.status === 204) res.status(204).end();
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
      answer = { status: 413, code: "too_large", message: `the request body is larger than ${MAX_BODY}` };
    } else {
      log.error({ err, url: req.originalUrl }, "request failed");
      answer = { status: 500, code: "internal", message: "something went wrong on our side; please try again" };
    }
    res.status(answer.status).json(answer);
  });

  app.use("/api", router);
}

import type { Db } from "../../db/pool.ts";
import type { Logger } from "../../logger.ts";
import type { ApiRoute } from "../apiRoute.ts";

/** The manager's dashboard and a company's own figures. Being built (issue 8). */
export const dashboardRoutes = (_db: Db, _log: Logger): ApiRoute[] => [];

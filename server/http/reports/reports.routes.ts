import type { Db } from "../../db/pool.ts";
import type { ApiRoute } from "../apiRoute.ts";

/** Yearly reports: a person's own, a company's, a park's. Being built (issue 8). */
export const reportRoutes = (_db: Db): ApiRoute[] => [];

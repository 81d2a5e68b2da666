import type { Db } from "../../db/pool.ts";
import type { Logger } from "../../logger.ts";
import type { ApiRoute } from "../apiRoute.ts";

/** Meeting rooms, clinic hours, bookings and slide decks. (Filled in by the meeting-rooms work.) */
export const meetingRoutes = (_db: Db, _log: Logger): ApiRoute[] => [];

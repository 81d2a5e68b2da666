import type { Db } from "../../db/pool.ts";
import type { Logger } from "../../logger.ts";
import type { ApiRoute } from "../apiRoute.ts";

/** Events, RSVPs, reminders, .ics, decks and attendance. (Filled in by the events work.) */
export const eventRoutes = (_db: Db, _log: Logger): ApiRoute[] => [];

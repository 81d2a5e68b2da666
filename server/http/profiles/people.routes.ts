import { PeopleList, PeopleQuery } from "../../../shared/protocol/meetings.ts";
import type { Db } from "../../db/pool.ts";
import { searchPeople } from "../../db/repositories/peopleSearch.ts";
import { apiRoute } from "../apiRoute.ts";

const FOUND_MAX = 10;

/** Looking people up by name, to invite them to a meeting. Signed-in residents and managers only:
 * the park's directory of names is not for anonymous readers. */
export const peopleRoutes = (db: Db) => [
  apiRoute({
    method: "get", path: "/api/people", tag: "profiles", auth: "meeting.book",
    summary: "People whose display name or username holds `q` (at most 10), to invite to a meeting",
    query: PeopleQuery, status: 200, response: PeopleList,
    handler: async ({ query }) => ({ people: await searchPeople(db, query.q, FOUND_MAX) }),
  }),
];

import { ParkDetail, ParkIdParams, ParkList } from "../../../shared/protocol/http.ts";
import type { Db } from "../../db/pool.ts";
import { findPark, listParks } from "../../db/repositories/parks.ts";
import { apiRoute } from "../apiRoute.ts";
import { HttpError } from "../httpError.ts";

/** People in each park right now, from the live rooms. */
export type OnlineCounts = () => Promise<Map<string, number>>;

export const parkRoutes = (db: Db, online: OnlineCounts) => [
  apiRoute({
    method: "get", path: "/api/parks", tag: "parks", auth: "public",
    summary: "Every park, with how many people are in it now",
    status: 200, response: ParkList,
    handler: async () => {
      const [parks, counts] = await Promise.all([listParks(db), online()]);
      return {
        parks: parks.map(({ layout }) => ({
          id: layout.id, name: layout.name, city: layout.city, description: layout.description,
          online: counts.get(layout.id) ?? 0,
        })),
      };
    },
  }),
  apiRoute({
    method: "get", path: "/api/parks/:id", tag: "parks", auth: "public",
    summary: "One park's layout: ground, zones, buildings, booth slots, doors, portals, spawn points",
    params: ParkIdParams, status: 200, response: ParkDetail,
    errors: { 404: "no park with that id" },
    handler: async ({ params }) => {
      const [park, counts] = await Promise.all([findPark(db, params.id), online()]);
      if (!park) throw new HttpError(404, "park_not_found", `there is no park "${params.id}"`);
      return { layout: park.layout, version: park.version, online: counts.get(park.id) ?? 0 };
    },
  }),
];

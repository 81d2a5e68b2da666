import { matchMaker } from "@colyseus/core";
import { ParkDetail, ParkIdParams, ParkList } from "../../../shared/protocol/http.ts";
import { CreateParkBody, CreatedPark, ParkTemplateList, SavedLayout, SaveLayoutBody, type LayoutWarning, type ParkTemplate } from "../../../shared/protocol/parkEditor.ts";
import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import { ROOM_PARK } from "../../../shared/protocol/rooms.ts";
import { layoutProblems } from "../../../shared/rules/layoutValidation.ts";
import type { Db } from "../../db/pool.ts";
import { parkMeetingRoomIds } from "../../db/repositories/meetingRoomWrites.ts";
import { createPark, findPark, listHeldSlots, listParks, saveParkLayout, type ParkRow } from "../../db/repositories/parks.ts";
import { publishParkEvent } from "../../park/parkEvents.ts";
import { parkFromTemplate } from "../../services/parkFromTemplate.ts";
import { readParkSeeds } from "../../services/parkSeeds.ts";
import { apiRoute } from "../apiRoute.ts";
import { HttpError } from "../httpError.ts";

/** People in each park right now, from the live rooms. */
export type OnlineCounts = () => Promise<Map<string, number>>;

/** Opens a new park's room, so people can walk in at once and it counts its people. */
export type OpenParkRoom = (parkId: string) => Promise<void>;

const openParkRoom: OpenParkRoom = async (parkId) => {
  await matchMaker.createRoom(ROOM_PARK, { parkId });
};

const templateOf = (source: ParkTemplate["source"], layout: ParkLayout): ParkTemplate => ({
  id: `${source}:${layout.id}`, source, name: layout.name, city: layout.city, description: layout.description, size: layout.size,
  zones: layout.zones.length, buildings: layout.buildings.length, boothSlots: layout.boothSlots.length,
});

const directory = (parks: readonly ParkRow[]) => parks.map((p) => ({ id: p.id, spawnIds: p.layout.spawnPoints.map((s) => s.id) }));

export const parkRoutes = (db: Db, online: OnlineCounts, openRoom: OpenParkRoom = openParkRoom) => {
  // The layouts shipped in assets/parks, as they were shipped: templates even after their parks were edited.
  const shipped = readParkSeeds();

  return [
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
      summary: "One park's layout: ground, zones, buildings, booth slots, doors, boards, portals, spawn points, decorations",
      params: ParkIdParams, status: 200, response: ParkDetail,
      errors: { 404: "no park with that id" },
      handler: async ({ params }) => {
        const [park, counts] = await Promise.all([findPark(db, params.id), online()]);
        if (!park) throw new HttpError(404, "park_not_found", `there is no park "${params.id}"`);
        return { layout: park.layout, version: park.version, online: counts.get(park.id) ?? 0 };
      },
    }),
    apiRoute({
      method: "put", path: "/api/parks/:id/layout", tag: "parks", auth: "park.edit",
      summary: "Save a park's layout, edited from `baseVersion`; everyone in the park sees it at once",
      params: ParkIdParams, body: SaveLayoutBody, status: 200, response: SavedLayout,
      errors: {
        400: "the layout is invalid (every problem is listed in `issues`), or is another park's",
        404: "no park with that id",
        409: "layout_conflict: someone saved the park since `baseVersion`; nothing was written",
      },
      handler: async ({ params, body, actor }) => {
        const { layout, baseVersion } = body;
        if (layout.id !== params.id) {
          throw new HttpError(400, "layout_mismatch", `this layout is park "${layout.id}"'s, not park "${params.id}"'s`);
        }
        const parks = await listParks(db);
        if (!parks.some((p) => p.id === params.id)) throw new HttpError(404, "park_not_found", `there is no park "${params.id}"`);
        // The schema checked the layout on its own; where its portals lead needs the other parks.
        const parkSpawns = new Map(directory(parks).map((p) => [p.id, p.spawnIds]));
        // …and which meeting rooms its doors may lead to: this park's own, not archived.
        const meetingRooms = await parkMeetingRoomIds(db, params.id);
        const portalProblems = layoutProblems(layout, { parks: parkSpawns, meetingRooms })
          .filter((p) => p.code === "unknown-park" || p.code === "unknown-spawn" || p.code === "unknown-room");
        if (portalProblems.length > 0) {
          throw new HttpError(400, "invalid_layout", `invalid layout: ${portalProblems[0]!.message}`,
            portalProblems.map((p) => ({ path: ["layout", ...p.path].join("."), message: p.message })));
        }

        const result = await saveParkLayout(db, params.id, baseVersion, layout, actor!.user.id);
        if (!result.saved) {
          if (result.current === null) throw new HttpError(404, "park_not_found", `there is no park "${params.id}"`);
          throw new HttpError(409, "layout_conflict",
            `someone else saved this park since version ${baseVersion}: it is now at version ${result.current}. Reload it to see their changes; nothing of yours was saved`);
        }
        await publishParkEvent(params.id, { kind: "layout", version: result.version });

        // Removing a held slot is allowed (a manager may clear a street); the booth row stays, unshown.
        const slots = new Set(layout.boothSlots.map((s) => s.id));
        const warnings: LayoutWarning[] = (await listHeldSlots(db, params.id))
          .filter((h) => !slots.has(h.slotId))
          .map((h) => ({
            code: "slot_in_use", slotId: h.slotId, companyId: h.companyId, companyName: h.companyName,
            message: `booth slot ${h.slotId} was removed, but ${h.companyName} holds it: their booth is not shown until the slot is back or a manager frees it`,
          }));
        return { version: result.version, warnings };
      },
    }),
    apiRoute({
      method: "get", path: "/api/park-templates", tag: "parks", auth: "park.edit",
      summary: "What a new park can be laid out like: the layouts shipped with Enclave and every existing park",
      status: 200, response: ParkTemplateList,
      handler: async () => {
        const parks = await listParks(db);
        return { templates: [...shipped.map((l) => templateOf("asset", l)), ...parks.map((p) => templateOf("park", p.layout))] };
      },
    }),
    apiRoute({
      method: "post", path: "/api/parks", tag: "parks", auth: "park.edit",
      summary: "Create a park laid out like a template; its room opens at once",
      body: CreateParkBody, status: 201, response: CreatedPark,
      errors: { 400: "the body is invalid", 404: "no template with that id", 409: "park_exists: a park with that id exists" },
      handler: async ({ body, actor }) => {
        const parks = await listParks(db);
        const [source, templateParkId] = body.templateId.split(":") as [string, string];
        const template = source === "asset"
          ? shipped.find((l) => l.id === templateParkId)
          : parks.find((p) => p.id === templateParkId)?.layout;
        if (!template) throw new HttpError(404, "template_not_found", `there is no template "${body.templateId}"`);
        if (parks.some((p) => p.id === body.id)) throw new HttpError(409, "park_exists", `there is already a park "${body.id}"`);

        const layout = parkFromTemplate(template, body, directory(parks));
        if (!(await createPark(db, layout, actor!.user.id))) throw new HttpError(409, "park_exists", `there is already a park "${body.id}"`);
        await openRoom(layout.id);
        return { layout, version: 1 };
      },
    }),
  ];
};

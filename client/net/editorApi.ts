import { CreatedPark, ParkTemplateList, SavedLayout, type CreateParkBody } from "../../shared/protocol/parkEditor.ts";
import type { ParkLayout } from "../../shared/protocol/parkLayout.ts";
import { call } from "./api.ts";

/** The park editor's calls; answers are parsed like any remote data (api.ts). */
export const saveLayout = (token: string, parkId: string, baseVersion: number, layout: ParkLayout) =>
  call(SavedLayout, "PUT", `/api/parks/${encodeURIComponent(parkId)}/layout`, { token, body: { baseVersion, layout } });

export const fetchTemplates = (token: string) => call(ParkTemplateList, "GET", "/api/park-templates", { token });

export const createPark = (token: string, body: CreateParkBody) => call(CreatedPark, "POST", "/api/parks", { token, body });

import type { LocalizedText, ParkLayout } from "../../shared/protocol/parkLayout.ts";

export interface NewParkNames {
  id: string;
  name: LocalizedText;
  city: LocalizedText;
  description?: ParkLayout["description"];
}

/** The parks a new one's portals may lead to: each id with its spawn point ids, in list order. */
export type ParkDirectory = ReadonlyArray<{ id: string; spawnIds: readonly string[] }>;

/**
 * A new park laid out like `template`, under its own id and names. Its portals keep leading
 * where they led when that park and arrival point exist; a portal into the template's own park
 * now leads within the new one; any other portal is turned towards the template's park (or,
 * failing that, the first park), arriving at its first spawn point, so every gate goes somewhere.
 * Its doors lead nowhere yet: the template's meeting rooms belong to the template's park.
 */
export function parkFromTemplate(template: ParkLayout, names: NewParkNames, parks: ParkDirectory): ParkLayout {
  const spawnsOf = new Map(parks.map((p) => [p.id, p.spawnIds]));
  spawnsOf.set(names.id, template.spawnPoints.map((s) => s.id));
  const fallback = parks.find((p) => p.id === template.id && p.spawnIds.length > 0) ?? parks.find((p) => p.spawnIds.length > 0);
  const portals = template.portals.flatMap((portal) => {
    const targetParkId = portal.targetParkId === template.id ? names.id : portal.targetParkId;
    const spawns = spawnsOf.get(targetParkId);
    if (spawns?.includes(portal.targetSpawnId)) return [{ ...portal, targetParkId }];
    if (spawns?.[0]) return [{ ...portal, targetParkId, targetSpawnId: spawns[0] }];
    if (fallback) return [{ ...portal, targetParkId: fallback.id, targetSpawnId: fallback.spawnIds[0]! }];
    return [];
  });
  return {
    ...structuredClone(template),
    id: names.id,
    name: names.name,
    city: names.city,
    description: names.description ?? template.description,
    doors: template.doors.map(({ meetingRoomId: _room, ...door }) => structuredClone(door)),
    portals,
  };
}

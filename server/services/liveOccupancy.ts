import { matchMaker } from "@colyseus/core";
import { LIVE_HISTORY_HOURS, type LiveOccupancy, type OccupancyPoint } from "../../shared/protocol/dashboard.ts";
import { ROOM_PARK } from "../../shared/protocol/rooms.ts";
import { occupancySince, type OccupancyRow } from "../db/repositories/occupancyQueries.ts";
import { listParks } from "../db/repositories/parks.ts";
import type { Db } from "../db/pool.ts";

/** People in one park now: connected avatars, and how many of them stand in each zone. */
export interface ParkCountsNow {
  online: number;
  zones: Map<string, number>;
}

const count = (n: unknown): number => (typeof n === "number" && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);

/**
 * Every park's people now, from the matchmaker's room listings (every process's, with Redis): the
 * park room keeps `{ parkId, zones }` in its listing's metadata. The metadata crosses processes as
 * plain JSON, so it is read defensively: a listing without zone counts has nobody in a zone.
 */
export async function parkCountsNow(): Promise<Map<string, ParkCountsNow>> {
  const listings = await matchMaker.query({ name: ROOM_PARK });
  const parks = new Map<string, ParkCountsNow>();
  for (const l of listings) {
    const meta = l.metadata as { parkId?: unknown; zones?: unknown } | undefined;
    if (typeof meta?.parkId !== "string") continue;
    const park = parks.get(meta.parkId) ?? { online: 0, zones: new Map<string, number>() };
    park.online += l.clients;
    if (meta.zones && typeof meta.zones === "object") {
      for (const [zoneId, n] of Object.entries(meta.zones as Record<string, unknown>)) park.zones.set(zoneId, (park.zones.get(zoneId) ?? 0) + count(n));
    }
    parks.set(meta.parkId, park);
  }
  return parks;
}

const point = (r: OccupancyRow): OccupancyPoint => ({ at: r.at.toISOString(), average: r.average, peak: r.peak });

/** Every park with its people now (per zone of its layout) and the last LIVE_HISTORY_HOURS of occupancy. */
export async function liveOccupancy(db: Db, countsNow: () => Promise<Map<string, ParkCountsNow>>, now: Date = new Date()): Promise<LiveOccupancy> {
  const since = new Date(now.getTime() - LIVE_HISTORY_HOURS * 3600_000);
  const [parks, counts] = await Promise.all([listParks(db), countsNow()]);
  return {
    at: now.toISOString(),
    parks: await Promise.all(parks.map(async (park) => {
      const zones = park.layout.zones;
      const rows = await occupancySince(db, park.id, zones.map((z) => z.id), since);
      const c = counts.get(park.id);
      return {
        parkId: park.id,
        name: park.layout.name,
        online: c?.online ?? 0,
        zones: zones.map((z) => ({ zoneId: z.id, name: z.name, kind: z.kind, people: c?.zones.get(z.id) ?? 0 })),
        history: rows.filter((r) => r.zoneId === "").map(point),
        zoneHistory: zones.map((z) => ({ zoneId: z.id, points: rows.filter((r) => r.zoneId === z.id).map(point) })),
      };
    })),
  };
}

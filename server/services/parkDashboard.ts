import { HEAT_CELL_METRES, PARK_TIME_ZONE } from "../../shared/constants.ts";
import type { BoothReport, BoothRow, Heatmap, ParkRangeQuery, PeakHours, PlaceFigures, ZoneReport } from "../../shared/protocol/dashboard.ts";
import { heatmapCells } from "../db/repositories/heatmapQueries.ts";
import { peakHourCells } from "../db/repositories/occupancyQueries.ts";
import { findPark, listHeldSlots, type ParkRow } from "../db/repositories/parks.ts";
import { placeFigures, zoneFlows, type PlaceFiguresRow } from "../db/repositories/placeRankings.ts";
import type { Db } from "../db/pool.ts";
import { HttpError } from "../http/httpError.ts";

/**
 * The manager's park-wide charts, each for one park over a range of park-local days: the
 * heatmap, the zone and booth rankings and the peak hours. They read the telemetry aggregates only.
 */

async function parkOf(db: Db, parkId: string): Promise<ParkRow> {
  const park = await findPark(db, parkId);
  if (!park) throw new HttpError(404, "park_not_found", `there is no park "${parkId}"`);
  return park;
}

const NO_FIGURES: PlaceFigures = { visits: 0, visitors: 0, totalDwellSeconds: 0, averageDwellSeconds: 0 };
const figuresOf = (r: PlaceFiguresRow | undefined): PlaceFigures =>
  r ? { visits: r.visits, visitors: r.visitors, totalDwellSeconds: r.totalDwellSeconds, averageDwellSeconds: r.averageDwellSeconds } : NO_FIGURES;

export async function parkHeatmap(db: Db, q: ParkRangeQuery, timeZone: string = PARK_TIME_ZONE): Promise<Heatmap> {
  const park = await parkOf(db, q.parkId);
  const cells = await heatmapCells(db, park.id, q, timeZone);
  return {
    parkId: park.id, cellSize: HEAT_CELL_METRES, width: park.layout.size.width, depth: park.layout.size.depth, cells,
    totalDwellSeconds: cells.reduce((s, c) => s + c.dwellSeconds, 0),
    maxDwellSeconds: cells.reduce((m, c) => Math.max(m, c.dwellSeconds), 0),
  };
}

/** Every zone of the park's present layout (those nobody visited with zeros), most dwell first, and the flows between zones. */
export async function parkZoneReport(db: Db, q: ParkRangeQuery): Promise<ZoneReport> {
  const park = await parkOf(db, q.parkId);
  const [rows, flows] = await Promise.all([
    placeFigures(db, { parkId: park.id, kind: "zone" }, q.from, q.to),
    zoneFlows(db, park.id, q.from, q.to),
  ]);
  const byId = new Map(rows.map((r) => [r.placeId, r]));
  const zones = park.layout.zones.map((z, order) => ({ zoneId: z.id, name: z.name, kind: z.kind, ...figuresOf(byId.get(z.id)), order }));
  zones.sort((a, b) => b.totalDwellSeconds - a.totalDwellSeconds || b.visits - a.visits || a.order - b.order);
  return { zones: zones.map(({ order: _, ...z }) => z), flows };
}

/**
 * Every booth slot of the park's present layout, most visits first. A slot's company is the one
 * that held it during the latest visits; a slot nobody visited shows the company holding it now.
 */
export async function parkBoothReport(db: Db, q: ParkRangeQuery): Promise<BoothReport> {
  const park = await parkOf(db, q.parkId);
  const [rows, held] = await Promise.all([placeFigures(db, { parkId: park.id, kind: "booth" }, q.from, q.to), listHeldSlots(db, park.id)]);
  const byId = new Map(rows.map((r) => [r.placeId, r]));
  const holder = new Map(held.map((h) => [h.slotId, h]));
  const booths: Array<BoothRow & { order: number }> = park.layout.boothSlots.map((s, order) => {
    const r = byId.get(s.id);
    const company = r?.companyId ? { companyId: r.companyId, companyName: r.companyName } : {
      companyId: holder.get(s.id)?.companyId ?? null, companyName: holder.get(s.id)?.companyName ?? null,
    };
    return { slotId: s.id, ...company, ...figuresOf(r), order };
  });
  booths.sort((a, b) => b.visits - a.visits || b.totalDwellSeconds - a.totalDwellSeconds || a.order - b.order);
  return { booths: booths.map(({ order: _, ...b }) => b) };
}

export async function parkPeakHours(db: Db, q: ParkRangeQuery, timeZone: string = PARK_TIME_ZONE): Promise<PeakHours> {
  const park = await parkOf(db, q.parkId);
  return { cells: await peakHourCells(db, park.id, q, timeZone) };
}

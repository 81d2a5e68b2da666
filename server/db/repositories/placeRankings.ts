import type { PlaceFigures, ZoneFlow } from "../../../shared/protocol/dashboard.ts";
import type { Db } from "../pool.ts";

export interface PlaceFiguresRow extends PlaceFigures {
  parkId: string;
  placeId: string;
  /** Booths: the company of the latest visited day that had one; zones: null. */
  companyId: string | null;
  companyName: string | null;
}

/** Which places: a park's zones or booths, or one company's booths in every park. */
export type PlaceScope =
  | { parkId: string; kind: "zone" | "booth" }
  | { companyId: string };

/**
 * Visits, distinct visitors and dwell per place over park-local days `from`…`to`, from the daily
 * per-person rows. People are summed first and places second, so the distinct count is a hash
 * aggregate rather than a sort. A booth's company is the one on its latest visited day that had
 * one, found by walking that booth's days backwards from the end of the range.
 */
export async function placeFigures(db: Db, scope: PlaceScope, from: string, to: string): Promise<PlaceFiguresRow[]> {
  const [where, params] = "companyId" in scope
    ? ["kind = 'booth' AND company_id = $1", [scope.companyId]]
    : ["park_id = $1 AND kind = $2", [scope.parkId, scope.kind]];
  const [dayFrom, dayTo] = [`$${params.length + 1}::date`, `$${params.length + 2}::date`];
  const booths = "companyId" in scope || scope.kind === "booth";
  const { rows } = await db.query<PlaceFiguresRow>(
    `WITH per_person AS (
       SELECT park_id, place_id, sum(visits) AS visits, sum(dwell_s) AS dwell
         FROM place_visitors_daily
        WHERE ${where} AND day BETWEEN ${dayFrom} AND ${dayTo}
        GROUP BY park_id, place_id, user_id
     ), per_place AS (
       SELECT park_id, place_id, sum(visits)::int AS visits, count(*)::int AS visitors, sum(dwell)::int AS dwell
         FROM per_person
        GROUP BY park_id, place_id
     )
     SELECT p.park_id AS "parkId", p.place_id AS "placeId", p.visits, p.visitors, p.dwell AS "totalDwellSeconds",
            CASE WHEN p.visits > 0 THEN p.dwell::float8 / p.visits ELSE 0 END AS "averageDwellSeconds",
            l.company_id AS "companyId", c.name AS "companyName"
       FROM per_place p
       LEFT JOIN LATERAL (
         SELECT company_id FROM place_visitors_daily d
          WHERE ${booths ? "true" : "false"} AND d.park_id = p.park_id AND d.kind = 'booth' AND d.place_id = p.place_id
            AND d.day BETWEEN ${dayFrom} AND ${dayTo} AND d.company_id IS NOT NULL
          ORDER BY d.day DESC LIMIT 1
       ) l ON true
       LEFT JOIN companies c ON c.id = l.company_id`,
    [...params, from, to],
  );
  return rows;
}

/** Moves between zones of a park over park-local days `from`…`to`, most first. */
export async function zoneFlows(db: Db, parkId: string, from: string, to: string): Promise<ZoneFlow[]> {
  const { rows } = await db.query<ZoneFlow>(
    `SELECT from_zone_id AS "fromZoneId", to_zone_id AS "toZoneId", sum(moves)::int AS moves
       FROM zone_flows_daily
      WHERE park_id = $1 AND day BETWEEN $2::date AND $3::date
      GROUP BY from_zone_id, to_zone_id
     HAVING sum(moves) > 0
      ORDER BY moves DESC, from_zone_id, to_zone_id`,
    [parkId, from, to],
  );
  return rows;
}

import { PARK_TIME_ZONE } from "../../shared/constants.ts";
import type { LocalizedText, ParkLayout } from "../../shared/protocol/parkLayout.ts";
import type { CompanyReport, ParkReport, PersonReport } from "../../shared/protocol/reports.ts";
import { companyKeywords, parkKeywords, personKeywords } from "../../shared/rules/reportKeywords.ts";
import { companyYearFigures } from "../db/repositories/companyReportFigures.ts";
import { findPark } from "../db/repositories/parks.ts";
import { parkYearFigures } from "../db/repositories/parkReportFigures.ts";
import { personYearFigures } from "../db/repositories/personReportFigures.ts";
import type { Db } from "../db/pool.ts";

/** The park's year at a moment: reports run on the park's calendar, wherever the server is. */
export const parkYearAt = (at: Date): number =>
  Number(new Intl.DateTimeFormat("en-CA", { timeZone: PARK_TIME_ZONE, year: "numeric" }).format(at));

/** A zone's name from its park's layout; a zone since removed from the layout keeps its id as its name. */
function zoneName(layout: ParkLayout | undefined, zoneId: string): LocalizedText {
  return layout?.zones.find((z) => z.id === zoneId)?.name ?? { "zh-CN": zoneId, en: zoneId };
}

async function layoutsOf(db: Db, parkIds: readonly string[]): Promise<Map<string, ParkLayout>> {
  const rows = await Promise.all([...new Set(parkIds)].map((id) => findPark(db, id)));
  return new Map(rows.flatMap((r) => (r ? [[r.id, r.layout] as const] : [])));
}

/** A person's year, from their own rows only; null when there is no such person. */
export async function personReport(db: Db, userId: string, year: number): Promise<PersonReport | null> {
  const f = await personYearFigures(db, userId, year, PARK_TIME_ZONE);
  if (!f) return null;
  const layouts = await layoutsOf(db, f.zones.map((z) => z.parkId));
  const favouriteZones: PersonReport["favouriteZones"] = f.zones.map((z) => ({ ...z, name: zoneName(layouts.get(z.parkId), z.zoneId) }));
  const figures: Omit<PersonReport, "keywords"> = {
    year, userId, displayName: f.displayName,
    secondsInPark: f.secondsInPark, daysInPark: f.daysInPark, lateEvenings: f.lateEvenings,
    favouriteZones, favouriteBooths: f.booths,
    tasks: f.tasks, ratings: f.ratings, eventsAttended: f.eventsAttended, meetingsHeld: f.meetingsHeld,
  };
  return { ...figures, keywords: personKeywords(figures, { joinedInYear: f.joinedInYear }) };
}

/** A company's year; null when there is no such company. */
export async function companyReport(db: Db, companyId: string, year: number): Promise<CompanyReport | null> {
  const f = await companyYearFigures(db, companyId, year, PARK_TIME_ZONE);
  if (!f) return null;
  const figures: Omit<CompanyReport, "keywords"> = {
    year, companyId, name: f.name, booth: f.booth, busiestMonth: f.busiestMonth, tasks: f.tasks, ratings: f.ratings, events: f.events,
  };
  return { ...figures, keywords: companyKeywords(figures, { createdInYear: f.createdInYear }) };
}

/** A park's year; null when there is no such park. */
export async function parkReport(db: Db, parkId: string, year: number): Promise<ParkReport | null> {
  const park = await findPark(db, parkId);
  if (!park) return null;
  const f = await parkYearFigures(db, parkId, year, PARK_TIME_ZONE);
  const figures: Omit<ParkReport, "keywords"> = {
    year, parkId, name: park.layout.name,
    people: f.people, newPeople: f.newPeople,
    // Tenths of an hour: enough for a report, and a whole park's seconds are too many to show.
    hoursInPark: Math.round(f.secondsInPark / 360) / 10,
    busiestDay: f.busiestDay,
    topZones: f.zones.map((z) => ({ parkId, zoneId: z.zoneId, name: zoneName(park.layout, z.zoneId), seconds: z.seconds })),
    tasks: f.tasks, events: f.events,
  };
  return { ...figures, keywords: parkKeywords(figures) };
}

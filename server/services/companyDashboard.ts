import { PARK_TIME_ZONE } from "../../shared/constants.ts";
import type { CompanyDashboard, DayRange } from "../../shared/protocol/dashboard.ts";
import { eventAttendanceRows } from "../db/repositories/eventAttendanceQuery.ts";
import { placeFigures } from "../db/repositories/placeRankings.ts";
import { taskFunnel } from "../db/repositories/taskFunnelQuery.ts";
import type { Db } from "../db/pool.ts";

/**
 * A company's own figures over park-local days: the visits its booths had while it held them
 * (the booths it holds now are listed even without visits), its tasks' funnel and its events.
 * Nothing about where else people went.
 */
export async function companyDashboard(db: Db, company: { id: string; name: string; booths: ReadonlyArray<{ parkId: string; slotId: string }> }, range: DayRange, timeZone: string = PARK_TIME_ZONE): Promise<CompanyDashboard> {
  const [rows, funnel, events] = await Promise.all([
    placeFigures(db, { companyId: company.id }, range.from, range.to),
    taskFunnel(db, range.from, range.to, timeZone, company.id),
    eventAttendanceRows(db, range.from, range.to, timeZone, company.id),
  ]);
  const booths = rows.map((r) => ({
    parkId: r.parkId, slotId: r.placeId, companyId: company.id, companyName: company.name,
    visits: r.visits, visitors: r.visitors, totalDwellSeconds: r.totalDwellSeconds, averageDwellSeconds: r.averageDwellSeconds,
  }));
  for (const h of company.booths) {
    if (!booths.some((b) => b.parkId === h.parkId && b.slotId === h.slotId)) {
      booths.push({ parkId: h.parkId, slotId: h.slotId, companyId: company.id, companyName: company.name, visits: 0, visitors: 0, totalDwellSeconds: 0, averageDwellSeconds: 0 });
    }
  }
  booths.sort((a, b) => b.visits - a.visits || a.parkId.localeCompare(b.parkId) || a.slotId.localeCompare(b.slotId));
  return { companyId: company.id, booths, funnel, events };
}

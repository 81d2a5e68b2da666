import { PARK_TIME_ZONE } from "../../shared/constants.ts";
import type { CommunityReport, DayRange } from "../../shared/protocol/dashboard.ts";
import { dailyActivity, weeklyActivity } from "../db/repositories/communityQueries.ts";
import { eventAttendanceRows } from "../db/repositories/eventAttendanceQuery.ts";
import { taskFunnel } from "../db/repositories/taskFunnelQuery.ts";
import type { Db } from "../db/pool.ts";

/** Whether the community is alive over park-local days: active people, registrations, the task funnel, events and attendance. */
export async function communityReport(db: Db, range: DayRange, timeZone: string = PARK_TIME_ZONE): Promise<CommunityReport> {
  const [days, weeks, funnel, events] = await Promise.all([
    dailyActivity(db, range.from, range.to, timeZone),
    weeklyActivity(db, range.from, range.to),
    taskFunnel(db, range.from, range.to, timeZone),
    eventAttendanceRows(db, range.from, range.to, timeZone),
  ]);
  return { days, weeks, funnel, events };
}

import type { ClinicHours } from "../protocol/meetings.ts";

/** The ISO weekday (1 Monday … 7 Sunday) and minute of the day of `at`, in `timeZone`. */
export function localWeekMinute(at: Date, timeZone: string): { weekday: number; minute: number } {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
    .formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(part("weekday")) + 1;
  return { weekday, minute: Number(part("hour")) * 60 + Number(part("minute")) };
}

/** Whether weekly clinic hours are on at `at`, read in the park's time zone. */
export function clinicOpenAt(hours: readonly ClinicHours[], at: Date, timeZone: string): boolean {
  const { weekday, minute } = localWeekMinute(at, timeZone);
  return hours.some((h) => h.weekday === weekday && h.startMinute <= minute && minute < h.endMinute);
}

/** Two spans of one weekday that share a minute (touching spans do not), or null: a clinic's week
 * may not hold both. */
export function overlappingHours(hours: readonly ClinicHours[]): [ClinicHours, ClinicHours] | null {
  const sorted = [...hours].sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    if (a.weekday === b.weekday && b.startMinute < a.endMinute) return [a, b];
  }
  return null;
}

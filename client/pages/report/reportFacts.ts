import type { CompanyReport, ParkReport, PersonReport } from "../../../shared/protocol/reports.ts";

/** Hours from seconds, to a tenth (what a person can picture; minutes would be noise in a year). */
export const hoursOf = (seconds: number): number => Math.round(seconds / 360) / 10;

/** A year with nothing in it: the page says so kindly instead of showing a wall of zeros. */
export function isEmptyPersonYear(r: PersonReport): boolean {
  return r.secondsInPark === 0 && r.tasks.posted + r.tasks.taken + r.tasks.completed === 0 && r.ratings.received + r.ratings.given === 0
    && r.eventsAttended === 0 && r.meetingsHeld === 0 && r.favouriteBooths.length === 0;
}

export function isEmptyCompanyYear(r: CompanyReport): boolean {
  return r.booth.visits === 0 && r.tasks.posted + r.tasks.completed === 0 && r.ratings.received === 0 && r.events.held === 0;
}

export function isEmptyParkYear(r: ParkReport): boolean {
  return r.people === 0 && r.tasks.posted === 0 && r.events.held === 0;
}

import { z } from "zod";
import { Uuid } from "./companies.ts";
import { LocalizedText } from "./parkLayout.ts";

/**
 * The HTTP contract of yearly reports: a person's (`/api/reports/me/:year`, their own only), a
 * company's (`/api/reports/companies/:id/:year`, its members and managers) and a park's
 * (`/api/reports/parks/:id/:year`, managers). Each is built only from its subject's own activity;
 * the year is the park's (PARK_TIME_ZONE).
 */

/** Reports exist from the first year of the product to the current one. */
export const FIRST_REPORT_YEAR = 2026;
export const ReportYear = z.coerce.number({ message: "the year is a number" }).int("the year is a whole number")
  .min(FIRST_REPORT_YEAR, `there are no reports before ${FIRST_REPORT_YEAR}`).max(2100, "that year is too far ahead");

export const PersonReportParams = z.object({ year: ReportYear });
export const CompanyReportParams = z.object({ id: Uuid, year: ReportYear });
export const ParkReportParams = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, "not a park id"), year: ReportYear });

/**
 * Words that sum up a year, chosen by shared/rules/reportKeywords.ts from the figures; the client
 * words them in its language.
 */
export const REPORT_KEYWORDS = [
  "night-owl", "regular", "explorer", "task-maker", "task-taker", "reliable", "well-rated", "event-goer", "host",
  "connector", "newcomer", "crowd-puller", "busy-park", "community-builder",
] as const;
export const ReportKeyword = z.enum(REPORT_KEYWORDS);
export type ReportKeyword = z.infer<typeof ReportKeyword>;

export const FavouriteZone = z.object({ parkId: z.string(), zoneId: z.string(), name: LocalizedText, seconds: z.number().int().nonnegative() });
export const FavouriteBooth = z.object({ parkId: z.string(), slotId: z.string(), companyId: Uuid.nullable(), companyName: z.string().nullable(), visits: z.number().int().nonnegative() });

export const PersonReport = z.object({
  year: z.number().int(),
  userId: Uuid,
  displayName: z.string(),
  secondsInPark: z.number().int().nonnegative(),
  daysInPark: z.number().int().nonnegative(),
  /** Days with time in the park from LATE_EVENING_HOUR on. */
  lateEvenings: z.number().int().nonnegative(),
  /** Most time first, at most three. */
  favouriteZones: z.array(FavouriteZone),
  /** Most visits first, at most three. */
  favouriteBooths: z.array(FavouriteBooth),
  tasks: z.object({
    posted: z.number().int().nonnegative(),
    /** Tasks they were assigned (took). */
    taken: z.number().int().nonnegative(),
    /** Tasks they took that were accepted. */
    completed: z.number().int().nonnegative(),
  }),
  ratings: z.object({ received: z.number().int().nonnegative(), average: z.number().min(1).max(5).nullable(), given: z.number().int().nonnegative() }),
  eventsAttended: z.number().int().nonnegative(),
  /** Meetings they booked that took place, and meeting rooms they were in with others. */
  meetingsHeld: z.number().int().nonnegative(),
  keywords: z.array(ReportKeyword),
});
export type PersonReport = z.infer<typeof PersonReport>;

export const CompanyReport = z.object({
  year: z.number().int(),
  companyId: Uuid,
  name: z.string(),
  booth: z.object({ visits: z.number().int().nonnegative(), visitors: z.number().int().nonnegative(), totalDwellSeconds: z.number().int().nonnegative() }),
  /** The month (1–12) with the most booth visits; null without visits. */
  busiestMonth: z.number().int().min(1).max(12).nullable(),
  tasks: z.object({ posted: z.number().int().nonnegative(), completed: z.number().int().nonnegative() }),
  ratings: z.object({ received: z.number().int().nonnegative(), average: z.number().min(1).max(5).nullable() }),
  events: z.object({ held: z.number().int().nonnegative(), attendees: z.number().int().nonnegative() }),
  keywords: z.array(ReportKeyword),
});
export type CompanyReport = z.infer<typeof CompanyReport>;

export const ParkReport = z.object({
  year: z.number().int(),
  parkId: z.string(),
  name: LocalizedText,
  /** Distinct people who came into the park. */
  people: z.number().int().nonnegative(),
  /** Accounts registered in the year (every park). */
  newPeople: z.number().int().nonnegative(),
  hoursInPark: z.number().nonnegative(),
  /** The park-local day with the most people; null when nobody came. */
  busiestDay: z.object({ day: z.string(), people: z.number().int().nonnegative() }).nullable(),
  /** Most time first, at most five. */
  topZones: z.array(FavouriteZone),
  tasks: z.object({ posted: z.number().int().nonnegative(), completed: z.number().int().nonnegative() }),
  events: z.object({ held: z.number().int().nonnegative(), attendees: z.number().int().nonnegative() }),
  keywords: z.array(ReportKeyword),
});
export type ParkReport = z.infer<typeof ParkReport>;

/**
 * SQL pieces for "within a park-local year", shared by the yearly report queries. By default the
 * year is parameter $2 and the park's time zone (PARK_TIME_ZONE) $3; a query without a subject
 * names its own. Dates (park-local days) compare with the year's first and last day, moments
 * with the year's first instant in the park and the next year's.
 */
export const DAY_IN_YEAR = (column: string, year = "$2"): string =>
  `${column} BETWEEN make_date(${year}::int, 1, 1) AND make_date(${year}::int, 12, 31)`;
export const MOMENT_IN_YEAR = (column: string, year = "$2", zone = "$3"): string =>
  `${column} >= make_timestamptz(${year}::int, 1, 1, 0, 0, 0, ${zone}::text) AND ${column} < make_timestamptz(${year}::int + 1, 1, 1, 0, 0, 0, ${zone}::text)`;

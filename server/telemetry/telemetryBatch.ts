/**
 * What a park room folded from its once-a-second samples since its last write: the only shape in
 * which telemetry reaches the database (server/db/repositories/telemetry.ts writes it in one
 * transaction). Times are epoch milliseconds; days are park-local (PARK_TIME_ZONE) YYYY-MM-DD.
 */

/** Dwell in one heatmap cell during one bucket (five minutes, or an hour for the hourly rollup). */
export interface HeatFold {
  /** Start of the bucket. */
  bucket: number;
  cx: number;
  cz: number;
  /** Avatar-seconds sampled in the cell since the last write. */
  dwellSeconds: number;
  /** People seen in this cell and bucket for the first time since the bucket began (so writes add up to distinct). */
  newVisitors: number;
}

/** People present during one five-minute bucket since the last write; zoneId "" is the whole park. */
export interface OccupancyFold {
  bucket: number;
  zoneId: string;
  samples: number;
  peopleSum: number;
  peak: number;
}

/** A stay that ended: someone entered a zone or a booth's area and has now left it (or the park). */
export interface PlaceStay {
  kind: "zone" | "booth";
  placeId: string;
  userId: string;
  /** The zone they came straight from; null when they arrived in the park there, and for booths. */
  fromPlaceId: string | null;
  enteredAt: number;
  leftAt: number;
}

/** Seconds one person spent in the park on one park-local day since the last write. */
export interface PersonDay {
  day: string;
  userId: string;
  seconds: number;
  /** Of those, seconds from LATE_EVENING_HOUR to 05:00. */
  lateSeconds: number;
}

export interface TelemetryBatch {
  heat: HeatFold[];
  heatHourly: HeatFold[];
  occupancy: OccupancyFold[];
  stays: PlaceStay[];
  people: PersonDay[];
}

/**
 * What a park room puts in its matchmaker listing (`matchMaker.query({ name: ROOM_PARK })`): the
 * park it holds (people online per park, in app.ts) and, refreshed every few seconds when it
 * changed, the people in each zone at the last sample (the dashboard's live view). Listings are
 * shared through presence, so every server process sees every park's figures.
 */
export interface ParkListingMetadata {
  parkId: string;
  /** People per zone id of the current layout, zones with nobody in them included. */
  zones?: Record<string, number>;
}

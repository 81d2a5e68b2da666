import type { ZoneKind } from "../../../shared/protocol/parkLayout.ts";

/**
 * A strong colour per kind of zone for charts (the sankey's bands), in the hue of the zone's paving
 * (palette.ts ZONE_COLOURS) but dark enough to read as a mark on white, where the paving tints fade.
 */
export const ZONE_ACCENTS: Record<ZoneKind, string> = {
  plaza: "#b8913c",
  "demand-hall": "#2f7fd8",
  exhibition: "#e07a5f",
  "meeting-wing": "#8a6fc7",
  "launch-hall": "#cf5c72",
  cafe: "#9c6b3c",
  green: "#4f9a4f",
  other: "#7c8c8e",
};

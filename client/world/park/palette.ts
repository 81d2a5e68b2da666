import type { ZoneKind } from "../../../shared/protocol/parkLayout.ts";

/** Ground colour of each kind of zone: soft, distinct tints that read as paving, not as a chart. */
export const ZONE_COLOURS: Record<ZoneKind, string> = {
  plaza: "#e9dfcc",
  "demand-hall": "#cddcee",
  exhibition: "#f1d8bd",
  "meeting-wing": "#dcd5ee",
  "launch-hall": "#efcfcf",
  cafe: "#eadcc0",
  green: "#a8cc8c",
  other: "#dfe4e6",
};

export const LAWN = "#b9d3a0";
export const SURROUNDINGS = "#9dbb85";
export const BUILDING_WALL = "#f4f2ee";
export const BUILDING_ROOF = "#c9d1d6";
export const BUILDING_GLASS = "#7fa3bf";

/** Badge colours by role: guest grey, resident blue, manager gold. */
export const ROLE_COLOURS: Record<string, string> = {
  guest: "#9aa3ab",
  resident: "#2f7fd8",
  manager: "#e0a800",
};
export const roleColour = (role: string): string => ROLE_COLOURS[role] ?? ROLE_COLOURS.guest!;

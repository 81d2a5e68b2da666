import { FIRST_ROW_Z, ROW_SPACING, SEATS_PER_ROW, SEAT_SPACING } from "../../../shared/rules/hallSeats.ts";

/**
 * The launch hall's fixed measures, in the hall coordinates of shared/rules/hallSeats.ts: x to the
 * right as seen from the audience, z away from the stage, the stage's front edge at z = 0.
 */
export const STAGE = { width: 22, depth: 8, height: 0.8 };
/** The big screen on the back wall of the stage: 16:9, centred above the speakers' heads. */
export const SCREEN = { width: 12.8, height: 7.2, y: 5.6, z: -STAGE.depth + 0.4 };
/** Where speakers stand, across the stage's front half. */
export const SPEAKER_Z = -2.6;
export const SEATED_EYE_Y = 1.15;

/** The hall's floor reaches past the last row of `seatCount` seats. */
export function hallDepth(seatCount: number): number {
  const rows = Math.max(1, Math.ceil(seatCount / SEATS_PER_ROW));
  return FIRST_ROW_Z + (rows - 1) * ROW_SPACING + 6;
}

export const HALL_WIDTH = SEATS_PER_ROW * SEAT_SPACING + 8;

/** The spot where speaker number `i` of `count` stands. */
export function speakerSpot(i: number, count: number): { x: number; z: number } {
  const gap = Math.min(2.2, (STAGE.width - 4) / Math.max(1, count));
  return { x: (i - (count - 1) / 2) * gap, z: SPEAKER_Z };
}

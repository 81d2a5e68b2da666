import { NEAR_COLUMNS, NEAR_ROWS, SEATS_PER_ROW, seatsNear } from "../../shared/rules/hallSeats.ts";

/** What decides whether one person sees another in full (their Attendee in the StateView). */
export interface Viewer { seat: number; moderates: boolean }
export interface Seen { seat: number; onStage: boolean; hand: boolean }

/**
 * Everyone sees the people on stage; moderators see raised hands anywhere; everyone else only the
 * people seated near them (shared/rules/hallSeats.ts). The rest of the crowd is the seat bitmap.
 */
export function seesInFull(viewer: Viewer, person: Seen): boolean {
  if (person.onStage) return true;
  if (viewer.moderates && person.hand) return true;
  return viewer.seat >= 0 && person.seat >= 0 && seatsNear(viewer.seat, person.seat);
}

/** The seats (other than `seat`) whose people the one in `seat` sees: a small fixed block, so
 * joining costs the same in a hall of 40 or of 600. */
export function neighbourSeats(seat: number, seatCount: number): number[] {
  if (seat < 0) return [];
  const row = Math.floor(seat / SEATS_PER_ROW);
  const column = seat % SEATS_PER_ROW;
  const seats: number[] = [];
  for (let r = Math.max(0, row - NEAR_ROWS); r <= row + NEAR_ROWS; r++) {
    for (let c = Math.max(0, column - NEAR_COLUMNS); c <= Math.min(SEATS_PER_ROW - 1, column + NEAR_COLUMNS); c++) {
      const other = r * SEATS_PER_ROW + c;
      if (other !== seat && other < seatCount) seats.push(other);
    }
  }
  return seats;
}

/**
 * The launch hall's seating: rows facing the stage, filled from the front centre outwards so a small
 * audience sits together near the stage. Both sides use it: the server to seat people and choose
 * whom each person sees in full, the client to draw the crowd from the occupancy bitmap.
 *
 * Hall coordinates: metres, x to the right as seen from the audience, z away from the stage; the
 * stage's front edge is z = 0.
 */

export const SEATS_PER_ROW = 30;
export const SEAT_SPACING = 1.0;
export const ROW_SPACING = 1.25;
/** Distance from the stage's front edge to the first row. */
export const FIRST_ROW_Z = 5;
/** Rows and columns each way within which a neighbour is seen in full. */
export const NEAR_ROWS = 2;
export const NEAR_COLUMNS = 4;

export interface SeatSpot { row: number; column: number; x: number; z: number }

export function seatSpot(seat: number): SeatSpot {
  const row = Math.floor(seat / SEATS_PER_ROW);
  const column = seat % SEATS_PER_ROW;
  return { row, column, x: (column - (SEATS_PER_ROW - 1) / 2) * SEAT_SPACING, z: FIRST_ROW_Z + row * ROW_SPACING };
}

/** Seat numbers in the order people are given them: row by row, each row from its centre outwards. */
export function seatOrder(seatCount: number): number[] {
  const centreOut: number[] = [];
  const mid = SEATS_PER_ROW / 2;
  for (let k = 0; k < SEATS_PER_ROW; k++) centreOut.push(k % 2 === 0 ? mid + k / 2 : mid - 1 - (k - 1) / 2);
  const order: number[] = [];
  for (let row = 0; row * SEATS_PER_ROW < seatCount; row++) {
    for (const column of centreOut) {
      const seat = row * SEATS_PER_ROW + column;
      if (seat < seatCount) order.push(seat);
    }
  }
  return order;
}

/** Whether two seats are close enough for their people to see each other in full. */
export function seatsNear(a: number, b: number): boolean {
  const sa = seatSpot(a);
  const sb = seatSpot(b);
  return Math.abs(sa.row - sb.row) <= NEAR_ROWS && Math.abs(sa.column - sb.column) <= NEAR_COLUMNS;
}

/** Whether seat `seat` is taken in an occupancy bitmap (bit i of byte j is seat 8j+i). */
export function seatTaken(bitmap: ArrayLike<number>, seat: number): boolean {
  return ((bitmap[seat >> 3] ?? 0) & (1 << (seat & 7))) !== 0;
}

/** A chair at the table: where it stands and which way the person in it faces (radians about y, 0 = +z). */
export interface SeatSpot { x: number; z: number; heading: number }

/** The room's furniture for a capacity, in metres; the screen hangs on the wall at z = screenZ. */
export interface RoomLayout {
  table: { x: number; z: number; width: number; length: number };
  seats: SeatSpot[];
  /** The room's floor: x from -width/2 to width/2, z from screenZ to screenZ + depth. */
  width: number;
  depth: number;
  screenZ: number;
}

/** Elbow room per chair along the table. */
const SEAT_PITCH = 0.95;
/** From the table's edge to the middle of a chair. */
const CHAIR_GAP = 0.55;
const TABLE_WIDTH = 1.5;
/** The free floor between the screen wall and the table's near end. */
const SCREEN_GAP = 2.2;
/** Floor behind the table's far end and beside the chairs, for the door and to walk around. */
const MARGIN = 2.2;

/**
 * Chairs along both long sides of a table that points at the screen, plus one at the far end
 * (facing the screen) once there are five or more. The sides alternate from the screen end, so
 * the first arrivals sit where they see it best; the end seat, nearest the camera, is the last.
 */
export function seatLayout(capacity: number): RoomLayout {
  const n = Math.max(1, Math.floor(capacity));
  const head = n >= 5 ? 1 : 0;
  const perSide = Math.max(1, Math.ceil((n - head) / 2));
  const length = perSide * SEAT_PITCH + 0.6;
  const width = Math.max(8, TABLE_WIDTH + 2 * (CHAIR_GAP + MARGIN + 0.4));
  const depth = SCREEN_GAP + length + MARGIN + 1.2;
  const screenZ = -(SCREEN_GAP + length / 2);
  const table = { x: 0, z: 0, width: TABLE_WIDTH, length };
  const nearEnd = -length / 2;

  const seats: SeatSpot[] = [];
  for (let i = 0; seats.length < n - head; i++) {
    const row = Math.floor(i / 2);
    const left = i % 2 === 0;
    const z = nearEnd + 0.3 + SEAT_PITCH * (row + 0.5);
    // Side seats face across the table.
    seats.push(left
      ? { x: -(TABLE_WIDTH / 2 + CHAIR_GAP), z, heading: Math.PI / 2 }
      : { x: TABLE_WIDTH / 2 + CHAIR_GAP, z, heading: -Math.PI / 2 });
  }
  // The person at the far end looks along the table at the screen (towards -z).
  if (head) seats.push({ x: 0, z: length / 2 + CHAIR_GAP, heading: Math.PI });
  return { table, seats, width, depth, screenZ };
}

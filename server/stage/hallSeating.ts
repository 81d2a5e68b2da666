import { seatOrder } from "../../shared/rules/hallSeats.ts";

/**
 * The seats of one hall instance: who sits where, handed out in seatOrder (front centre outwards),
 * and the occupancy bitmap every client draws the crowd from (bit i of byte j is seat 8j+i).
 */
export class HallSeating {
  readonly seatCount: number;
  private readonly order: readonly number[];
  private readonly taken = new Set<number>();
  readonly bitmap: number[];

  constructor(seatCount: number) {
    this.seatCount = seatCount;
    this.order = seatOrder(seatCount);
    this.bitmap = new Array<number>(Math.ceil(seatCount / 8)).fill(0);
  }

  get full(): boolean {
    return this.taken.size >= this.seatCount;
  }

  get occupied(): number {
    return this.taken.size;
  }

  /** The first free seat in fill order, now taken; -1 when every seat is. */
  take(): number {
    for (const seat of this.order) {
      if (!this.taken.has(seat)) {
        this.taken.add(seat);
        this.setBit(seat, true);
        return seat;
      }
    }
    return -1;
  }

  /** Frees a seat; returns the bitmap byte that changed, or -1 when the seat was not taken. */
  free(seat: number): number {
    if (!this.taken.delete(seat)) return -1;
    this.setBit(seat, false);
    return seat >> 3;
  }

  private setBit(seat: number, on: boolean): void {
    const j = seat >> 3;
    const bit = 1 << (seat & 7);
    this.bitmap[j] = on ? (this.bitmap[j] ?? 0) | bit : (this.bitmap[j] ?? 0) & ~bit;
  }
}

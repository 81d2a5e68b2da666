import { seatSpot, seatTaken } from "../../../shared/rules/hallSeats.ts";
import type { StagePerson } from "../../state/stage.ts";

/** One seated figure of the crowd, as the instanced meshes draw it. */
export interface CrowdFigure { seat: number; x: number; z: number; colour: string; self: boolean; hand: boolean; known: boolean }

/** Muted clothes for the people seen only as a taken seat: a varied crowd, never mistaken for someone you see in full. */
const CROWD_CLOTHES = ["#4a5672", "#5b4a6b", "#3f6468", "#6b5a48", "#4d5d4a", "#5f4656", "#44536e", "#6a6470"];

/**
 * Every taken seat of the bitmap as a figure: the people the client sees in full (neighbours) in
 * their own colour with their raised hands, everyone else in a muted colour chosen by seat (so it
 * stays put). The client's own seat is marked, and drawn even before the bitmap shows it.
 */
export function crowdFigures(seats: ArrayLike<number>, seatCount: number, people: readonly StagePerson[]): CrowdFigure[] {
  const bySeat = new Map<number, StagePerson>();
  for (const p of people) if (!p.onStage && p.seat >= 0) bySeat.set(p.seat, p);
  const self = people.find((p) => p.isSelf && !p.onStage && p.seat >= 0);
  const out: CrowdFigure[] = [];
  for (let seat = 0; seat < seatCount; seat++) {
    const person = bySeat.get(seat);
    if (!seatTaken(seats, seat) && (person === undefined || person !== self)) continue;
    const spot = seatSpot(seat);
    out.push({
      seat, x: spot.x, z: spot.z,
      colour: person ? person.colour : CROWD_CLOTHES[(seat * 7 + spot.row * 3) % CROWD_CLOTHES.length]!,
      self: person?.isSelf === true, hand: person?.hand === true, known: person !== undefined,
    });
  }
  return out;
}

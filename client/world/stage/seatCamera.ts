import { FIRST_ROW_Z, seatSpot } from "../../../shared/rules/hallSeats.ts";
import { SCREEN, SEATED_EYE_Y, STAGE, hallDepth } from "./hallLayout.ts";

export interface HallCamera { position: [number, number, number]; target: [number, number, number] }

/**
 * The camera of someone in the hall. From a seat: at eye height, a little behind and above it so
 * the person's own figure and their neighbours are in view, looking at the screen. On stage (or
 * with no seat yet) and in the wide view: high behind the last row, the whole hall and the stage.
 */
export function seatCamera(seat: number, view: "seat" | "wide", seatCount: number): HallCamera {
  const screenMid: [number, number, number] = [0, SCREEN.y - 0.8, SCREEN.z];
  if (view === "wide" || seat < 0) {
    // Over the middle rows, high enough to see the crowd and the whole stage; a small hall brings it closer.
    const back = Math.min(hallDepth(seatCount), FIRST_ROW_Z + 16);
    return { position: [0, 7 + back * 0.22, back + 2], target: [0, STAGE.height + 2.2, -1] };
  }
  const spot = seatSpot(seat);
  // A couple of rows back and over the shoulder: one's own figure and the neighbours stay in the picture.
  const position: [number, number, number] = [spot.x * 0.9, SEATED_EYE_Y + 1.9 + spot.z * 0.05, spot.z + 3.4];
  return { position, target: [screenMid[0], screenMid[1] + 0.6, screenMid[2]] };
}

/** How far a seated person may look around (radians either way), so the stage never leaves the view for long. */
export const LOOK_AROUND = { azimuth: 0.6, polarMin: 1.0, polarMax: 1.7 };

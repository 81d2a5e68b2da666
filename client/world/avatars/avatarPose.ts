import { ANIM_IDLE, ANIM_WALK, emoteForAnim } from "../../../shared/protocol/parkMessages.ts";

/** How an animation moves the body this instant: lift, extra turn and sideways tilt. */
export interface PoseOffset {
  lift: number;
  spin: number;
  tilt: number;
}

/** Procedural animation: no rigs yet, so walking bobs and each emote moves the whole figure its own way. */
export function poseOffset(anim: number, seconds: number, out: PoseOffset): PoseOffset {
  out.lift = 0;
  out.spin = 0;
  out.tilt = 0;
  // Standing still is drawn still: the canvas renders on demand, so idle motion would freeze mid-way.
  if (anim === ANIM_IDLE) return out;
  if (anim === ANIM_WALK) {
    out.lift = Math.abs(Math.sin(seconds * 9)) * 0.07;
    out.tilt = Math.sin(seconds * 9) * 0.03;
    return out;
  }
  switch (emoteForAnim(anim)) {
    case "wave":
      out.tilt = Math.sin(seconds * 7) * 0.14;
      break;
    case "clap":
      out.lift = Math.abs(Math.sin(seconds * 14)) * 0.05;
      break;
    case "cheer":
      out.lift = Math.abs(Math.sin(seconds * 5.5)) * 0.45;
      break;
    case "dance":
      out.spin = seconds * 4;
      out.lift = Math.abs(Math.sin(seconds * 8)) * 0.1;
      out.tilt = Math.sin(seconds * 4) * 0.1;
      break;
    default:
      break;
  }
  return out;
}

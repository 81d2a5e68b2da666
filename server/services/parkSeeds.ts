import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ParkLayout } from "../../shared/protocol/parkLayout.ts";

export const PARKS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../assets/parks");

/** The file beside the layouts that lists the parks' own meeting rooms (meetingRoomSeeds.ts). */
const NOT_A_LAYOUT = new Set(["meeting-rooms.json"]);

/** The default park layouts shipped in assets/parks, validated: a broken file stops the start. */
export function readParkSeeds(dir: string = PARKS_DIR): ParkLayout[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith(".json") && !NOT_A_LAYOUT.has(f)).sort().map((file) => {
    const result = ParkLayout.safeParse(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")));
    if (!result.success) {
      throw new Error(`park layout ${file} is invalid: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    }
    return result.data;
  });
}

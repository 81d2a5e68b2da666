import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { Uuid } from "../../shared/protocol/companies.ts";
import { MEETING_CAPACITY_MAX, MEETING_CAPACITY_MIN, MEETING_DESCRIPTION_MAX, MEETING_NAME_MAX, MeetingKind, MeetingVisibility } from "../../shared/protocol/meetings.ts";
import { ParkLayout } from "../../shared/protocol/parkLayout.ts";
import type { Db } from "../db/pool.ts";
import { PARKS_DIR } from "./parkSeeds.ts";

/** The shipped parks' own meeting rooms: part of the parks (like their layouts), not demo data. */
export const MEETING_ROOMS_FILE = "meeting-rooms.json";

export const MeetingRoomSeed = z.object({
  id: Uuid,
  parkId: z.string().min(1),
  /** The park door that leads in: linked when the room is first made in a park stored before the door named it. */
  doorId: z.string().min(1),
  name: z.string().min(1).max(MEETING_NAME_MAX),
  kind: MeetingKind,
  capacity: z.number().int().min(MEETING_CAPACITY_MIN).max(MEETING_CAPACITY_MAX),
  visibility: MeetingVisibility,
  description: z.string().max(MEETING_DESCRIPTION_MAX),
}).strict();
export type MeetingRoomSeed = z.infer<typeof MeetingRoomSeed>;

export const MeetingRoomSeedFile = z.object({ rooms: z.array(MeetingRoomSeed) }).strict()
  .refine((f) => new Set(f.rooms.map((r) => r.id)).size === f.rooms.length, "each room has its own id");

/** assets/parks/meeting-rooms.json, validated: a broken file stops the start. */
export function readMeetingRoomSeeds(dir: string = PARKS_DIR): MeetingRoomSeed[] {
  const result = MeetingRoomSeedFile.safeParse(JSON.parse(fs.readFileSync(path.join(dir, MEETING_ROOMS_FILE), "utf8")));
  if (!result.success) {
    throw new Error(`${MEETING_ROOMS_FILE} is invalid: ${result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  return result.data.rooms;
}

/**
 * Makes the seeded rooms that are missing, in parks that exist, as park rooms. A room made now in a
 * park stored before its door named a room gets that door linked (when the door is there and names
 * none), so an existing database gains the rooms too; a room already there is left as it is, so a
 * manager's later changes (or archiving it) stand. Returns the ids made.
 */
export async function insertMissingMeetingRooms(db: Db, seeds: readonly MeetingRoomSeed[]): Promise<string[]> {
  const added: string[] = [];
  for (const s of seeds) {
    const { rowCount } = await db.query(
      `INSERT INTO meeting_rooms (id, park_id, name, kind, capacity, visibility, owner_kind, description)
       SELECT $1, $2, $3, $4, $5, $6, 'park', $7 WHERE EXISTS (SELECT 1 FROM parks WHERE id = $2)
       ON CONFLICT (id) DO NOTHING`,
      [s.id, s.parkId, s.name, s.kind, s.capacity, s.visibility, s.description],
    );
    if (!rowCount) continue;
    added.push(s.id);
    await linkDoor(db, s);
  }
  return added;
}

async function linkDoor(db: Db, s: MeetingRoomSeed): Promise<void> {
  const { rows } = await db.query<{ layout: unknown; version: number }>("SELECT layout, version FROM parks WHERE id = $1", [s.parkId]);
  const parsed = ParkLayout.safeParse(rows[0]?.layout);
  if (!rows[0] || !parsed.success) return;
  const layout = parsed.data;
  const door = layout.doors.find((d) => d.id === s.doorId);
  if (!door || door.meetingRoomId || layout.doors.some((d) => d.meetingRoomId === s.id)) return;
  door.meetingRoomId = s.id;
  // Only if nobody saved the park meanwhile; the door then stays as the manager left it.
  await db.query("UPDATE parks SET layout = $2, version = version + 1, updated_at = now() WHERE id = $1 AND version = $3",
    [s.parkId, JSON.stringify(layout), rows[0].version]);
}

import { describe, expect, it } from "vitest";
import { layoutProblems } from "../../shared/rules/layoutValidation.ts";
import { MeetingRoomSeedFile, readMeetingRoomSeeds } from "./meetingRoomSeeds.ts";
import { readParkSeeds } from "./parkSeeds.ts";

describe("the shipped parks' meeting rooms", () => {
  const seeds = readMeetingRoomSeeds();
  const parks = readParkSeeds();

  it("reads as valid, and the layouts are read without it", () => {
    expect(seeds.length).toBeGreaterThanOrEqual(4);
    expect(parks.map((p) => p.id)).toEqual(["home", "changshu-enclave"]);
  });

  it("gives every room a door of its park that names it, and every door that names a room a seeded room", () => {
    for (const s of seeds) {
      const park = parks.find((p) => p.id === s.parkId);
      expect(park?.doors.find((d) => d.id === s.doorId)?.meetingRoomId, s.name).toBe(s.id);
    }
    for (const park of parks) {
      const rooms = new Set(seeds.filter((s) => s.parkId === park.id).map((s) => s.id));
      expect(layoutProblems(park, { meetingRooms: rooms })).toEqual([]);
      expect(park.doors.every((d) => d.meetingRoomId && rooms.has(d.meetingRoomId))).toBe(true);
    }
  });

  it("refuses a file with a bad room", () => {
    const room = { ...seeds[0]! };
    expect(MeetingRoomSeedFile.safeParse({ rooms: [{ ...room, capacity: 1 }] }).success).toBe(false);
    expect(MeetingRoomSeedFile.safeParse({ rooms: [room, room] }).success).toBe(false);
  });
});

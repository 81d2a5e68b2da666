import { describe, expect, it } from "vitest";
import { readDemoFile } from "./demoDataFile.ts";
import { parkTimeAfter, readDemoMeetingFile } from "./demoMeetings.ts";
import { readDemoTaskFile } from "./demoTasks.ts";
import { readMeetingRoomSeeds } from "./meetingRoomSeeds.ts";

describe("the meeting rooms' demo file", () => {
  const file = readDemoMeetingFile();
  const people = new Set([
    ...readDemoFile().companies.flatMap((c) => c.members.map((m) => m.username)),
    ...readDemoTaskFile().experts.map((e) => e.username),
  ]);
  const rooms = new Set(readMeetingRoomSeeds().map((r) => r.id));

  it("names the parks' own rooms, demo people, demo companies and demo tasks", () => {
    const companies = new Set(readDemoFile().companies.map((c) => c.name));
    const tasks = readDemoTaskFile().tasks;
    for (const r of file.rooms) {
      expect(rooms.has(r.roomId)).toBe(true);
      if (r.expert) expect(people.has(r.expert)).toBe(true);
      if (r.company) expect(companies.has(r.company)).toBe(true);
    }
    for (const b of file.bookings) {
      expect(rooms.has(b.roomId), b.title).toBe(true);
      for (const u of [b.booker, ...b.invitees]) expect(people.has(u), u).toBe(true);
      if (b.task) {
        // A meeting about a task is booked by someone on its sides.
        const task = tasks.find((t) => t.title === b.task)!;
        expect(task, b.task).toBeDefined();
        const company = readDemoFile().companies.find((c) => c.name === task.company);
        const sides = [task.poster, ...task.applications.map((a) => a.from), ...(company?.members.map((m) => m.username) ?? [])];
        expect(sides).toContain(b.booker);
      }
    }
  });
});

describe("a time of day in the park, some days on", () => {
  it("counts days from the park's date, not UTC's", () => {
    // 20:00 UTC on the 23rd is already the 24th in Shanghai.
    expect(parkTimeAfter(new Date("2026-11-23T20:00:00Z"), 1, "10:00").toISOString()).toBe("2026-11-25T02:00:00.000Z");
    expect(parkTimeAfter(new Date("2026-11-23T03:00:00Z"), 2, "09:30").toISOString()).toBe("2026-11-25T01:30:00.000Z");
  });
});

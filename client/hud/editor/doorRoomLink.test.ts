import { describe, expect, it } from "vitest";
import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import { linkDoorToRoom } from "./doorRoomLink.ts";

const ROOM = "6f1c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f";
const layout = {
  doors: [
    { id: "door-1", x: 10, z: 10, rotation: 0, zoneId: "meeting-wing" },
    { id: "door-2", x: 20, z: 10, rotation: 0, zoneId: "meeting-wing", meetingRoomId: ROOM },
  ],
} as unknown as ParkLayout;

describe("linking a door to a meeting room", () => {
  it("sets the room on one door only", () => {
    const next = linkDoorToRoom(layout, "door-1", ROOM);
    expect(next.doors[0]).toMatchObject({ id: "door-1", meetingRoomId: ROOM });
    expect(next.doors[1]).toBe(layout.doors[1]);
  });

  it("removes the field when the door leads nowhere", () => {
    const next = linkDoorToRoom(layout, "door-2", null);
    expect(next.doors[1]).not.toHaveProperty("meetingRoomId");
    expect(JSON.parse(JSON.stringify(next.doors[1]))).toEqual({ id: "door-2", x: 20, z: 10, rotation: 0, zoneId: "meeting-wing" });
    expect(layout.doors[1]).toHaveProperty("meetingRoomId", ROOM);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOOR_ENTER_RADIUS, DOOR_EXIT_DISTANCE } from "../../shared/constants.ts";
import type { ParkDetail, Session } from "../../shared/protocol/http.ts";
import { MSG_DOOR, type DoorMessage } from "../../shared/protocol/parkMessages.ts";
import { publishParkEvent } from "../park/parkEvents.ts";
import { joinPark } from "../testing/parkProbe.ts";
import { startTestServer, until, type TestServer } from "../testing/testServer.ts";

/** The meeting wing's doors, as the park room runs them: signs, walking in, coming back out. */
let server: TestServer;
let session: Session;
const PARK = "home";

beforeAll(async () => {
  server = await startTestServer({ demoData: false });
  session = (await server.api<Session>("POST", "/api/auth/register", { username: "doorwalker", displayName: "Door Walker", password: "password1" })).body;
});
afterAll(async () => { await server?.stop(); });

describe("meeting room doors in the park", () => {
  it("shows each room behind a door with its count, walks a person in, and brings them back out in front of it", async () => {
    const { layout } = (await server.api<ParkDetail>("GET", `/api/parks/${PARK}`)).body;
    const door = layout.doors.find((d) => d.meetingRoomId !== undefined)!;
    const roomId = door.meetingRoomId!;

    // Coming back out of the room: in front of its door, facing away.
    const probe = await joinPark(server, session.token, PARK, undefined, door.id);
    try {
      const start = probe.last(probe.idx)!;
      expect(Math.hypot(start.x - door.x, start.z - door.z)).toBeCloseTo(DOOR_EXIT_DISTANCE, 1);
      expect(Math.hypot(start.x - door.x, start.z - door.z)).toBeGreaterThan(DOOR_ENTER_RADIUS);

      // The park shows every room that has a door, from the database.
      await until(() => probe.room.state.rooms.get(roomId) !== undefined, "the room's sign");
      const sign = probe.room.state.rooms.get(roomId)!;
      expect(sign.doorId).toBe(door.id);
      expect(sign.present).toBe(0);
      const doored = layout.doors.filter((d) => d.meetingRoomId).length;
      expect(probe.room.state.rooms.size).toBe(doored);

      // A meeting room reports who is inside; every park client sees the count.
      await publishParkEvent(PARK, { kind: "room-occupancy", roomId, present: 3, locked: true });
      await until(() => sign.present === 3 && sign.locked, "the count on the door");

      // Walking into the door sends the person in, once.
      probe.room.send("move", { to: [door.x, door.z] });
      await until(() => probe.messages.some((m) => m.type === MSG_DOOR), "the door message", 20_000);
      const doors = probe.messages.filter((m) => m.type === MSG_DOOR).map((m) => m.payload as DoorMessage);
      expect(doors).toEqual([{ meetingRoomId: roomId, doorId: door.id }]);
    } finally {
      await probe.room.leave();
    }
  });

  it("appears at a spawn point when the door named does not exist", async () => {
    const { layout } = (await server.api<ParkDetail>("GET", `/api/parks/${PARK}`)).body;
    const probe = await joinPark(server, session.token, PARK, undefined, "no-such-door");
    try {
      const at = probe.last(probe.idx)!;
      const nearest = Math.min(...layout.spawnPoints.map((s) => Math.hypot(s.x - at.x, s.z - at.z)));
      expect(nearest).toBeLessThanOrEqual(3.1);
    } finally {
      await probe.room.leave();
    }
  });
});

import fs from "node:fs";
import path from "node:path";
import { defineRoom, defineServer, matchMaker, type Server } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { Encoder } from "@colyseus/schema";
import express from "express";
import { HALL_SEATS, TELEMETRY_FLUSH_MS } from "../shared/constants.ts";
import { ROOM_MEETING, ROOM_PARK, ROOM_STAGE } from "../shared/protocol/rooms.ts";
import type { Db } from "./db/pool.ts";
import { findPark, listParks } from "./db/repositories/parks.ts";
import type { ApiRoute } from "./http/apiRoute.ts";
import { authRoutes } from "./http/auth/auth.routes.ts";
import { boothRoutes } from "./http/booths/booths.routes.ts";
import { cardRoutes } from "./http/cards/cards.routes.ts";
import { companyRoutes } from "./http/companies/companies.routes.ts";
import { companyMemberRoutes } from "./http/companies/companyMembers.routes.ts";
import { dashboardRoutes } from "./http/dashboard/dashboard.routes.ts";
import { expertRoutes } from "./http/experts/experts.routes.ts";
import { imageRoutes } from "./http/images/images.routes.ts";
import { eventRoutes } from "./http/events/events.routes.ts";
import { meetingRoutes } from "./http/meetings/meetings.routes.ts";
import { mountRoutes } from "./http/mountRoutes.ts";
import { notificationRoutes } from "./http/notifications/notifications.routes.ts";
import { openApiDocument } from "./http/openApiDocument.ts";
import { parkRoutes } from "./http/parks/parks.routes.ts";
import { peopleRoutes } from "./http/profiles/people.routes.ts";
import { profileRoutes } from "./http/profiles/profiles.routes.ts";
import { reportRoutes } from "./http/reports/reports.routes.ts";
import { taskSearchRoutes } from "./http/tasks/taskSearch.routes.ts";
import { taskRoutes } from "./http/tasks/tasks.routes.ts";
import { visitRoutes } from "./http/visits/visits.routes.ts";
import type { Logger } from "./logger.ts";
import { authorizeMeetingJoin, MeetingRoom } from "./rooms/MeetingRoom.ts";
import { authorizeParkJoin, ParkRoom, type ParkRoomClass } from "./rooms/ParkRoom.ts";
import { authorizeStageJoin, StageRoom } from "./rooms/StageRoom.ts";
import type { Accounts } from "./services/accounts.ts";
import { parkCountsNow } from "./services/liveOccupancy.ts";

export interface AppDeps {
  db: Db;
  accounts: Accounts;
  log: Logger;
  /** Folder of the built client; not served when absent (tests, `npm run dev`). */
  clientDir?: string;
  /** Extra park-like room types, e.g. the benchmark's baseline room; they get the same deps and auth. */
  extraRooms?: Record<string, ParkRoomClass>;
  /** Seats of one launch hall instance (default HALL_SEATS); tests use a small hall to see overflow. */
  hallSeats?: number;
  /** How often park rooms write their telemetry (default TELEMETRY_FLUSH_MS); tests write within a second. */
  telemetryFlushMs?: number;
}

/** People in each park now, from the matchmaker's room listings (every process's, with Redis). */
export async function onlineCounts(): Promise<Map<string, number>> {
  const rooms = await matchMaker.query({ name: ROOM_PARK });
  const counts = new Map<string, number>();
  for (const r of rooms) {
    const parkId = (r.metadata as { parkId?: string } | undefined)?.parkId;
    if (parkId) counts.set(parkId, (counts.get(parkId) ?? 0) + r.clients);
  }
  return counts;
}

/** The full state of a park with a thousand people (names, colours, badges) is ~60 KB; the default
 * 8 KB buffer would make the encoder grow and re-encode it on every join. */
Encoder.BUFFER_SIZE = 256 * 1024;

export function createEnclaveServer(deps: AppDeps): Server {
  const { db, accounts, log } = deps;
  const roomDeps = { accounts, db, log, loadPark: (id: string) => findPark(db, id), telemetryFlushMs: deps.telemetryFlushMs ?? TELEMETRY_FLUSH_MS };
  const bind = (klass: ParkRoomClass) => class extends klass {
    static override deps = roomDeps;
    static override onAuth = (token: string, options: unknown) => authorizeParkJoin(accounts, token, options);
  };
  const extra = Object.fromEntries(
    Object.entries(deps.extraRooms ?? {}).map(([name, klass]) => [name, defineRoom(bind(klass)).filterBy(["parkId"])]),
  );

  const routes: ApiRoute[] = [...authRoutes(accounts), ...parkRoutes(db, onlineCounts), ...imageRoutes(db), ...companyRoutes(db, log), ...companyMemberRoutes(db, log), ...profileRoutes(db, log), ...peopleRoutes(db), ...boothRoutes(db, log), ...cardRoutes(db), ...visitRoutes(db), ...expertRoutes(db, log), ...taskSearchRoutes(db), ...notificationRoutes(db), ...taskRoutes(db, log), ...meetingRoutes(db, log), ...eventRoutes(db, log), ...dashboardRoutes(db, log, parkCountsNow), ...reportRoutes(db)];
  const openApi = openApiDocument(routes);

  return defineServer({
    rooms: {
      [ROOM_PARK]: defineRoom(bind(ParkRoom)).filterBy(["parkId"]),
      [ROOM_MEETING]: defineRoom(class extends MeetingRoom {
        static override deps = { accounts, db, log };
        static override onAuth = (token: string, options: unknown) => authorizeMeetingJoin(accounts, token, options);
      }).filterBy(["meetingRoomId"]),
      [ROOM_STAGE]: defineRoom(class extends StageRoom {
        static override deps = { accounts, db, log, hallSeats: deps.hallSeats ?? HALL_SEATS };
        static override onAuth = (token: string, options: unknown) => authorizeStageJoin(accounts, token, options);
      }).filterBy(["eventId"]),
      ...extra,
    },
    // The largest message a client may send. The 4 KB default would close the socket on a long
    // chat line or task description; movement intents are a few bytes.
    transport: new WebSocketTransport({ maxPayload: 16 * 1024 }),
    greet: false,
    gracefullyShutdown: false,
    express: (app) => {
      app.disable("x-powered-by");
      app.get("/api/openapi.json", (_req, res) => { res.json(openApi); });
      mountRoutes(app, routes, accounts, log);
      const clientDir = deps.clientDir;
      if (clientDir && fs.existsSync(path.join(clientDir, "index.html"))) {
        const index = path.join(clientDir, "index.html");
        app.use(express.static(clientDir, { index: false, maxAge: "1h" }));
        // Routes of the single-page client (/park/<id>, …) all load the same page.
        app.get("/", (_req, res) => { res.sendFile(index); });
        app.get(/^\/(?!api\/|matchmake\/|__).*/, (_req, res) => { res.sendFile(index); });
      }
    },
  });
}

/** Parks are persistent rooms: one per park, created at boot and never disposed. */
export async function openParkRooms(db: Db, roomName: string = ROOM_PARK): Promise<void> {
  for (const park of await listParks(db)) {
    const existing = await matchMaker.query({ name: roomName });
    if (!existing.some((r) => (r.metadata as { parkId?: string } | undefined)?.parkId === park.id)) {
      await matchMaker.createRoom(roomName, { parkId: park.id });
    }
  }
}

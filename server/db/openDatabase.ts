import type { Env } from "../env.ts";
import type { Logger } from "../logger.ts";
import { acquireDataDirLock } from "./dataDirLock.ts";
import { startEmbeddedPostgres } from "./embeddedPostgres.ts";
import { createPool, type Db } from "./pool.ts";

export interface OpenDatabase { db: Db; embedded: boolean; close(): Promise<void> }

/** DATABASE_URL when given; otherwise the embedded PostgreSQL in DATA_DIR, which this process then owns. */
export async function openDatabase(env: Pick<Env, "DATABASE_URL" | "DATA_DIR">, log: Logger): Promise<OpenDatabase> {
  if (env.DATABASE_URL) {
    const db = createPool(env.DATABASE_URL, (e) => log.warn({ err: e.message }, "a database connection was closed"));
    await db.query("SELECT 1");
    return { db, embedded: false, close: () => db.end() };
  }
  const release = acquireDataDirLock(env.DATA_DIR, (pid) =>
    log.warn({ pid, dataDir: env.DATA_DIR }, "the previous server on this data folder did not shut down cleanly; taking over its data folder"));
  try {
    const pg = await startEmbeddedPostgres(env.DATA_DIR, log);
    const db = createPool(pg.url, (e) => log.warn({ err: e.message }, "a database connection was closed"));
    return {
      db,
      embedded: true,
      close: async () => {
        await db.end();
        await pg.stop();
        release();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}

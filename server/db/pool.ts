import pg from "pg";

export type Db = pg.Pool;

export function createPool(url: string, onIdleError?: (e: Error) => void): Db {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection can be cut (database restart, shutdown); the pool replaces it. Without a
  // listener, node would treat the event as an uncaught error and exit.
  pool.on("error", (e) => onIdleError?.(e));
  return pool;
}

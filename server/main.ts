import path from "node:path";
import { fileURLToPath } from "node:url";
import { bootEnclave } from "./boot.ts";
import { loadEnv } from "./env.ts";
import { createLogger } from "./logger.ts";

const env = loadEnv();
const log = createLogger(env.LOG_LEVEL);
const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist/client");

try {
  const running = await bootEnclave(env, log, { clientDir, demoTelemetry: true });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    try {
      await running.stop();
      process.exit(0);
    } catch (e) {
      log.error({ err: e }, "shutdown failed");
      process.exit(1);
    }
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(signal));
} catch (e) {
  log.fatal({ err: e }, `Enclave could not start: ${(e as Error).message}`);
  process.exit(1);
}

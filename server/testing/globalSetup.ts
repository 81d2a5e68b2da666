import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureClientBuilt } from "../../e2e/clientBuild.ts";
import { startEmbeddedPostgres } from "../db/embeddedPostgres.ts";
import { migrate } from "../db/migrate.ts";
import { createPool } from "../db/pool.ts";
import { createLogger } from "../logger.ts";

export const TEMPLATE_DB = "enclave_template";

declare module "vitest" {
  export interface ProvidedContext { postgresUrl: string }
}

/** A run with no file filters runs everything; otherwise only filters under e2e/ need the client. */
export function runsBrowserTests(argv: readonly string[]): boolean {
  const filters = argv.slice(2).filter((a) => !a.startsWith("-") && a !== "run" && a !== "watch" && !/vitest(\.mjs)?$/.test(a));
  return filters.length === 0 || filters.some((f) => f.includes("e2e") || f.includes("browser"));
}

/** One real PostgreSQL for the whole run, with a migrated template that each test file copies. */
export default async function setup(project: TestProject) {
  // In the system's temporary folder: PostgreSQL, run as its own user, must be able to reach it,
  // wherever the repository was cloned.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "enclave-test-pg-"));
  const pg = await startEmbeddedPostgres(dir, createLogger("warn"));
  const admin = createPool(pg.url);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  const template = createPool(pg.url.replace(/\/postgres$/, `/${TEMPLATE_DB}`));
  await migrate(template);
  await template.end();
  await admin.end();
  project.provide("postgresUrl", pg.url);
  // Browser tests serve the built client; build it once here rather than in each test file, and
  // not at all for a run that names only other test files (a build takes a minute of both cores).
  if (runsBrowserTests(process.argv)) ensureClientBuilt();
  return async () => {
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

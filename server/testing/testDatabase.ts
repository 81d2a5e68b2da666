import crypto from "node:crypto";
import { inject } from "vitest";
import { createPool } from "../db/pool.ts";

const TEMPLATE_DB = "enclave_template";

/** A fresh, migrated database of its own for one test file: copied from the run's template. */
export async function createTestDatabase(): Promise<string> {
  const base = inject("postgresUrl");
  const name = `test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = createPool(base);
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  return base.replace(/\/postgres$/, `/${name}`);
}

import path from "node:path";
import { z } from "zod";

const Port = z.coerce
  .number({ message: "PORT must be a number" })
  .int("PORT must be a whole number")
  .min(1, "PORT must be between 1 and 65535")
  .max(65535, "PORT must be between 1 and 65535");

export const EnvSchema = z.object({
  PORT: Port.default(2567),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, "DATABASE_URL must be a postgres:// or postgresql:// URL")
    .optional(),
  DATA_DIR: z.string().min(1, "DATA_DIR cannot be empty").default("./data"),
  TOKEN_SECRET: z
    .string()
    .min(32, "TOKEN_SECRET must be at least 32 characters; leave it unset to have one generated in DATA_DIR")
    .optional(),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      message: "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
  TELEMETRY_RETENTION_DAYS: z.coerce
    .number({ message: "TELEMETRY_RETENTION_DAYS must be a number" })
    .int("TELEMETRY_RETENTION_DAYS must be a whole number of days")
    .min(1, "TELEMETRY_RETENTION_DAYS must be between 1 and 3650")
    .max(3650, "TELEMETRY_RETENTION_DAYS must be between 1 and 3650")
    // A yearly report needs the whole year and a little of the next.
    .default(400),
  DEMO_DATA: z
    .enum(["on", "off"], { message: "DEMO_DATA must be on (seed the demo companies) or off (remove them, for real deployments)" })
    .default("on"),
});

export type Env = z.infer<typeof EnvSchema> & { DATA_DIR: string };

/** Reads the environment once. Empty strings count as unset, as shells often leave them so. */
export function parseEnv(source: Record<string, string | undefined>): { ok: true; env: Env } | { ok: false; errors: string[] } {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    return { ok: false, errors: result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  }
  return { ok: true, env: { ...result.data, DATA_DIR: path.resolve(result.data.DATA_DIR) } };
}

/** For entry points: parse or print every problem and exit. */
export function loadEnv(): Env {
  const parsed = parseEnv(process.env);
  if (!parsed.ok) {
    console.error(`Enclave cannot start: the configuration is wrong.\n${parsed.errors.map((e) => `  - ${e}`).join("\n")}`);
    process.exit(1);
  }
  return parsed.env;
}

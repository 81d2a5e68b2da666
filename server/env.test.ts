import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.ts";

describe("configuration", () => {
  it("uses the documented defaults", () => {
    const r = parseEnv({});
    expect(r).toEqual({ ok: true, env: { PORT: 2567, DATA_DIR: path.resolve("./data"), LOG_LEVEL: "info", DEMO_DATA: "on", TELEMETRY_RETENTION_DAYS: 400 } });
  });

  it("names every wrong value with a readable reason", () => {
    const r = parseEnv({ PORT: "eighty", DATABASE_URL: "mysql://x", TOKEN_SECRET: "short", LOG_LEVEL: "loud" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(4);
    expect(r.errors.join("\n")).toMatch(/PORT: PORT must be a number/);
    expect(r.errors.join("\n")).toMatch(/DATABASE_URL: .*postgres:\/\//);
    expect(r.errors.join("\n")).toMatch(/TOKEN_SECRET: .*at least 32/);
    expect(r.errors.join("\n")).toMatch(/LOG_LEVEL: .*one of/);
  });

  it("turns the demo data on or off, and says so when the value is neither", () => {
    expect(parseEnv({ DEMO_DATA: "off" })).toMatchObject({ ok: true, env: { DEMO_DATA: "off" } });
    const r = parseEnv({ DEMO_DATA: "false" });
    expect(r).toEqual({ ok: false, errors: [expect.stringMatching(/^DEMO_DATA: DEMO_DATA must be on .* or off/)] });
  });

  it("refuses a port out of range", () => {
    const r = parseEnv({ PORT: "70000" });
    expect(r.ok).toBe(false);
  });

  it("treats empty variables as unset", () => {
    const r = parseEnv({ PORT: "", DATABASE_URL: "" });
    expect(r.ok && r.env.PORT).toBe(2567);
    expect(r.ok && r.env.DATABASE_URL).toBeUndefined();
  });
});

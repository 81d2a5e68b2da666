import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "@colyseus/sdk";
import { bootEnclave, type Running } from "../boot.ts";
import { createLogger } from "../logger.ts";
import type { Session } from "../../shared/protocol/http.ts";
import { createTestDatabase } from "./testDatabase.ts";

export interface TestServer extends Running {
  url: string;
  databaseUrl: string;
  /** Calls the API like a browser would, returning status and parsed JSON. */
  api<T = unknown>(method: string, route: string, body?: unknown, token?: string): Promise<{ status: number; body: T }>;
  guest(displayName?: string): Promise<Session>;
  sdk(token?: string): Client;
}

/** The real server on a real database of its own, on a free port; with `clientDir`, it serves that built client too.
 * Its parks start empty; `demoData: true` seeds the demo companies as `npm start` does. With `databaseUrl` (a
 * stopped test server's), it starts on that database instead: a restart. `hallSeats` makes the launch hall small,
 * so that a few people fill it and open an overflow instance; `telemetryFlushMs` makes park rooms write their telemetry
 * that often instead of once a minute. */
export async function startTestServer(options: { clientDir?: string; demoData?: boolean; databaseUrl?: string; hallSeats?: number; telemetryFlushMs?: number } = {}): Promise<TestServer> {
  const databaseUrl = options.databaseUrl ?? await createTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "enclave-test-"));
  const running = await bootEnclave(
    { PORT: 0, DATABASE_URL: databaseUrl, DATA_DIR: dataDir, TOKEN_SECRET: crypto.randomBytes(32).toString("hex"), LOG_LEVEL: "silent", DEMO_DATA: options.demoData ? "on" : "off", TELEMETRY_RETENTION_DAYS: 400 },
    createLogger("silent"),
    { clientDir: options.clientDir, hallSeats: options.hallSeats, telemetryFlushMs: options.telemetryFlushMs },
  );
  const url = `http://127.0.0.1:${running.port}`;
  const api: TestServer["api"] = async (method, route, body, token) => {
    const res = await fetch(url + route, {
      method,
      headers: { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as never };
  };
  return {
    ...running,
    url,
    databaseUrl,
    api,
    guest: async (displayName) => (await api<Session>("POST", "/api/auth/guest", displayName ? { displayName } : {})).body,
    sdk: (token) => {
      const client = new Client(url);
      if (token) client.auth.token = token;
      return client;
    },
    stop: async () => {
      await running.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` holds, for conditions that arrive with a later patch or frame. */
export async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

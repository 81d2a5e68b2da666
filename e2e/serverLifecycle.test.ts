import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Client } from "@colyseus/sdk";
import type { BusinessCard, Company, CompanyList } from "../shared/protocol/companies.ts";
import type { ParkDetail, ParkList, Session } from "../shared/protocol/http.ts";
import { PROTOCOL_VERSION } from "../shared/protocol/version.ts";
import { ParkState } from "../shared/schema/park.ts";
import { postJson, startServerProcess, type ServerProcess } from "./serverProcess.ts";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "enclave-lifecycle-"));
const running: ServerProcess[] = [];
const start = async (env: Record<string, string> = {}, waitFor?: RegExp | null) => {
  const s = await startServerProcess({ DATA_DIR: dataDir, ...env }, waitFor);
  running.push(s);
  return s;
};

afterAll(async () => {
  for (const s of running) if (s.child.exitCode === null) { s.child.kill("SIGTERM"); await s.exited; }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("the server process on the embedded database", () => {
  it("keeps accounts and parks across a restart", async () => {
    const first = await start();
    expect(first.output()).toMatch(/creating the embedded PostgreSQL cluster/);
    expect(first.output()).toMatch(/parks seeded/);
    const reg = await postJson<Session>(`${first.url}/api/auth/register`, { username: "restart", displayName: "Restart", password: "password1" });
    expect(reg.status).toBe(201);
    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(first.output()).toMatch(/embedded PostgreSQL stopped/);

    const second = await start();
    expect(second.output()).not.toMatch(/creating the embedded PostgreSQL cluster/);
    const login = await postJson<Session>(`${second.url}/api/auth/login`, { username: "restart", password: "password1" });
    expect(login.status).toBe(200);
    expect(login.body.user.id).toBe(reg.body.user.id);
    const parks = (await (await fetch(`${second.url}/api/parks`)).json()) as ParkList;
    expect(parks.parks.map((p) => p.id)).toEqual(["home", "changshu-enclave"]);
    // The token signed before the restart still works: the secret was kept in the data folder.
    const me = await fetch(`${second.url}/api/me`, { headers: { authorization: `Bearer ${reg.body.token}` } });
    expect(me.status).toBe(200);

    // A second server on the same folder is refused while the first runs.
    const intruder = await start({}, null);
    expect(await intruder.exited).toBe(1);
    expect(intruder.output()).toMatch(/another Enclave server \(pid \d+\) is using the data folder/);

    // create-manager works beside the running server, on its database.
    const cli = spawnSync(process.execPath, ["server/cli/createManager.ts", "--username", "boss", "--display-name", "园区经理", "--password", "manager-pass"], {
      env: { ...process.env, DATA_DIR: dataDir }, encoding: "utf8",
    });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout).toMatch(/Created manager boss/);
    const manager = await postJson<Session>(`${second.url}/api/auth/login`, { username: "boss", password: "manager-pass" });
    expect(manager.body.user.role).toBe("manager");

    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  }, 120_000);

  it("copes with a server killed hard: the next start stops the orphaned PostgreSQL and keeps the data", async () => {
    const victim = await start();
    const reg = await postJson<Session>(`${victim.url}/api/auth/register`, { username: "survivor", displayName: "S", password: "password1" });
    expect(reg.status).toBe(201);
    victim.child.kill("SIGKILL");
    await victim.exited;
    const pid = Number(fs.readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
    expect(() => process.kill(pid, 0)).not.toThrow(); // PostgreSQL outlived its server

    const next = await start();
    expect(next.output()).toMatch(/did not shut down cleanly/);
    expect(next.output()).toMatch(/stopped the old PostgreSQL/);
    const login = await postJson<Session>(`${next.url}/api/auth/login`, { username: "survivor", password: "password1" });
    expect(login.status).toBe(200);
    next.child.kill("SIGTERM");
    expect(await next.exited).toBe(0);
  }, 120_000);

  it("keeps companies, booths, cards and an edited layout across a restart, and the park shows them", async () => {
    const call = async <T,>(url: string, method: string, body?: unknown, token?: string): Promise<{ status: number; body: T }> => {
      const res = await fetch(url, {
        method,
        headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
    };
    const first = await start();
    const u = first.url;
    const owner = (await postJson<Session>(`${u}/api/auth/register`, { username: "keeper", displayName: "Keeper", password: "password1" })).body;
    const visitor = (await postJson<Session>(`${u}/api/auth/register`, { username: "caller", displayName: "Caller", password: "password1" })).body;
    const company = await call<Company>(`${u}/api/companies`, "POST", { name: "Restart Works", industry: "materials", description: { en: "Still here." }, colour: "#884422" }, owner.token);
    expect(company.status).toBe(201);
    const cli = spawnSync(process.execPath, ["server/cli/createManager.ts", "--username", "shaper", "--password", "manager-pass"], {
      env: { ...process.env, DATA_DIR: dataDir }, encoding: "utf8",
    });
    expect(cli.status, cli.stderr).toBe(0);
    const manager = (await postJson<Session>(`${u}/api/auth/login`, { username: "shaper", password: "manager-pass" })).body;
    const park = (await call<ParkDetail>(`${u}/api/parks/changshu-enclave`, "GET")).body;
    // The demo companies hold the first four stands and leave booth-5 for newcomers.
    expect((await call(`${u}/api/parks/changshu-enclave/booths/booth-5`, "PUT", { companyId: company.body.id }, manager.token)).status).toBe(200);
    expect((await call(`${u}/api/companies/${company.body.id}/cards`, "POST", { note: "Call me" }, visitor.token)).status).toBe(201);
    const moved = { ...park.layout, boothSlots: park.layout.boothSlots.map((b) => (b.id === "booth-5" ? { ...b, x: b.x + 1 } : b)) };
    const saved = await call<{ version: number }>(`${u}/api/parks/changshu-enclave/layout`, "PUT", { baseVersion: park.version, layout: moved }, manager.token);
    expect(saved.status).toBe(200);
    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);

    const second = await start();
    const v = second.url;
    expect((await call<CompanyList>(`${v}/api/companies`, "GET")).body.companies.filter((c) => c.name === "Restart Works")).toHaveLength(1);
    // The demo data was not seeded twice.
    expect(new Set((await call<CompanyList>(`${v}/api/companies`, "GET")).body.companies.map((c) => c.name)).size)
      .toBe((await call<CompanyList>(`${v}/api/companies`, "GET")).body.companies.length);
    const after = (await call<ParkDetail>(`${v}/api/parks/changshu-enclave`, "GET")).body;
    expect(after.version).toBe(saved.body.version);
    expect(after.layout.boothSlots.find((b) => b.id === "booth-5")!.x).toBe(park.layout.boothSlots.find((b) => b.id === "booth-5")!.x + 1);
    const cards = await call<{ cards: BusinessCard[] }>(`${v}/api/companies/${company.body.id}/cards`, "GET", undefined, owner.token);
    expect(cards.body.cards.map((c) => c.note)).toEqual(["Call me"]);

    const client = new Client(v);
    client.auth.token = (await postJson<Session>(`${v}/api/auth/guest`, {})).body.token;
    const room = await client.joinOrCreate("park", { parkId: "changshu-enclave", protocol: PROTOCOL_VERSION }, ParkState);
    try {
      const deadline = Date.now() + 10_000;
      while (!room.state.booths?.get("booth-5") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(room.state.booths.get("booth-5")?.name).toBe("Restart Works");
      expect(room.state.layoutVersion).toBe(saved.body.version);
    } finally {
      await room.leave();
    }
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  }, 180_000);

  it("refuses to start with a wrong configuration and says which value is wrong", async () => {
    const bad = await start({ PORT: "99999", LOG_LEVEL: "chatty" }, null);
    expect(await bad.exited).toBe(1);
    expect(bad.output()).toMatch(/PORT must be between 1 and 65535/);
    expect(bad.output()).toMatch(/LOG_LEVEL must be one of/);
  });
});

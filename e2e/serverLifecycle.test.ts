import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ParkList, Session } from "../shared/protocol/http.ts";
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

  it("refuses to start with a wrong configuration and says which value is wrong", async () => {
    const bad = await start({ PORT: "99999", LOG_LEVEL: "chatty" }, null);
    expect(await bad.exited).toBe(1);
    expect(bad.output()).toMatch(/PORT must be between 1 and 65535/);
    expect(bad.output()).toMatch(/LOG_LEVEL must be one of/);
  });
});

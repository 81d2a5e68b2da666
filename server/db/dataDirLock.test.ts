import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirInUseError, lockHolder } from "./dataDirLock.ts";

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "enclave-lock-"));
  dirs.push(d);
  return d;
};
afterEach(() => { for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });

describe("data folder lock", () => {
  it("is held by one process at a time and released on request", () => {
    const dir = tmp();
    const release = acquireDataDirLock(dir, () => undefined);
    expect(lockHolder(dir)).toBe(process.pid);
    release();
    expect(lockHolder(dir)).toBeNull();
  });

  it("refuses a folder held by another live process", async () => {
    const dir = tmp();
    const other = spawn("sleep", ["5"]);
    fs.writeFileSync(path.join(dir, "enclave.lock"), String(other.pid));
    try {
      expect(() => acquireDataDirLock(dir, () => undefined)).toThrow(DataDirInUseError);
      expect(() => acquireDataDirLock(dir, () => undefined)).toThrow(/another Enclave server \(pid \d+\)/);
    } finally {
      other.kill();
    }
  });

  it("takes over a lock left by a process that died, and says so", async () => {
    const dir = tmp();
    const dead = spawn("true");
    await new Promise((r) => dead.on("exit", r));
    fs.writeFileSync(path.join(dir, "enclave.lock"), String(dead.pid));
    const stale: number[] = [];
    const release = acquireDataDirLock(dir, (pid) => stale.push(pid));
    expect(stale).toEqual([dead.pid]);
    expect(lockHolder(dir)).toBe(process.pid);
    release();
  });
});

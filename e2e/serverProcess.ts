import { type ChildProcess, spawn } from "node:child_process";
import { freePort } from "../server/freePort.ts";

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  url: string;
  /** Everything it printed so far. */
  output(): string;
  exited: Promise<number | null>;
}

/** Runs `node server/main.ts` (what `npm start` runs) as its own process and waits until it listens. */
export async function startServerProcess(env: Record<string, string>, waitFor: RegExp | null = /Enclave is listening/): Promise<ServerProcess> {
  const port = Number(env.PORT ?? (await freePort()));
  const child = spawn(process.execPath, ["server/main.ts"], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => { out += d.toString(); });
  child.stderr!.on("data", (d: Buffer) => { out += d.toString(); });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  if (waitFor) {
    const deadline = Date.now() + 60_000;
    while (!waitFor.test(out)) {
      if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${out}`);
      if (Date.now() > deadline) throw new Error(`server did not start in time:\n${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return { child, port, url: `http://127.0.0.1:${port}`, output: () => out, exited };
}

export async function postJson<T>(url: string, body: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as T };
}

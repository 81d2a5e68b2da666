// npm run bench:tasks: whole task lifecycles over HTTP against the real server on an embedded
// PostgreSQL. `--clients` async workers (keep-alive connections), each with its own poster and
// expert, run create → apply → pick → deliver → accept → rate over and over, together offering
// `--rate` transitions a second (each worker on its own even schedule, as people acting at their
// own pace would; 0: as fast as they can, one after another). After a warm-up, every transition's
// latency is recorded for `--seconds`, counted from when it was due, so a server that falls behind
// shows it. Prints sustained transitions per second and p50/p99 per kind and overall, and writes
// them to bench/out/tasks.json.
import { type ChildProcess, fork } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Session } from "../shared/protocol/http.ts";
import type { TaskDetail } from "../shared/protocol/tasks.ts";
import { startEmbeddedPostgres } from "../server/db/embeddedPostgres.ts";
import { freePort } from "../server/freePort.ts";
import { createLogger } from "../server/logger.ts";
import { nextMessage } from "./childMessage.ts";
import { quantile } from "./quantile.ts";

const here = path.dirname(new URL(import.meta.url).pathname);

const KINDS = ["create", "apply", "pick", "deliver", "accept", "rate"] as const;
type Kind = (typeof KINDS)[number];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      clients: { type: "string", default: "100" },
      warmup: { type: "string", default: "3" },
      seconds: { type: "string", default: "20" },
      rate: { type: "string", default: "100" },
    },
  });
  const clients = Number(values.clients);
  const rate = Number(values.rate);
  /** Each worker's time between two of its transitions; 0 when running flat out. */
  const intervalMs = rate > 0 ? (clients / rate) * 1000 : 0;
  const warmupMs = Number(values.warmup) * 1000;
  const measureMs = Number(values.seconds) * 1000;

  const outDir = path.join(here, "out");
  fs.mkdirSync(outDir, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "enclave-bench-tasks-"));
  const log = createLogger("warn");
  const pg = await startEmbeddedPostgres(dataDir, log);
  const port = await freePort();
  const server: ChildProcess = fork(path.join(here, "tasks.ts"), ["serve"], {
    // BENCH_CPU_PROF=1 writes a V8 CPU profile of the server process into bench/out/.
    execArgv: process.env.BENCH_CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", outDir] : [],
    env: {
      ...process.env, PORT: String(port), DATABASE_URL: pg.url, DATA_DIR: dataDir, LOG_LEVEL: "warn", DEMO_DATA: "off",
      TOKEN_SECRET: crypto.randomBytes(32).toString("hex"),
    },
  });
  try {
    await nextMessage(server, "ready", 120_000);
    const url = `http://127.0.0.1:${port}`;

    const call = async <T>(method: string, route: string, body: unknown, token?: string): Promise<T> => {
      const res = await fetch(url + route, {
        method,
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${text}`);
      return JSON.parse(text) as T;
    };

    // Posters, half of them for a company of their own, and one expert per worker.
    const run = crypto.randomBytes(3).toString("hex");
    const register = (name: string) => call<Session>("POST", "/api/auth/register", { username: name, displayName: name, password: "password1" });
    const workers = [];
    for (let i = 0; i < clients; i++) {
      const poster = await register(`bp${run}${i}`);
      const taker = await register(`bt${run}${i}`);
      const companyId = i % 2 === 0
        ? (await call<{ id: string }>("POST", "/api/companies", {
          name: `Bench ${run} ${i}`, industry: "manufacturing", description: { en: "Bench company." }, colour: "#336699",
        }, poster.token)).id
        : null;
      workers.push({ poster, taker, companyId });
    }

    const samples: Record<Kind, number[]> = { create: [], apply: [], pick: [], deliver: [], accept: [], rate: [] };
    let errors = 0;
    const start = performance.now();
    const measureFrom = start + warmupMs;
    const measureTo = measureFrom + measureMs;
    const due = workers.map((_, i) => start + (intervalMs * i) / clients);
    const timed = async <T>(worker: number, kind: Kind, work: () => Promise<T>): Promise<T> => {
      const now = performance.now();
      const t0 = intervalMs > 0 ? due[worker]! : now;
      if (t0 > now) await new Promise((r) => setTimeout(r, t0 - now));
      if (intervalMs > 0) due[worker] = t0 + intervalMs;
      const result = await work();
      const t1 = performance.now();
      // A transition counts when it finished inside the window.
      if (t1 >= measureFrom && t1 < measureTo) samples[kind].push(t1 - t0);
      return result;
    };

    let lifecycles = 0;
    await Promise.all(workers.map(async ({ poster, taker, companyId }, i) => {
      let n = 0;
      while (performance.now() < measureTo) {
        try {
          const task = await timed(i, "create", () => call<TaskDetail>("POST", "/api/tasks", {
            title: `夹具设计 bench ${i}-${n++}`, description: "Design a fixture for a thin-walled part. 薄壁件夹具。",
            category: "engineering", skills: ["夹具设计", "UG NX"], budget: 5000, companyId,
          }, poster.token));
          const applied = await timed(i, "apply", () => call<TaskDetail>("POST", `/api/tasks/${task.id}/apply`, { note: "I can do it.", proposedFee: 4800 }, taker.token));
          const applicationId = applied.applicationList.find((a) => a.applicant.id === taker.user.id)!.id;
          await timed(i, "pick", () => call("POST", `/api/tasks/${task.id}/actions/pick`, { applicationId }, poster.token));
          await timed(i, "deliver", () => call("POST", `/api/tasks/${task.id}/actions/deliver`, { message: "Drawings attached.", links: ["https://example.com/d"] }, taker.token));
          await timed(i, "accept", () => call("POST", `/api/tasks/${task.id}/actions/accept`, {}, poster.token));
          await timed(i, "rate", () => call("POST", `/api/tasks/${task.id}/ratings`, { stars: 5, comment: "good" }, poster.token));
          if (performance.now() < measureTo) lifecycles++;
        } catch (e) {
          errors++;
          if (errors <= 3) console.error(String(e));
        }
      }
    }));

    const all = KINDS.flatMap((k) => samples[k]);
    const row = (name: string, xs: number[]) => ({
      kind: name, count: xs.length, perSecond: Math.round((xs.length / (measureMs / 1000)) * 10) / 10,
      p50Ms: Math.round(quantile(xs, 0.5) * 10) / 10, p99Ms: Math.round(quantile(xs, 0.99) * 10) / 10,
    });
    const rows = [...KINDS.map((k) => row(k, samples[k])), row("overall", all)];
    const result = {
      date: new Date().toISOString(), machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
      node: process.version, clients, offeredPerSecond: rate, warmupSeconds: warmupMs / 1000, seconds: measureMs / 1000, lifecycles, errors, rows,
    };
    console.table(rows);
    console.log(`${clients} clients offering ${rate > 0 ? `${rate}/s` : "as many as they can"}, ${measureMs / 1000} s after a ${warmupMs / 1000} s warm-up: ${row("overall", all).perSecond} transitions/s, ` +
      `p50 ${row("overall", all).p50Ms} ms, p99 ${row("overall", all).p99Ms} ms; ${lifecycles} whole lifecycles, ${errors} errors`);
    fs.writeFileSync(path.join(outDir, "tasks.json"), JSON.stringify(result, null, 2));
  } finally {
    server.send({ type: "stop" });
    await new Promise((r) => server.once("exit", r));
    await pg.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

// The server runs in a process of its own, so that the clients' work does not count as its latency.
if (process.argv[2] === "serve") {
  const { bootEnclave } = await import("../server/boot.ts");
  const { loadEnv } = await import("../server/env.ts");
  const env = loadEnv();
  const running = await bootEnclave(env, createLogger(env.LOG_LEVEL));
  process.on("message", (m: { type: string }) => {
    if (m.type === "stop") void running.stop().then(() => process.exit(0));
  });
  process.send!({ type: "ready", port: running.port });
} else {
  await main();
}

// npm run bench:park: the park room with 50 to 1000 walking avatars, against a plain
// one-StateView-per-client room, side by side. Prints the figures and writes them to bench/out/.
import { type ChildProcess, fork } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startEmbeddedPostgres } from "../server/db/embeddedPostgres.ts";
import { migrate } from "../server/db/migrate.ts";
import { createPool } from "../server/db/pool.ts";
import { insertMissingParks } from "../server/db/repositories/parks.ts";
import { createLogger } from "../server/logger.ts";
import { benchParkLayout } from "./benchPark.ts";
import type { ServerFigures } from "./benchServer.ts";
import type { BotProcessStart, BotReport } from "./botProcess.ts";
import { freePort } from "../server/freePort.ts";
import { nextMessage, type ChildMessage } from "./childMessage.ts";
import { quantile } from "./quantile.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "50,200,500,1000" },
    modes: { type: "string", default: "park,park-baseline" },
    settle: { type: "string", default: "8" },
    measure: { type: "string", default: "10" },
  },
});
const sizes = values.sizes.split(",").map(Number);
const modes = values.modes.split(",");
const CHECKERS = 3;
const BOTS_PER_PROCESS = 250;

const here = path.dirname(new URL(import.meta.url).pathname);
const outDir = path.join(here, "out");
fs.mkdirSync(outDir, { recursive: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "enclave-bench-"));
const log = createLogger("warn");
const pg = await startEmbeddedPostgres(dataDir, log);
const layout = benchParkLayout();
{
  const db = createPool(pg.url);
  await migrate(db);
  await insertMissingParks(db, [layout]);
  await db.end();
}

interface Row {
  mode: string; size: number; joined: number;
  server: ServerFigures;
  updatesPerSecondP50: number; updatesPerSecondP5: number;
  bytesPerSecondP50: number; bytesPerSecondP95: number;
  bytesPerAvatarUpdate: number; bytesPerAvatarUpdateFrom: string;
  visibleAvatarsPerUpdate: number;
  checked: number; violations: string[];
}

async function run(mode: string, size: number): Promise<Row> {
  const port = await freePort();
  const server = fork(path.join(here, "benchServer.ts"), [], {
    // BENCH_CPU_PROF=1 writes a V8 CPU profile of each server process into bench/out/.
    execArgv: process.env.BENCH_CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", outDir] : [],
    env: {
      ...process.env, PORT: String(port), DATABASE_URL: pg.url, DATA_DIR: dataDir, LOG_LEVEL: "warn",
      TOKEN_SECRET: crypto.randomBytes(32).toString("hex"),
    },
  });
  await nextMessage(server, "ready", 60_000);
  const url = `http://127.0.0.1:${port}`;
  const thin = size - CHECKERS;
  const processes = Math.max(1, Math.ceil(thin / BOTS_PER_PROCESS));
  const botProcs: ChildProcess[] = [];
  const starts: Array<Promise<ChildMessage>> = [];
  for (let i = 0; i <= processes; i++) {
    const child = fork(path.join(here, "botProcess.ts"), [], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
    botProcs.push(child);
    const count = i === processes ? CHECKERS : Math.floor(thin / processes) + (i < thin % processes ? 1 : 0);
    const start: BotProcessStart = {
      type: "start", url, roomName: mode, layout, count, kind: i === processes ? "sdk" : "thin",
      joinRate: Math.max(10, 120 / processes),
    };
    starts.push(nextMessage(child, "joined"));
    child.send(start);
  }
  const joined = (await Promise.all(starts)).reduce((n, m) => n + (m.joined as number), 0);
  await new Promise((r) => setTimeout(r, Number(values.settle) * 1000));

  const resets = [server, ...botProcs].map((c) => nextMessage(c, "reset-done"));
  for (const c of [server, ...botProcs]) c.send({ type: "reset" });
  await Promise.all(resets);
  await new Promise((r) => setTimeout(r, Number(values.measure) * 1000));

  const figuresP = nextMessage(server, "figures");
  const reportsP = botProcs.map((c) => nextMessage(c, "report"));
  server.send({ type: "figures" });
  for (const c of botProcs) c.send({ type: "report" });
  const figures = (await figuresP).figures as ServerFigures;
  const reports = (await Promise.all(reportsP)) as unknown as BotReport[];

  for (const c of botProcs) c.send({ type: "stop" });
  server.send({ type: "stop" });
  await Promise.all([server, ...botProcs].map((c) => new Promise((r) => (c.exitCode !== null ? r(0) : c.once("exit", r)))));

  const all = reports.flatMap((r) => r.counts.map((c) => ({ ...c, seconds: r.seconds })));
  const checkerCounts = reports[reports.length - 1]!.counts;
  // Thin bots of the Enclave room can count avatar records without decoding; the baseline's
  // patches must be decoded to count them, which only the checkers do.
  const recordSource = mode === "park" ? all : checkerCounts;
  const bytes = recordSource.reduce((n, c) => n + c.bytes, 0);
  const records = recordSource.reduce((n, c) => n + c.records, 0);
  const updates = recordSource.reduce((n, c) => n + c.updates, 0);
  return {
    mode, size, joined, server: figures,
    updatesPerSecondP50: quantile(all.map((c) => c.updates / c.seconds), 0.5),
    updatesPerSecondP5: quantile(all.map((c) => c.updates / c.seconds), 0.05),
    bytesPerSecondP50: quantile(all.map((c) => c.bytes / c.seconds), 0.5),
    bytesPerSecondP95: quantile(all.map((c) => c.bytes / c.seconds), 0.95),
    bytesPerAvatarUpdate: records ? bytes / records : 0,
    bytesPerAvatarUpdateFrom: mode === "park" ? "all clients" : "SDK checkers",
    visibleAvatarsPerUpdate: updates ? records / updates : 0,
    checked: reports.reduce((n, r) => n + r.checked, 0),
    violations: reports.flatMap((r) => r.violations),
  };
}

const rows: Row[] = [];
const fmt = (n: number, d = 1) => n.toFixed(d);
console.log(`Enclave park room benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}`);
console.log("mode           size joined  cpu%  eld.p99  tick.p50/p99 ms  upd/s p50(p5)  KB/s p50/p95   B/avatar-upd  avatars/upd  rss MB  checks");
for (const size of sizes) {
  for (const mode of modes) {
    const r = await run(mode, size);
    rows.push(r);
    console.log([
      mode.padEnd(14), String(size).padStart(4), String(r.joined).padStart(6),
      fmt(r.server.cpuPercent).padStart(5), fmt(r.server.eventLoopP99Ms).padStart(8),
      `${fmt(r.server.tickP50Ms, 2)}/${fmt(r.server.tickP99Ms, 2)}`.padStart(16),
      `${fmt(r.updatesPerSecondP50)}(${fmt(r.updatesPerSecondP5)})`.padStart(14),
      `${fmt(r.bytesPerSecondP50 / 1024, 2)}/${fmt(r.bytesPerSecondP95 / 1024, 2)}`.padStart(13),
      fmt(r.bytesPerAvatarUpdate, 2).padStart(13), fmt(r.visibleAvatarsPerUpdate).padStart(12),
      fmt(r.server.rssMb, 0).padStart(7),
      `${r.checked} ok${r.violations.length ? `, ${r.violations.length} BAD: ${r.violations[0]}` : ""}`.padStart(8),
    ].join(" "));
  }
}
const at = (mode: string, size: number) => rows.find((r) => r.mode === mode && r.size === size);
for (const size of sizes) {
  const a = at("park", size);
  const b = at("park-baseline", size);
  if (a && b) {
    console.log(`${size} avatars: Enclave uses ${fmt(a.server.cpuPercent / b.server.cpuPercent, 2)}× the baseline's server CPU, ` +
      `${fmt(a.bytesPerSecondP50 / b.bytesPerSecondP50, 2)}× its per-client bytes, ${fmt(a.bytesPerAvatarUpdate / 6, 2)}× the 6-byte floor per avatar update; ` +
      `it counted ${a.server.boothVisits} booth visits on the way (the baseline counts none)`);
  }
}
const file = path.join(outDir, `park-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
fs.writeFileSync(file, JSON.stringify({ machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version }, rows }, null, 2));
console.log(`figures written to ${path.relative(process.cwd(), file)}`);
await pg.stop();
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(rows.some((r) => r.violations.length > 0) ? 1 : 0);

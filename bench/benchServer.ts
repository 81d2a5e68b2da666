// One server process of the benchmark, started by bench/park.ts. It runs the real Enclave server,
// plus the baseline room, and reports its own CPU, event-loop delay, tick times and memory over IPC.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { bootEnclave } from "../server/boot.ts";
import { loadEnv } from "../server/env.ts";
import { createLogger } from "../server/logger.ts";
import { drainTickStats } from "../server/park/tickStats.ts";
import { StateViewParkRoom } from "./StateViewParkRoom.ts";

export interface ServerFigures {
  cpuPercent: number;
  eventLoopP99Ms: number;
  tickP50Ms: number;
  tickP99Ms: number;
  ticks: number;
  rssMb: number;
  /** Booth visits the park room has written to the database since the server started. */
  boothVisits: number;
}

const env = loadEnv();
const running = await bootEnclave(env, createLogger(env.LOG_LEVEL), { extraRooms: { "park-baseline": StateViewParkRoom } });
const eld = monitorEventLoopDelay({ resolution: 5 });
eld.enable();
let cpu = process.cpuUsage();
let since = performance.now();

process.on("message", async (m: { type: string }) => {
  if (m.type === "reset") {
    eld.reset();
    drainTickStats();
    cpu = process.cpuUsage();
    since = performance.now();
    process.send!({ type: "reset-done" });
  } else if (m.type === "figures") {
    const used = process.cpuUsage(cpu);
    const ticks = drainTickStats();
    const { rows } = await running.db.query<{ n: number }>("SELECT count(*)::int AS n FROM booth_visits");
    const figures: ServerFigures = {
      cpuPercent: ((used.user + used.system) / 1000 / (performance.now() - since)) * 100,
      eventLoopP99Ms: eld.percentile(99) / 1e6,
      tickP50Ms: ticks.p50,
      tickP99Ms: ticks.p99,
      ticks: ticks.ticks,
      rssMb: process.memoryUsage().rss / 2 ** 20,
      boothVisits: rows[0]?.n ?? 0,
    };
    process.send!({ type: "figures", figures });
  } else if (m.type === "stop") {
    void running.stop().then(() => process.exit(0));
  }
});
process.send!({ type: "ready", port: running.port });

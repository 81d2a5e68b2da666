// The server process of bench/launch.ts: the real Enclave server (the same bootEnclave as
// `npm start`), reporting its own CPU, event-loop delay, stage patch times and memory over IPC.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { bootEnclave } from "../server/boot.ts";
import { loadEnv } from "../server/env.ts";
import { createLogger } from "../server/logger.ts";
import { resetStagePatchStats, stagePatchStats, type StagePatchStats } from "../server/stage/stagePatchStats.ts";

export interface LaunchServerFigures {
  cpuPercent: number;
  eventLoopP99Ms: number;
  patch: StagePatchStats;
  rssMb: number;
}

const env = loadEnv();
const running = await bootEnclave(env, createLogger(env.LOG_LEVEL));
const eld = monitorEventLoopDelay({ resolution: 5 });
eld.enable();
let cpu = process.cpuUsage();
let since = performance.now();

process.on("message", (m: { type: string }) => {
  if (m.type === "reset") {
    eld.reset();
    resetStagePatchStats();
    cpu = process.cpuUsage();
    since = performance.now();
    process.send!({ type: "reset-done" });
  } else if (m.type === "figures") {
    const used = process.cpuUsage(cpu);
    const figures: LaunchServerFigures = {
      cpuPercent: ((used.user + used.system) / 1000 / (performance.now() - since)) * 100,
      eventLoopP99Ms: eld.percentile(99) / 1e6,
      patch: stagePatchStats(),
      rssMb: process.memoryUsage().rss / 2 ** 20,
    };
    process.send!({ type: "figures", figures });
  } else if (m.type === "stop") {
    void running.stop().then(() => process.exit(0));
  }
});
process.send!({ type: "ready", port: running.port });

// npm run bots -- --count N --park <id> [--url http://localhost:2567] [--thin] [--route zones|roam]
// Starts N bots that walk a park like people: SDK clients by default (they also check what they
// receive), or thin wire-protocol bots for large crowds. By default they go from zone to zone,
// lingering at booths and in the café (bench/zoneRoutes.ts), so the park's heatmap looks like a
// real one; --route roam wanders as the park benchmark's bots do. Runs until interrupted.
import { type ChildProcess, fork } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { ParkDetail } from "../shared/protocol/http.ts";
import { ROOM_PARK } from "../shared/protocol/rooms.ts";
import type { BotProcessStart } from "./botProcess.ts";

const USAGE = "usage: npm run bots -- --count <N> --park <park id> [--url http://localhost:2567] [--thin] [--route zones|roam]";
const { values } = parseArgs({
  options: {
    count: { type: "string" }, park: { type: "string", default: "home" },
    url: { type: "string", default: "http://localhost:2567" }, thin: { type: "boolean", default: false },
    route: { type: "string", default: "zones" },
  },
});
const route = values.route;
if (route !== "zones" && route !== "roam") {
  console.error(`--route must be zones or roam\n${USAGE}`);
  process.exit(2);
}
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1 || count > 5000) {
  console.error(`--count must be a whole number from 1 to 5000\n${USAGE}`);
  process.exit(2);
}
const res = await fetch(`${values.url}/api/parks/${encodeURIComponent(values.park)}`).catch((e: Error) => {
  console.error(`cannot reach ${values.url}: ${e.message}. Is the server running (npm start)?`);
  process.exit(1);
});
if (!res.ok) {
  console.error(`park "${values.park}": ${((await res.json()) as { message: string }).message}`);
  process.exit(1);
}
const { layout } = ParkDetail.parse(await res.json());

const perProcess = values.thin ? 250 : 50;
const children: ChildProcess[] = [];
let joined = 0;
for (let left = count; left > 0; left -= perProcess) {
  const child = fork(path.join(path.dirname(new URL(import.meta.url).pathname), "botProcess.ts"));
  const start: BotProcessStart = {
    type: "start", url: values.url, roomName: ROOM_PARK, layout, count: Math.min(perProcess, left),
    kind: values.thin ? "thin" : "sdk", joinRate: 20, route,
  };
  child.on("message", (m: { type: string; joined?: number; failures?: number }) => {
    if (m.type !== "joined") return;
    joined += m.joined ?? 0;
    console.log(`${joined} of ${count} bots walking in ${layout.name.en} (${route === "zones" ? "zone to zone" : "roaming"})${m.failures ? ` (${m.failures} could not join)` : ""}`);
  });
  child.send(start);
  children.push(child);
}
const stop = () => {
  for (const c of children) c.send({ type: "stop" });
  setTimeout(() => process.exit(0), 500);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

// A process of benchmark or demo bots, driven over IPC by bench/park.ts or bench/bots.ts.
import { PARK_TICK_MS } from "../shared/constants.ts";
import type { ParkLayout } from "../shared/protocol/parkLayout.ts";
import { CheckerBot } from "./checkerBot.ts";
import { guestToken, ThinBot, type BotCounts } from "./thinBot.ts";
import { Walker, type WalkerRoute, type WanderCircle } from "./walker.ts";

export interface BotProcessStart {
  type: "start";
  url: string;
  roomName: string;
  layout: ParkLayout;
  count: number;
  kind: "thin" | "sdk";
  /** Joins per second this process makes, so a thousand arrivals do not all land at once. */
  joinRate: number;
  /** Keep every bot inside this circle (bench:render's crowd around the viewer); without it they roam. */
  wander?: WanderCircle;
  /** How bots choose where to go: "roam" (the benchmarks, the default) or "zones" (npm run bots). */
  route?: WalkerRoute;
}

export interface BotReport {
  type: "report";
  seconds: number;
  counts: BotCounts[];
  violations: string[];
  checked: number;
}

interface Bot { send: ThinBot["send"]; reset(): void; close(): void; counts: BotCounts }

const bots: Array<{ bot: Bot; walker: Walker }> = [];
const checkers: CheckerBot[] = [];
let since = performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function start(m: BotProcessStart): Promise<void> {
  const spawns = m.layout.spawnPoints;
  let failures = 0;
  for (let i = 0; i < m.count; i++) {
    const spawnId = spawns[Math.floor(Math.random() * spawns.length)]!.id;
    try {
      const token = await guestToken(m.url);
      let bot: Bot;
      if (m.kind === "thin") {
        const thin = new ThinBot(m.url, m.roomName);
        await thin.join(token, m.layout.id, spawnId);
        bot = thin;
      } else {
        const checker = new CheckerBot(m.url, m.layout);
        await checker.join(m.roomName, token, spawnId);
        checkers.push(checker);
        bot = checker;
      }
      bots.push({ bot, walker: new Walker(m.layout, spawnId, m.wander, { route: m.route }) });
    } catch (e) {
      failures++;
      console.error(`bot ${i} could not join: ${(e as Error).message}`);
    }
    await sleep(1000 / m.joinRate);
  }
  process.send!({ type: "joined", joined: bots.length, failures });
}

setInterval(() => {
  const now = Date.now();
  for (const { bot, walker } of bots) {
    const intent = walker.next(now);
    if (intent) bot.send(intent);
  }
}, PARK_TICK_MS);

process.on("message", (m: BotProcessStart | { type: "reset" | "report" | "stop" }) => {
  if (m.type === "start") void start(m);
  else if (m.type === "reset") {
    for (const { bot } of bots) bot.reset();
    for (const c of checkers) { c.violations = []; c.checked = 0; }
    since = performance.now();
    process.send!({ type: "reset-done" });
  } else if (m.type === "report") {
    const report: BotReport = {
      type: "report",
      seconds: (performance.now() - since) / 1000,
      counts: bots.map(({ bot }) => ({ ...bot.counts })),
      violations: checkers.flatMap((c) => c.violations).slice(0, 20),
      checked: checkers.reduce((n, c) => n + c.checked, 0),
    };
    process.send!(report);
  } else if (m.type === "stop") {
    for (const { bot } of bots) bot.close();
    setTimeout(() => process.exit(0), 200);
  }
});

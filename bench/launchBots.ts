// A process of audience bots for bench/launch.ts, driven over IPC: they join one event's hall and
// behave like an audience, at human rates (per person, so the hall's traffic grows with the crowd):
// a few reactions a minute and a burst of applause when the countdown reaches the reveal, a few
// hands up for a while, now and then a question, and upvotes for questions others asked.
// Beside the measured audience, a few passers-by come and go all the time (late arrivals, early
// leavers), so seats, counts and neighbours change as in a real hall; they are not measured.
import { REACTION_KINDS, type ReactionKind } from "../shared/protocol/stageMessages.ts";
import { guestToken } from "./thinBot.ts";
import { type PageSeen, ThinStageBot } from "./stageBot.ts";

export interface LaunchBotsStart {
  type: "start";
  url: string;
  eventId: string;
  count: number;
  /** Joins per second this process makes, so five hundred arrivals do not all land at once. */
  joinRate: number;
  /** Number of this process's first bot, so questions name their asker across processes. */
  firstIndex: number;
  /** Passers-by this process keeps coming and going (each stays 10-30 s, then comes back as someone new). */
  passersBy: number;
}

/** What each audience member does, on average, per minute. */
export const AUDIENCE_RATES = {
  reactions: 4,
  questions: 1 / 15,
  votes: 0.5,
  /** Of the audience, the share who put a hand up now and then, for 10 to 30 s. */
  handRaisers: 0.04,
  handsUpPerMinute: 1,
} as const;
/** At the reveal each bot claps this many times, a quarter second apart, starting within 1.5 s. */
const BURST = 4;
const TICK_MS = 250;

export interface LaunchBotsReport {
  type: "report";
  seconds: number;
  bots: Array<{ bytes: number; pages: PageSeen[]; roomId: string; open: boolean }>;
  bytesByKind: Record<string, number>;
  refusals: Record<string, number>;
  sent: Record<"reactions" | "hands" | "questions" | "votes" | "arrivals" | "departures", number>;
  /** Rooms the passers-by were seated in, and how many of their joins failed. */
  passerRooms: string[];
  passerFailures: number;
}

interface Member {
  bot: ThinStageBot;
  index: number;
  raiser: boolean;
  handDownAt: number | null;
  voted: Set<string>;
  burstFor: number | null;
}

const members: Member[] = [];
let questionIds: string[] = [];
let since = performance.now();
const noneSent = (): LaunchBotsReport["sent"] => ({ reactions: 0, hands: 0, questions: 0, votes: 0, arrivals: 0, departures: 0 });
let sent = noneSent();
const passerRooms = new Set<string>();
let passerFailures = 0;
let stopping = false;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const chance = (perMinute: number) => Math.random() < (perMinute / 60_000) * TICK_MS;
const someReaction = (): ReactionKind => REACTION_KINDS[Math.floor(Math.random() * REACTION_KINDS.length)]!;
const QUESTIONS = [
  "When does it ship?", "Will there be an API?", "How much does it cost?", "Does it work offline?",
  "Can we try it in our workshop?", "What about data privacy?", "Which languages are supported?",
];

async function start(m: LaunchBotsStart): Promise<void> {
  let failures = 0;
  for (let i = 0; i < m.count; i++) {
    try {
      const bot = new ThinStageBot(m.url);
      await bot.join(await guestToken(m.url), m.eventId);
      members.push({ bot, index: m.firstIndex + i, raiser: Math.random() < AUDIENCE_RATES.handRaisers, handDownAt: null, voted: new Set(), burstFor: null });
    } catch (e) {
      failures++;
      console.error(`audience bot ${m.firstIndex + i} could not join: ${(e as Error).message}`);
    }
    await sleep(1000 / m.joinRate);
  }
  process.send!({ type: "joined", joined: members.length, failures });
  for (let i = 0; i < m.passersBy; i++) void passBy(m.url, m.eventId, Math.random() * 10_000);
}

/** Someone who comes in, stays a little and leaves, then someone else, until the bench stops. */
async function passBy(url: string, eventId: string, firstDelayMs: number): Promise<void> {
  await sleep(firstDelayMs);
  while (!stopping) {
    const bot = new ThinStageBot(url);
    try {
      await bot.join(await guestToken(url), eventId);
      passerRooms.add(bot.roomId);
      sent.arrivals++;
    } catch (e) {
      if (stopping) return;
      passerFailures++;
      console.error(`a passer-by could not join: ${(e as Error).message}`);
    }
    await sleep(10_000 + Math.random() * 20_000);
    bot.close();
    sent.departures++;
    await sleep(1000 + Math.random() * 2000);
  }
}

async function burst(bot: ThinStageBot, delayMs: number): Promise<void> {
  await sleep(delayMs);
  for (let k = 0; k < BURST; k++) {
    bot.react(Math.random() < 0.7 ? "applause" : someReaction());
    sent.reactions++;
    await sleep(250);
  }
}

setInterval(() => {
  const now = Date.now();
  for (const m of members) {
    const { bot } = m;
    const endsAt = bot.countdownEndsAt;
    if (endsAt !== null && endsAt !== m.burstFor && endsAt > now - 5000) {
      m.burstFor = endsAt;
      void burst(bot, Math.max(0, endsAt - now) + Math.random() * 1500);
    }
    if (chance(AUDIENCE_RATES.reactions)) { bot.react(someReaction()); sent.reactions++; }
    if (m.raiser && m.handDownAt === null && chance(AUDIENCE_RATES.handsUpPerMinute)) {
      bot.hand(true);
      sent.hands++;
      m.handDownAt = now + 10_000 + Math.random() * 20_000;
    } else if (m.handDownAt !== null && now >= m.handDownAt) {
      bot.hand(false);
      sent.hands++;
      m.handDownAt = null;
    }
    if (chance(AUDIENCE_RATES.questions)) {
      bot.ask(`${QUESTIONS[m.index % QUESTIONS.length]} (#${m.index})`);
      sent.questions++;
    }
    if (questionIds.length && chance(AUDIENCE_RATES.votes)) {
      const id = questionIds[Math.floor(Math.random() * questionIds.length)]!;
      if (!m.voted.has(id)) {
        m.voted.add(id);
        bot.vote(id);
        sent.votes++;
      }
    }
  }
}, TICK_MS);

const sum = (maps: Array<Map<string, number>>): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const map of maps) for (const [k, v] of map) out[k] = (out[k] ?? 0) + v;
  return out;
};

type Command = LaunchBotsStart | { type: "questions"; ids: string[] } | { type: "reset" | "report" | "stop" };
process.on("message", (m: Command) => {
  if (m.type === "start") void start(m);
  else if (m.type === "questions") questionIds = m.ids;
  else if (m.type === "reset") {
    for (const { bot } of members) bot.reset();
    sent = noneSent();
    since = performance.now();
    process.send!({ type: "reset-done" });
  } else if (m.type === "report") {
    const report: LaunchBotsReport = {
      type: "report",
      seconds: (performance.now() - since) / 1000,
      bots: members.map(({ bot }) => ({ bytes: bot.bytes, pages: bot.pages, roomId: bot.roomId, open: bot.open })),
      bytesByKind: sum(members.map(({ bot }) => bot.bytesByKind)),
      refusals: sum(members.map(({ bot }) => bot.refusals)),
      sent,
      passerRooms: [...passerRooms],
      passerFailures,
    };
    process.send!(report);
  } else if (m.type === "stop") {
    stopping = true;
    for (const { bot } of members) bot.close();
    setTimeout(() => process.exit(0), 200);
  }
});

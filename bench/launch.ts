// npm run bench:launch: a live launch in the hall, at 50 and at 500 audience members in the same run.
// One presenter (a full SDK client, the event's host) turns a slide every 2 s and starts a countdown
// to the reveal; the audience (thin wire-protocol bots in child processes) reacts, raises hands, asks
// and upvotes questions at human rates. Prints per-client downstream bytes, the server's patch
// times, CPU and event-loop delay, and how long each slide change takes to reach the last audience
// member; writes the figures to bench/out/.
import { Client, type Room } from "@colyseus/sdk";
import { type ChildProcess, fork } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Session } from "../shared/protocol/http.ts";
import { ROOM_STAGE } from "../shared/protocol/rooms.ts";
import {
  MSG_S_COUNTDOWN, MSG_S_PAGE, MSG_S_REACTIONS, MSG_S_REFUSED, MSG_S_SLIDES, MSG_S_STAGE, type StageRefusal, type StageView,
} from "../shared/protocol/stageMessages.ts";
import { PROTOCOL_VERSION } from "../shared/protocol/version.ts";
import { StageState } from "../shared/schema/stage.ts";
import { startEmbeddedPostgres } from "../server/db/embeddedPostgres.ts";
import { createPool, type Db } from "../server/db/pool.ts";
import { freePort } from "../server/freePort.ts";
import { createLogger } from "../server/logger.ts";
import { nextMessage } from "./childMessage.ts";
import type { LaunchBotsReport, LaunchBotsStart } from "./launchBots.ts";
import type { LaunchServerFigures } from "./launchServer.ts";
import { quantile } from "./quantile.ts";
import { type PageTurn, slideLatencies } from "./slideLatency.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "50,500" },
    processes: { type: "string", default: "4" },
    settle: { type: "string", default: "5" },
    measure: { type: "string", default: "40" },
    turn: { type: "string", default: "2" },
    pages: { type: "string", default: "30" },
    /** Passers-by per audience member: they come and go all the time, unmeasured. */
    churn: { type: "string", default: "0.05" },
  },
});
const sizes = values.sizes.split(",").map(Number);
const processes = Number(values.processes);
const turnMs = Number(values.turn) * 1000;
const pageCount = Number(values.pages);
const COUNTDOWN_SECONDS = 5;

const here = path.dirname(new URL(import.meta.url).pathname);
const outDir = path.join(here, "out");
fs.mkdirSync(outDir, { recursive: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "enclave-bench-launch-"));
const pg = await startEmbeddedPostgres(dataDir, createLogger("warn"));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A 1×1 PNG: slide pages only need to exist for the room to accept the deck. */
const PAGE_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

interface Row {
  size: number;
  joined: number;
  failures: number;
  passerFailures: number;
  /** Instances of the hall the audience landed in (1 when nobody overflowed), and what the presenter's state said. */
  rooms: number;
  instance: number;
  watching: number;
  server: LaunchServerFigures;
  bytesPerSecondP50: number;
  bytesPerSecondP95: number;
  /** Per client per second, by what carried the bytes. */
  bytesByKind: Record<string, number>;
  turns: number;
  toLastP50: number;
  toLastP99: number;
  toLastMax: number;
  allP50: number;
  allP99: number;
  missed: number;
  closed: number;
  sent: LaunchBotsReport["sent"];
  refusals: Record<string, number>;
  presenterRefusals: string[];
}

/** The event, its host and a deck, written straight into the database (the bench measures the hall, not the forms). */
async function prepareEvent(db: Db, url: string, size: number): Promise<{ eventId: string; deckId: string; hostToken: string }> {
  const res = await fetch(`${url}/api/auth/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: `presenter${size}x${crypto.randomBytes(3).toString("hex")}`, displayName: "Presenter", password: "password1" }),
  });
  if (!res.ok) throw new Error(`register failed: ${res.status} ${await res.text()}`);
  const host = (await res.json()) as Session;
  const park = await db.query<{ id: string }>("SELECT id FROM parks ORDER BY id LIMIT 1");
  const event = await db.query<{ id: string }>(
    `INSERT INTO events (park_id, kind, title, starts_at, ends_at, venue, status, created_by)
     VALUES ($1, 'launch', $2, now() - interval '1 minute', now() + interval '2 hours', 'launch-hall', 'approved', $3) RETURNING id`,
    [park.rows[0]!.id, `Bench launch for ${size}`, host.user.id],
  );
  const eventId = event.rows[0]!.id;
  await db.query("INSERT INTO event_people (event_id, user_id, role) VALUES ($1, $2, 'host')", [eventId, host.user.id]);
  const sha = crypto.createHash("sha256").update(PAGE_PNG).digest("hex");
  const pages = await db.query<{ id: string }>(
    `INSERT INTO images (uploaded_by, content_type, width, height, bytes, sha256)
     SELECT $1, 'image/png', 1, 1, $2, $3 FROM generate_series(1, $4) RETURNING id`,
    [host.user.id, PAGE_PNG, sha, pageCount],
  );
  const deck = await db.query<{ id: string }>(
    "INSERT INTO event_decks (event_id, title, page_ids, created_by) VALUES ($1, 'Keynote', $2::uuid[], $3) RETURNING id",
    [eventId, pages.rows.map((r) => r.id), host.user.id],
  );
  return { eventId, deckId: deck.rows[0]!.id, hostToken: host.token };
}

async function run(size: number): Promise<Row> {
  const port = await freePort();
  const server = fork(path.join(here, "launchServer.ts"), [], {
    // BENCH_CPU_PROF=1 writes a V8 CPU profile of the server process into bench/out/.
    execArgv: process.env.BENCH_CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", outDir] : [],
    env: {
      ...process.env, PORT: String(port), DATABASE_URL: pg.url, DATA_DIR: dataDir, LOG_LEVEL: "warn", DEMO_DATA: "off",
      TOKEN_SECRET: crypto.randomBytes(32).toString("hex"),
    },
  });
  await nextMessage(server, "ready", 120_000);
  const url = `http://127.0.0.1:${port}`;
  const db = createPool(pg.url);
  const botProcs: ChildProcess[] = [];
  try {
    const { eventId, deckId, hostToken } = await prepareEvent(db, url, size);

    // The presenter comes first and puts the deck on the screen.
    const client = new Client(url);
    client.auth.token = hostToken;
    const room: Room<unknown, StageState> = await client.joinOrCreate(ROOM_STAGE, { eventId, protocol: PROTOCOL_VERSION }, StageState);
    const presenterRefusals: string[] = [];
    let shown: StageView | null = null;
    room.onMessage(MSG_S_STAGE, (v: StageView) => { shown = v; });
    room.onMessage(MSG_S_REFUSED, (r: StageRefusal) => { presenterRefusals.push(`${r.action}: ${r.reason}`); });
    room.onMessage(MSG_S_REACTIONS, () => {}); // the presenter's screen would draw them; the bench needs not
    room.send(MSG_S_SLIDES, { deckId, page: 0 });
    for (let i = 0; i < 50 && (shown as StageView | null)?.deck?.id !== deckId; i++) await sleep(100);
    if ((shown as StageView | null)?.deck?.id !== deckId) throw new Error(`the deck did not reach the screen: ${presenterRefusals.join("; ") || "no answer"}`);

    const starts: Array<Promise<Record<string, unknown>>> = [];
    let firstIndex = 0;
    for (let i = 0; i < processes; i++) {
      const child = fork(path.join(here, "launchBots.ts"), [], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
      botProcs.push(child);
      const count = Math.floor(size / processes) + (i < size % processes ? 1 : 0);
      const passers = Math.round(size * Number(values.churn));
      const passersBy = Math.floor(passers / processes) + (i < passers % processes ? 1 : 0);
      const start: LaunchBotsStart = { type: "start", url, eventId, count, joinRate: Math.max(10, 120 / processes), firstIndex, passersBy };
      firstIndex += count;
      starts.push(nextMessage(child, "joined"));
      child.send(start);
    }
    const joinedMessages = await Promise.all(starts);
    const joined = joinedMessages.reduce((n, m) => n + (m.joined as number), 0);
    const failures = joinedMessages.reduce((n, m) => n + (m.failures as number), 0);

    // Questions the audience asked, so bots can upvote them (thin bots do not decode the state).
    const pollQuestions = setInterval(() => {
      void db.query<{ id: string }>("SELECT id FROM event_questions WHERE event_id = $1 AND status IN ('open', 'on-screen')", [eventId])
        .then(({ rows }) => { for (const c of botProcs) c.send({ type: "questions", ids: rows.map((r) => r.id) }); });
    }, 2000);
    await sleep(Number(values.settle) * 1000);

    const resets = [server, ...botProcs].map((c) => nextMessage(c, "reset-done"));
    for (const c of [server, ...botProcs]) c.send({ type: "reset" });
    await Promise.all(resets);

    // Page turns every turnMs through the window, and a countdown to the reveal 40% of the way in.
    const turns: PageTurn[] = [];
    const measureMs = Number(values.measure) * 1000;
    const began = Date.now();
    let page = 0;
    let countdownSent = false;
    while (Date.now() - began < measureMs) {
      await sleep(turnMs - ((Date.now() - began) % turnMs));
      if (Date.now() - began >= measureMs) break;
      page = (page + 1) % pageCount;
      turns.push({ page, sentAt: Date.now() });
      room.send(MSG_S_PAGE, { page });
      if (!countdownSent && Date.now() - began > measureMs * 0.4) {
        countdownSent = true;
        await sleep(turnMs / 2);
        room.send(MSG_S_COUNTDOWN, { seconds: COUNTDOWN_SECONDS });
      }
    }
    clearInterval(pollQuestions);
    await sleep(Math.min(1000, turnMs / 2)); // the last turn's delivery

    const figuresP = nextMessage(server, "figures");
    const reportsP = botProcs.map((c) => nextMessage(c, "report"));
    server.send({ type: "figures" });
    for (const c of botProcs) c.send({ type: "report" });
    const figures = (await figuresP).figures as LaunchServerFigures;
    const reports = (await Promise.all(reportsP)) as unknown as LaunchBotsReport[];
    const instance = room.state.instance;
    const watching = room.state.watching;
    await room.leave();

    const bots = reports.flatMap((r) => r.bots.map((b) => ({ ...b, seconds: r.seconds })));
    const seconds = reports[0]?.seconds ?? 1;
    const perClient = bots.map((b) => b.bytes / b.seconds);
    const bytesByKind: Record<string, number> = {};
    const refusals: Record<string, number> = {};
    const sent: LaunchBotsReport["sent"] = { reactions: 0, hands: 0, questions: 0, votes: 0, arrivals: 0, departures: 0 };
    for (const r of reports) {
      for (const [k, v] of Object.entries(r.bytesByKind)) bytesByKind[k] = (bytesByKind[k] ?? 0) + v / Math.max(1, bots.length) / seconds;
      for (const [k, v] of Object.entries(r.refusals)) refusals[k] = (refusals[k] ?? 0) + v;
      for (const k of Object.keys(sent) as Array<keyof typeof sent>) sent[k] += r.sent[k];
    }
    const lat = slideLatencies(turns, bots.map((b) => b.pages));
    return {
      size, joined, failures,
      rooms: new Set([room.roomId, ...bots.map((b) => b.roomId), ...reports.flatMap((r) => r.passerRooms)]).size,
      passerFailures: reports.reduce((n, r) => n + r.passerFailures, 0),
      instance, watching,
      server: figures,
      bytesPerSecondP50: quantile(perClient, 0.5),
      bytesPerSecondP95: quantile(perClient, 0.95),
      bytesByKind,
      turns: turns.length,
      toLastP50: quantile(lat.toLast, 0.5), toLastP99: quantile(lat.toLast, 0.99), toLastMax: Math.max(0, ...lat.toLast),
      allP50: quantile(lat.all, 0.5), allP99: quantile(lat.all, 0.99),
      missed: lat.missed,
      closed: bots.filter((b) => !b.open).length,
      sent, refusals, presenterRefusals,
    };
  } finally {
    for (const c of botProcs) c.send({ type: "stop" });
    server.send({ type: "stop" });
    await Promise.all([server, ...botProcs].map((c) => new Promise((r) => (c.exitCode !== null ? r(0) : c.once("exit", r)))));
    await db.end();
  }
}

const fmt = (n: number, d = 1) => n.toFixed(d);
const rows: Row[] = [];
let failed = false;
try {
  console.log(`Enclave launch hall benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}`);
  console.log("audience joined rooms inst watching  cpu%  eld.p99  patch p50/p99/max ms  KB/s per client p50/p95  slide→last p50/p99/max ms  slide→each p50/p99  missed closed");
  for (const size of sizes) {
    const r = await run(size);
    rows.push(r);
    console.log([
      String(size).padStart(8), String(r.joined).padStart(6), String(r.rooms).padStart(5), String(r.instance).padStart(4),
      String(r.watching).padStart(8), fmt(r.server.cpuPercent).padStart(5), fmt(r.server.eventLoopP99Ms).padStart(8),
      `${fmt(r.server.patch.p50, 2)}/${fmt(r.server.patch.p99, 2)}/${fmt(r.server.patch.max, 1)}`.padStart(20),
      `${fmt(r.bytesPerSecondP50 / 1024, 2)}/${fmt(r.bytesPerSecondP95 / 1024, 2)}`.padStart(24),
      `${r.toLastP50}/${r.toLastP99}/${r.toLastMax}`.padStart(26),
      `${r.allP50}/${r.allP99}`.padStart(19), String(r.missed).padStart(7), String(r.closed).padStart(6),
    ].join(" "));
    const kinds = Object.entries(r.bytesByKind).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${fmt(v)}`).join(", ");
    console.log(`         bytes/s per client by kind: ${kinds}`);
    console.log(`         the audience sent ${r.sent.reactions} reactions, ${r.sent.hands} hand changes, ${r.sent.questions} questions, ${r.sent.votes} votes in ${r.turns * turnMs / 1000} s; ` +
      `${r.sent.arrivals} passers-by came and ${r.sent.departures} left` +
      `${Object.keys(r.refusals).length ? `; refused: ${Object.entries(r.refusals).map(([k, v]) => `${k} ×${v}`).join(", ")}` : ""}` +
      `${r.presenterRefusals.length ? `; presenter refused: ${r.presenterRefusals.join(", ")}` : ""}`);
    if (r.rooms !== 1 || r.instance !== 1 || r.joined !== size || r.failures + r.passerFailures > 0 || r.missed > 0 || r.closed > 0) {
      failed = true;
      console.log(`         PROBLEM: expected every join to succeed, everyone in one instance, every slide delivered, no socket closed`);
    }
  }
  const small = rows[0];
  const large = rows[rows.length - 1];
  if (small && large && small !== large) {
    console.log(`per-client bytes at ${large.size} are ${fmt(large.bytesPerSecondP50 / small.bytesPerSecondP50, 2)}× those at ${small.size} (median; p95 ${fmt(large.bytesPerSecondP95 / small.bytesPerSecondP95, 2)}×; target ≤ 1.5×); ` +
      `slide change to the last of ${large.size}: p99 ${large.toLastP99} ms (target < 250 ms)`);
  }
  const file = path.join(outDir, `launch-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(file, JSON.stringify({ machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version }, options: values, rows }, null, 2));
  console.log(`figures written to ${path.relative(process.cwd(), file)}`);
} finally {
  await pg.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

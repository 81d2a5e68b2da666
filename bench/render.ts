// npm run bench:render: the real park page in headless Chromium (software WebGL) with 10, 200 and
// 1000 avatars walking around the viewer on the plaza, every one of them in view and drawn. Prints
// draw calls, triangles and CPU milliseconds inside gl.render() per frame, and the gzipped
// JavaScript the park and landing pages load. Exits non-zero when a target is missed. See bench/README.md.
import { type ChildProcess, execFileSync, fork } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "playwright-core";
import type { ParkLayout } from "../shared/protocol/parkLayout.ts";
import type { RenderProbeApi, RenderSample } from "../client/world/RenderProbe.tsx";
import { bootEnclave, type Running } from "../server/boot.ts";
import { startEmbeddedPostgres, type RunningPostgres } from "../server/db/embeddedPostgres.ts";
import { freePort } from "../server/freePort.ts";
import { createLogger } from "../server/logger.ts";
import type { BotProcessStart } from "./botProcess.ts";
import { nextMessage, type ChildMessage } from "./childMessage.ts";
import { quantile } from "./quantile.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "10,200,1000" },
    frames: { type: "string", default: "60" },
    settle: { type: "string", default: "5" },
  },
});
const sizes = values.sizes.split(",").map(Number).sort((a, b) => a - b);
const FRAMES = Number(values.frames);
const BOTS_PER_PROCESS = 250;
const DRAW_CALL_RATIO_TARGET = 1.2;
const PARK_JS_TARGET_KB = 450;
/** The bots keep to this circle around the plaza spawn point, where the viewer stands (see main). */
const WANDER_RADIUS = 14;
/** Measuring starts once the page draws this share of the bots. */
const DRAWN_SHARE = 0.95;
const FLAGS = [
  "--no-sandbox", "--use-gl=angle", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
  "--disable-default-apps", "--disable-extensions",
];

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const here = path.join(root, "bench");
const clientDir = path.join(root, "dist", "client");
const outDir = path.join(here, "out");
fs.mkdirSync(outDir, { recursive: true });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
if (!fs.existsSync(path.join(clientDir, "index.html"))) {
  console.log("building the client (dist/client is missing)…");
  execFileSync("npx", ["vite", "build"], { cwd: root, stdio: "inherit" });
}

interface Row { size: number; online: number; drawn: number; frames: number; callsP50: number; callsMax: number; trianglesP50: number; msP50: number; msP95: number }
interface JsFigures { files: number; rawKb: number; gzipKb: number }

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "enclave-render-"));
const log = createLogger("warn");
const botProcs: ChildProcess[] = [];
let pg: RunningPostgres | undefined;
let server: Running | undefined;
let browser: Browser | undefined;

/** JavaScript the page loaded, from the responses the browser saw; each file gzipped as a server would send it. */
function watchScripts(page: Page): () => Promise<JsFigures> {
  const bodies = new Map<string, Promise<Buffer>>();
  page.on("response", (res) => {
    const url = res.url();
    if (res.request().resourceType() === "script" || new URL(url).pathname.endsWith(".js")) {
      if (!bodies.has(url)) bodies.set(url, res.body());
    }
  });
  return async () => {
    const files = await Promise.all(bodies.values());
    return {
      files: files.length,
      rawKb: files.reduce((n, b) => n + b.length, 0) / 1024,
      gzipKb: files.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) / 1024,
    };
  };
}

async function addBots(url: string, layout: ParkLayout, count: number, wander: BotProcessStart["wander"]): Promise<number> {
  const processes = Math.max(1, Math.ceil(count / BOTS_PER_PROCESS));
  const starts: Array<Promise<ChildMessage>> = [];
  for (let i = 0; i < processes; i++) {
    const child = fork(path.join(here, "botProcess.ts"), [], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
    botProcs.push(child);
    const start: BotProcessStart = {
      type: "start", url, roomName: "park", layout, kind: "thin",
      count: Math.floor(count / processes) + (i < count % processes ? 1 : 0),
      joinRate: Math.max(25, 100 / processes),
      wander,
    };
    starts.push(nextMessage(child, "joined"));
    child.send(start);
  }
  return (await Promise.all(starts)).reduce((n, m) => n + (m.joined as number), 0);
}

/** Avatars the page draws: instances of the body mesh (client/world/avatars/Avatars.tsx). */
function countDrawn(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    (window as unknown as { __enclaveRender: RenderProbeApi }).__enclaveRender.scene.traverse((o) => {
      if ("isInstancedMesh" in o && "count" in o && "geometry" in o && (o.geometry as { type: string }).type === "CapsuleGeometry") n += o.count as number;
    });
    return n;
  });
}

async function measure(page: Page): Promise<RenderSample[]> {
  await page.evaluate(() => (window as unknown as { __enclaveRender: RenderProbeApi }).__enclaveRender.reset());
  await page.waitForFunction(
    (n) => (window as unknown as { __enclaveRender: RenderProbeApi }).__enclaveRender.samples.length >= n,
    FRAMES, { timeout: 300_000, polling: 250 },
  );
  return page.evaluate(() => (window as unknown as { __enclaveRender: RenderProbeApi }).__enclaveRender.samples.slice());
}

async function main(): Promise<boolean> {
  pg = await startEmbeddedPostgres(dataDir, log);
  const port = await freePort();
  server = await bootEnclave(
    { PORT: port, DATABASE_URL: pg.url, DATA_DIR: dataDir, TOKEN_SECRET: crypto.randomBytes(32).toString("hex"), LOG_LEVEL: "warn", DEMO_DATA: "off", TELEMETRY_RETENTION_DAYS: 400 },
    log, { clientDir },
  );
  const url = `http://127.0.0.1:${server.port}`;
  const home = ((await (await fetch(`${url}/api/parks/home`)).json()) as { layout: ParkLayout }).layout;
  // Bots arrive at the first spawn point (the plaza's `main`), where the page's guest arrives too,
  // and wander only within WANDER_RADIUS of it (bench/walker.ts). The server sends each client the
  // people in its 3 × 3 interest cells of INTEREST_CELL_SIZE m around it; the viewer stands within
  // 3 m of the spawn point, so a 14 m circle keeps every bot in those cells, and every one is drawn.
  const spawn = home.spawnPoints[0]!;
  const layout: ParkLayout = { ...home, spawnPoints: [spawn] };
  const wander = { x: spawn.x, z: spawn.z, radius: WANDER_RADIUS };

  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: FLAGS });
  const contextOptions = { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, locale: "en-US" };

  // Landing page: a fresh visitor's first load.
  const landingContext = await browser.newContext(contextOptions);
  const landingPage = await landingContext.newPage();
  const landingJs = watchScripts(landingPage);
  await landingPage.goto(url, { waitUntil: "networkidle" });
  const landing = await landingJs();
  await landingContext.close();

  // Park page, entered directly as a guest: the session is put where client/state/session.ts keeps it.
  const res = await fetch(`${url}/api/auth/guest`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
  if (!res.ok) throw new Error(`guest entry failed: ${res.status} ${await res.text()}`);
  const session = await res.text();
  const context = await browser.newContext(contextOptions);
  await context.addInitScript((s) => {
    localStorage.setItem("enclave.session", s);
    localStorage.setItem("enclave.language", "en");
  }, session);
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
  const parkJs = watchScripts(page);
  await page.goto(`${url}/park/home?probe=1`, { waitUntil: "networkidle" });
  await page.waitForFunction(() => "__enclaveRender" in window, undefined, { timeout: 60_000 });
  const park = await parkJs();

  const rows: Row[] = [];
  let bots = 0;
  for (const size of sizes) {
    bots += await addBots(url, layout, size - bots, wander);
    await page.waitForFunction(
      (n) => Number(document.querySelector("[data-testid=online-count]")?.getAttribute("data-online") ?? 0) >= n,
      bots, { timeout: 120_000, polling: 500 },
    );
    // The online count includes the viewer; wait until the page draws nearly all the bots.
    const want = Math.floor(bots * DRAWN_SHARE);
    for (const until = Date.now() + 120_000; (await countDrawn(page)) < want;) {
      if (Date.now() > until) throw new Error(`the page draws ${await countDrawn(page)} avatars, not ${want} of ${bots} bots, after 120 s`);
      await sleep(500);
    }
    await sleep(Number(values.settle) * 1000);
    const samples = await measure(page);
    const online = Number(await page.getAttribute("[data-testid=online-count]", "data-online"));
    const drawn = await countDrawn(page);
    rows.push({
      size, online, drawn, frames: samples.length,
      callsP50: quantile(samples.map((s) => s.calls), 0.5),
      callsMax: Math.max(...samples.map((s) => s.calls)),
      trianglesP50: quantile(samples.map((s) => s.triangles), 0.5),
      msP50: quantile(samples.map((s) => s.ms), 0.5),
      msP95: quantile(samples.map((s) => s.ms), 0.95),
    });
    const r = rows[rows.length - 1]!;
    console.log(`${String(size).padStart(5)} avatars (online ${r.online}, drawn ${r.drawn}): draw calls ${r.callsP50} (max ${r.callsMax}), ` +
      `triangles ${r.trianglesP50}, gl.render ${r.msP50.toFixed(2)} ms p50 / ${r.msP95.toFixed(2)} ms p95 over ${r.frames} frames`);
    if (size === sizes[sizes.length - 1]) await page.screenshot({ path: path.join(outDir, `render-${size}.png`) });
  }
  await context.close();

  const fmtKb = (j: JsFigures) => `${j.gzipKb.toFixed(1)} KB gzipped (${j.rawKb.toFixed(1)} KB raw, ${j.files} files)`;
  console.log(`\nJavaScript, park route /park/home: ${fmtKb(park)}`);
  console.log(`JavaScript, landing page /:       ${fmtKb(landing)}`);

  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const ratio = last.callsP50 / first.callsP50;
  const callsOk = ratio <= DRAW_CALL_RATIO_TARGET;
  const jsOk = park.gzipKb <= PARK_JS_TARGET_KB;
  console.log(`\nTarget: draw calls at ${last.size} avatars ≤ ${DRAW_CALL_RATIO_TARGET}× those at ${first.size}: ` +
    `${last.callsP50} / ${first.callsP50} = ${ratio.toFixed(2)}× — ${callsOk ? "MET" : "MISSED"}`);
  console.log(`Target: park route initial JS ≤ ${PARK_JS_TARGET_KB} KB gzipped: ${park.gzipKb.toFixed(1)} KB — ${jsOk ? "MET" : "MISSED"}`);

  const file = path.join(outDir, `render-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(file, JSON.stringify({
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, browser: browser.version() },
    rows, js: { park, landing }, targets: { callsRatio: ratio, callsOk, jsOk },
  }, null, 2));
  console.log(`figures written to ${path.relative(process.cwd(), file)}`);
  return callsOk && jsOk;
}

let ok = false;
try {
  console.log(`Enclave render benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}`);
  ok = await main();
} catch (e) {
  console.error(e);
} finally {
  await browser?.close().catch(() => {});
  for (const c of botProcs) if (c.exitCode === null) c.send({ type: "stop" });
  await Promise.all(botProcs.map((c) => Promise.race([
    new Promise((r) => (c.exitCode !== null ? r(0) : c.once("exit", r))),
    sleep(5000).then(() => c.kill("SIGKILL")),
  ])));
  await server?.stop().catch((e: unknown) => console.error(e));
  await pg?.stop().catch((e: unknown) => console.error(e));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);

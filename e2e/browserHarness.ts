import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect } from "vitest";
import { startTestServer, type TestServer } from "../server/testing/testServer.ts";

/** What a browser test needs: the built client served by the real server, and Chromium. */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const CLIENT_DIR = path.join(ROOT, "dist/client");
export const SCREENSHOTS = path.join(ROOT, "e2e/screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags that give headless Chromium working WebGL on a machine without a GPU (notes/client-stack.md). */
const CHROMIUM_ARGS = [
  "--no-sandbox", "--use-gl=angle", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
  "--disable-default-apps", "--disable-extensions",
];

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the client when there is no build, or when its sources changed since (a stale build tests old code). */
function ensureClientBuilt(): void {
  const index = path.join(CLIENT_DIR, "index.html");
  const sources = Math.max(newestIn(path.join(ROOT, "client")), newestIn(path.join(ROOT, "shared")));
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources) return;
  // vitest sets NODE_ENV=test, which would make Vite build a development client.
  const build = spawnSync("npx", ["vite", "build"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NODE_ENV: "production" } });
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
}

export interface Harness {
  server: TestServer;
  browser: Browser;
  /** Uncaught page errors, console errors and requests to other hosts, from every page. */
  problems: string[];
  openPage(locale: string): Promise<Page>;
  close(): Promise<void>;
}

/** Starts the server and Chromium; a missing Chromium fails the test with how to install one. */
export async function startHarness(): Promise<Harness> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: this test needs a real browser. Install one with ` +
      "`apt-get install -y chromium` or point CHROMIUM_PATH at an existing Chromium binary.");
  }
  ensureClientBuilt();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startTestServer({ clientDir: CLIENT_DIR });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  return {
    server, browser, problems,
    async openPage(locale) {
      const context = await browser.newContext({ locale, viewport: { width: 1366, height: 820 }, deviceScaleFactor: 1 });
      contexts.push(context);
      const page = await context.newPage();
      page.on("pageerror", (e) => problems.push(`[${locale}] page error: ${e.message}`));
      page.on("console", (m) => { if (m.type() === "error") problems.push(`[${locale}] console error: ${m.text()}`); });
      page.on("request", (r) => {
        const url = r.url();
        if (!url.startsWith(server.url) && !url.startsWith(server.url.replace("http", "ws")) && !/^(data|blob):/.test(url)) {
          problems.push(`[${locale}] request to another host: ${url}`);
        }
      });
      return page;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await server.stop();
    },
  };
}

/** Software WebGL on a busy machine is slow: give every page condition time to come true. */
export const poll = <T,>(read: () => Promise<T> | T, timeout = 30_000) => expect.poll(read, { timeout, interval: 100 });

/** Chinese glyphs come in font subsets fetched as text needs them: wait for them before the picture. */
export async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.evaluate(async () => { await document.fonts.ready; });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), timeout: 30_000, fullPage });
}

/** Your position as the server last sent it, from the minimap. */
export async function selfPosition(page: Page): Promise<{ x: number; z: number }> {
  const map = page.getByTestId("minimap");
  await poll(() => map.getAttribute("data-self-x")).not.toBeNull();
  return { x: Number(await map.getAttribute("data-self-x")), z: Number(await map.getAttribute("data-self-z")) };
}

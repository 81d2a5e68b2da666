import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect } from "vitest";
import { startTestServer, type TestServer } from "../server/testing/testServer.ts";
import { CLIENT_DIR } from "./clientBuild.ts";

/** What a browser test needs: the client (built by the global setup) served by the real server, and Chromium. */
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SCREENSHOTS = path.join(ROOT, "e2e/screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags that give headless Chromium working WebGL on a machine without a GPU (notes/client-stack.md). */
const CHROMIUM_ARGS = [
  "--no-sandbox", "--use-gl=angle", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
  "--disable-default-apps", "--disable-extensions",
];

export interface Harness {
  server: TestServer;
  browser: Browser;
  /** Uncaught page errors, console errors, failed requests and requests to other hosts, from every page. */
  problems: string[];
  /** While a test cuts the network on purpose, failed requests and console errors are expected. */
  networkCut: boolean;
  openPage(locale: string): Promise<Page>;
  /** For onTestFailed: print the problems and take a picture of every open page. */
  reportFailure(prefix: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the server and Chromium; a missing Chromium fails the test with how to install one.
 * `telemetryFlushMs`: park rooms write their telemetry this often, so a test sees it within seconds.
 */
export async function startHarness(options: { telemetryFlushMs?: number } = {}): Promise<Harness> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: this test needs a real browser. Install one with ` +
      "`apt-get install -y chromium` or point CHROMIUM_PATH at an existing Chromium binary.");
  }
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startTestServer({ clientDir: CLIENT_DIR, telemetryFlushMs: options.telemetryFlushMs });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  const harness: Harness = {
    server, browser, problems, networkCut: false,
    async openPage(locale) {
      const context = await browser.newContext({ locale, viewport: { width: 1366, height: 820 }, deviceScaleFactor: 1 });
      contexts.push(context);
      const page = await context.newPage();
      const problem = (text: string) => { if (!harness.networkCut) problems.push(text); };
      // Page errors count even while the network is cut: a drop must never break the page.
      page.on("pageerror", (e) => problems.push(`[${locale}] page error: ${e.message}`));
      page.on("console", (m) => { if (m.type() === "error") problem(`[${locale}] console error: ${m.text()}`); });
      page.on("requestfailed", (r) => {
        const why = r.failure()?.errorText ?? "";
        // Cancelled by the page itself (it navigated on while a font subset or picture was loading): nothing failed.
        if (why === "net::ERR_ABORTED") return;
        problem(`[${locale}] request failed: ${r.url()} ${why}`);
      });
      page.on("request", (r) => {
        const url = r.url();
        if (!url.startsWith(server.url) && !url.startsWith(server.url.replace("http", "ws")) && !/^(data|blob):/.test(url)) {
          problems.push(`[${locale}] request to another host: ${url}`);
        }
      });
      return page;
    },
    async reportFailure(prefix) {
      console.error(["problems seen in the pages:", ...problems].join("\n"));
      for (const [i, c] of contexts.entries()) {
        for (const p of c.pages()) await shot(p, `${prefix}-${i}`).catch(() => undefined);
      }
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await server.stop();
    },
  };
  return harness;
}

/** Calls the API as a test's setup does, failing with the answer's body when the status is not the one expected. */
export async function expectApi<T>(h: Harness, method: string, route: string, body: unknown, token: string | undefined, status: number): Promise<T> {
  const res = await h.server.api<T>(method, route, body, token);
  expect(res.status, `${method} ${route}: ${JSON.stringify(res.body)}`).toBe(status);
  return res.body;
}

/** Signs in through the start page's Sign in tab `tab` (fields found by name, so any language works). */
export async function signIn(h: Harness, page: Page, tab: RegExp, username: string, displayName: string, password: string): Promise<void> {
  await page.goto(h.server.url + "/", { waitUntil: "networkidle" });
  await page.getByRole("tab", { name: tab }).click();
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form[role="tabpanel"] button[type="submit"]').click();
  await poll(() => page.getByTestId("session-name").textContent()).toBe(displayName);
}

/** Software WebGL on a busy machine is slow: give every page condition time to come true. */
export const poll = <T,>(read: () => Promise<T> | T, timeout = 30_000) => expect.poll(read, { timeout, interval: 100 });

/** Chinese glyphs come in font subsets fetched as text needs them: wait for them before the picture. */
export async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.evaluate(async () => { await document.fonts.ready; });
  // Finite CSS animations (a bubble fading in) are shown at their end, not caught halfway.
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), timeout: 30_000, fullPage, animations: "disabled" });
}

/** Your position as the server last sent it, from the minimap. */
export async function selfPosition(page: Page): Promise<{ x: number; z: number }> {
  const map = page.getByTestId("minimap");
  await poll(() => map.getAttribute("data-self-x")).not.toBeNull();
  return { x: Number(await map.getAttribute("data-self-x")), z: Number(await map.getAttribute("data-self-z")) };
}

/**
 * Holds `key` until the server has moved you at least `metres`, then lets go. Distance, not time:
 * on a loaded machine ticks run late. Returns where you started.
 */
export async function walkWithKey(page: Page, key: string, metres: number): Promise<{ x: number; z: number }> {
  const from = await selfPosition(page);
  await page.keyboard.down(key);
  await poll(async () => {
    const p = await selfPosition(page);
    return Math.hypot(p.x - from.x, p.z - from.z);
  }).toBeGreaterThan(metres);
  await page.keyboard.up(key);
  return from;
}

/** Goes to `path` inside the running app, as its own links do (no page load), with route state. */
export async function goInApp(page: Page, path: string, state: Record<string, string> = {}): Promise<void> {
  await page.evaluate(([p, st]) => {
    history.pushState(st, "", p as string);
    window.dispatchEvent(new PopStateEvent("popstate", { state: st }));
  }, [path, state] as const);
}

/** Switches the page's language with the header's switch. */
export async function speak(page: Page, lng: "en" | "zh-CN"): Promise<void> {
  await page.locator(`.lang-switch button[lang="${lng}"]`).first().click();
}

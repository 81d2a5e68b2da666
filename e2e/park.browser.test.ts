import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { startTestServer, type TestServer } from "../server/testing/testServer.ts";

/**
 * The client in a real browser against the real server: landing page, guest entry, the park,
 * walking with the keyboard, and a second person arriving. Screenshots of both languages land
 * in e2e/screenshots/ for people to look at.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLIENT_DIR = path.join(ROOT, "dist/client");
const SCREENSHOTS = path.join(ROOT, "e2e/screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags that give headless Chromium working WebGL on a machine without a GPU (notes/client-stack.md). */
const CHROMIUM_ARGS = [
  "--no-sandbox", "--use-gl=angle", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
  "--disable-default-apps", "--disable-extensions",
];

/** The newest modification time among the files under `dir`. */
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

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** Anything that went wrong inside a page: uncaught errors, and requests to hosts other than ours. */
const problems: string[] = [];
/** While a test cuts the network on purpose, failed requests and socket errors are expected. */
let networkCut = false;
const problem = (text: string) => { if (!networkCut) problems.push(text); };

async function openPage(locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1366, height: 820 }, deviceScaleFactor: 1 });
  contexts.push(context);
  const page = await context.newPage();
  // Page errors count even while the network is cut: a drop must never break the page.
  page.on("pageerror", (e) => problems.push(`[${locale}] page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problem(`[${locale}] console error: ${m.text()}`);
  });
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(server.url) && !url.startsWith(server.url.replace("http", "ws")) && !/^(data|blob):/.test(url)) {
      problems.push(`[${locale}] request to another host: ${url}`);
    }
  });
  page.on("requestfailed", (r) => problem(`[${locale}] request failed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
  return page;
}

/** Software WebGL on a busy machine is slow: give every page condition time to come true. */
const poll = <T,>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 100 });

/** Chinese glyphs come in font subsets fetched as text needs them: wait for them before the picture. */
const shot = async (page: Page, name: string, fullPage = false) => {
  await page.evaluate(async () => { await document.fonts.ready; });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), timeout: 30_000, fullPage });
};

async function selfPosition(page: Page): Promise<{ x: number; z: number }> {
  const map = page.getByTestId("minimap");
  await poll(() => map.getAttribute("data-self-x")).not.toBeNull();
  return {
    x: Number(await map.getAttribute("data-self-x")),
    z: Number(await map.getAttribute("data-self-z")),
  };
}

/** Your position once it has stopped changing for a while (it arrives ten times a second while you walk). */
async function settledPosition(page: Page): Promise<{ x: number; z: number }> {
  let last = await selfPosition(page);
  let stableSince = Date.now();
  const deadline = Date.now() + 20_000;
  for (;;) {
    await page.waitForTimeout(250);
    const now = await selfPosition(page);
    if (Math.hypot(now.x - last.x, now.z - last.z) >= 0.01) stableSince = Date.now();
    else if (Date.now() - stableSince >= 1000) return now;
    if (Date.now() > deadline) throw new Error("the avatar never came to rest");
    last = now;
  }
}

const onlineOf = (page: Page) => page.getByTestId("online-count").getAttribute("data-online");

/** Enters as a guest on the landing page and walks into the home park, whatever the language. */
async function enterHomeAsGuest(page: Page, guestButton: RegExp, enterButton: RegExp): Promise<void> {
  await page.getByRole("button", { name: guestButton }).click();
  await page.getByTestId("session-name").waitFor({ timeout: 15_000 });
  await page.locator('[data-park-id="home"]').getByRole("button", { name: enterButton }).click();
  await page.waitForURL(/\/park\/home$/);
  await page.locator(".park-canvas canvas").waitFor({ timeout: 30_000 });
}

describe("the web client in a real browser", () => {
  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(
        `No Chromium at ${CHROMIUM}: this test needs a real browser. Install one with \`apt-get install -y chromium\` ` +
        "or point CHROMIUM_PATH at an existing Chromium binary.",
      );
    }
    ensureClientBuilt();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startTestServer({ clientDir: CLIENT_DIR });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 180_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it("lets a guest enter the park, walk with the keyboard, and see a second person arrive", async () => {
    // When it fails, say what the pages said and show what they looked like.
    onTestFailed(async () => {
      console.error(["problems seen in the pages:", ...problems].join("\n"));
      for (const [i, c] of contexts.entries()) {
        for (const p of c.pages()) await shot(p, `failure-${i}`).catch(() => undefined);
      }
    });
    const en = await openPage("en-US");
    await en.goto(server.url + "/");
    await poll(() => en.locator("h1").textContent()).toBe("Walk into your park.");
    await poll(() => en.locator('[data-park-id="home"] h3').textContent()).toBe("Fengtai Gig Community Park");
    await shot(en, "landing-en", true);

    await enterHomeAsGuest(en, /^Enter as guest$/, /^Enter Fengtai Gig Community Park$/);
    await poll(() => onlineOf(en)).toBe("1");
    await poll(() => en.getByTestId("people-list").locator("li").count()).toBe(1);

    // Walk: hold W until the server has moved us a couple of metres (wall-clock time says little
    // on a loaded machine, where ticks run late), then let go.
    const before = await selfPosition(en);
    await en.keyboard.down("w");
    await poll(async () => {
      const p = await selfPosition(en);
      return Math.hypot(p.x - before.x, p.z - before.z);
    }).toBeGreaterThan(2);
    await en.keyboard.up("w");
    // It stops when the key comes up: the position settles and then stays put.
    const after = await settledPosition(en);
    expect(Math.hypot(after.x - before.x, after.z - before.z)).toBeGreaterThan(2);
    await en.waitForTimeout(1000);
    const rest = await selfPosition(en);
    expect(Math.hypot(rest.x - after.x, rest.z - after.z)).toBeLessThan(0.05);
    await shot(en, "park-en");

    // A second person, whose browser prefers Chinese.
    const zh = await openPage("zh-CN");
    await zh.goto(server.url + "/");
    await poll(() => zh.locator("h1").textContent()).toBe("走进你的园区。");
    await poll(() => zh.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    await shot(zh, "landing-zh", true);

    await enterHomeAsGuest(zh, /^以访客身份进入$/, /^进入丰台零工社区园区$/);
    await poll(() => onlineOf(zh)).toBe("2");
    await poll(() => onlineOf(en)).toBe("2");
    await poll(() => en.getByTestId("people-list").locator("li").count()).toBe(2);
    await poll(() => zh.getByTestId("online-count").textContent()).toBe("在线 2 人");
    await selfPosition(zh);

    // A dropped connection shows the banner, and the SDK brings the same avatar back.
    const enContext = contexts[0]!;
    networkCut = true;
    await enContext.setOffline(true);
    await en.getByTestId("reconnecting-banner").waitFor({ timeout: 15_000 });
    await enContext.setOffline(false);
    await en.getByTestId("reconnecting-banner").waitFor({ state: "detached", timeout: 30_000 });
    networkCut = false;
    await poll(() => onlineOf(en)).toBe("2");
    await poll(() => en.getByTestId("people-list").locator("li").count()).toBe(2);

    // An emote is accepted and the HUD stays up.
    await zh.getByRole("button", { name: "挥手" }).click();
    await zh.waitForTimeout(800);
    await shot(zh, "park-zh");

    // Switching language in the park changes the HUD at once.
    await en.getByRole("button", { name: "中文" }).click();
    await poll(() => en.getByRole("button", { name: "离开园区" }).count()).toBe(1);
    await en.getByRole("button", { name: "English" }).click();

    // Leaving brings the English page back to the start, and the Chinese one sees one person again.
    await en.getByRole("button", { name: "Leave park" }).click();
    await en.waitForURL(server.url + "/");
    await poll(() => onlineOf(zh)).toBe("1");

    expect(problems).toEqual([]);
  }, 180_000);
});

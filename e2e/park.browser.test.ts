import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import type { Page } from "playwright-core";
import { poll, selfPosition, shot, startHarness, walkWithKey, type Harness } from "./browserHarness.ts";

/**
 * The client in a real browser against the real server: landing page, guest entry, the park,
 * walking with the keyboard, and a second person arriving. Screenshots of both languages land
 * in e2e/screenshots/ for people to look at.
 */

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

let h: Harness;

describe("the web client in a real browser", () => {
  beforeAll(async () => { h = await startHarness(); }, 180_000);
  afterAll(async () => { await h?.close(); });

  it("lets a guest enter the park, walk with the keyboard, and see a second person arrive", async () => {
    // When it fails, say what the pages said and show what they looked like.
    onTestFailed(() => h.reportFailure("failure"));
    const en = await h.openPage("en-US");
    await en.goto(h.server.url + "/");
    await poll(() => en.locator("h1").textContent()).toBe("Walk into your park.");
    await poll(() => en.locator('[data-park-id="home"] h3').textContent()).toBe("Fengtai Gig Community Park");
    await shot(en, "landing-en", true);

    await enterHomeAsGuest(en, /^Enter as guest$/, /^Enter Fengtai Gig Community Park$/);
    await poll(() => onlineOf(en)).toBe("1");
    await poll(() => en.getByTestId("people-list").locator("li").count()).toBe(1);

    // Walk: hold W until the server has moved us a couple of metres (wall-clock time says little
    // on a loaded machine, where ticks run late), then let go.
    const before = await walkWithKey(en, "w", 2);
    // It stops when the key comes up: the position settles and then stays put.
    const after = await settledPosition(en);
    expect(Math.hypot(after.x - before.x, after.z - before.z)).toBeGreaterThan(2);
    await en.waitForTimeout(1000);
    const rest = await selfPosition(en);
    expect(Math.hypot(rest.x - after.x, rest.z - after.z)).toBeLessThan(0.05);
    await shot(en, "park-en");

    // A second person, whose browser prefers Chinese.
    const zh = await h.openPage("zh-CN");
    await zh.goto(h.server.url + "/");
    await poll(() => zh.locator("h1").textContent()).toBe("走进你的园区。");
    await poll(() => zh.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    await shot(zh, "landing-zh", true);

    await enterHomeAsGuest(zh, /^以访客身份进入$/, /^进入丰台零工社区园区$/);
    await poll(() => onlineOf(zh)).toBe("2");
    await poll(() => onlineOf(en)).toBe("2");
    await poll(() => en.getByTestId("people-list").locator("li").count()).toBe(2);
    await poll(() => zh.getByTestId("online-count").textContent()).toBe("在线 2 人");
    await selfPosition(zh);

    // The second person sees the first walk: the first's name tag crosses the second's screen.
    const firstOnZh = zh.locator(".name-tag:not(.name-tag--self):visible").first();
    await firstOnZh.waitFor({ timeout: 30_000 });
    const seenBefore = (await firstOnZh.boundingBox())!;
    await walkWithKey(en, "d", 2);
    await poll(async () => {
      const box = await firstOnZh.boundingBox();
      return box ? Math.hypot(box.x - seenBefore.x, box.y - seenBefore.y) : 0;
    }).toBeGreaterThan(15);

    // A dropped connection shows the banner, and the SDK brings the same avatar back.
    const enContext = en.context();
    h.networkCut = true;
    await enContext.setOffline(true);
    await en.getByTestId("reconnecting-banner").waitFor({ timeout: 15_000 });
    await enContext.setOffline(false);
    await en.getByTestId("reconnecting-banner").waitFor({ state: "detached", timeout: 30_000 });
    h.networkCut = false;
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
    await en.waitForURL(h.server.url + "/");
    await poll(() => onlineOf(zh)).toBe("1");

    expect(h.problems).toEqual([]);
  }, 180_000);
});

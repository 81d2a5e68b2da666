import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { poll, selfPosition, shot, startHarness, type Harness } from "./browserHarness.ts";

/** A guest walks from the Changshu enclave's plaza through its gate and arrives in the home park. */
let h: Harness;
beforeAll(async () => { h = await startHarness(); }, 180_000);
afterAll(async () => { await h?.close(); });

describe("portals in a real browser", () => {
  it("take a guest who walks through the gate to the other park", async () => {
    const page = await h.openPage("en-US");
    await page.goto(h.server.url + "/");
    await page.getByRole("button", { name: /^Enter as guest$/ }).click();
    await page.getByTestId("session-name").waitFor({ timeout: 15_000 });
    await page.locator('[data-park-id="changshu-enclave"]').getByRole("button", { name: /^Enter Changshu Innovation Enclave/ }).click();
    await page.waitForURL(/\/park\/changshu-enclave$/);
    await page.locator(".park-canvas canvas").waitFor({ timeout: 30_000 });

    // The gate is 72 m south of the plaza spawn point, straight down x = 80. Walk forward; if the
    // camera faces the other way, forward is north, so walk back instead.
    const start = await selfPosition(page);
    expect(start).toEqual({ x: 80, z: 80 });
    await page.keyboard.down("w");
    // On a loaded machine the first steps can take a while to come back: wait for them, then judge.
    await poll(async () => (await selfPosition(page)).z).not.toBe(start.z);
    let key = "w";
    if ((await selfPosition(page)).z < start.z) {
      await page.keyboard.up("w");
      key = "s";
      await page.keyboard.down("s");
    }
    await page.waitForURL(/\/park\/home$/, { timeout: 90_000 });
    await page.keyboard.up(key);

    // Arrived at the home park's gate from Changshu, 14 m north of its portal.
    await poll(() => page.getByTestId("online-count").getAttribute("data-online")).toBe("1");
    await poll(async () => {
      const p = await selfPosition(page);
      return Math.hypot(p.x - 150, p.z - 278);
    }).toBeLessThan(4);
    await poll(() => page.locator("header, .hud").first().textContent()).toContain("Fengtai Gig Community Park");
    await shot(page, "portal-arrived-en");
    expect(h.problems).toEqual([]);
  }, 150_000);
});

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import type { Heatmap } from "../shared/protocol/dashboard.ts";
import type { Session } from "../shared/protocol/http.ts";
import { parkToday } from "../client/pages/dashboard/dashboardRange.ts";
import { expectApi, type Harness, poll, selfPosition, shot, signIn, startHarness, walkWithKey } from "./browserHarness.ts";

/**
 * The heatmap overlay on the ground of the 3D park, in a real browser against the real server with
 * telemetry written every half second. A resident walks a few metres from the plaza's arrival point
 * and stands there until the dashboard's heatmap holds dwell where they stand; they have no heatmap
 * switch. A manager in the same park switches the overlay on in the settings menu: one more draw
 * call, a legend with the period and the time spent, and the layer on the ground around the
 * resident. Screenshots in English and Chinese.
 */

const PARK = "home";
const PASSWORD = "heatmap-test-password";
const FLUSH_MS = 500;

let h: Harness;

async function enterPark(page: Page, query = ""): Promise<void> {
  await page.goto(`${h.server.url}/park/${PARK}${query}`);
  await page.locator(".park-canvas canvas").waitFor({ timeout: 30_000 });
  await poll(() => page.getByTestId("minimap").getAttribute("data-self-x")).not.toBeNull();
}

type Probe = { __enclaveRender?: { samples: { calls: number }[]; reset(): void; scene: import("three").Scene } };
/** The most draw calls of a few frames, from the render probe (a page opened with ?probe=1). */
async function drawCalls(page: Page): Promise<number> {
  await page.evaluate(() => (window as unknown as Probe).__enclaveRender?.reset());
  await poll(() => page.evaluate(() => (window as unknown as Probe).__enclaveRender?.samples.length ?? 0)).toBeGreaterThan(3);
  return page.evaluate(() => Math.max(...((window as unknown as Probe).__enclaveRender?.samples ?? []).map((s) => s.calls)));
}

/** The overlay's plane as the scene holds it: whether it is there and shown, and its texture's size. */
const overlayMesh = (page: Page) => page.evaluate(() => {
  const mesh = (window as unknown as Probe).__enclaveRender?.scene.getObjectByName("heatmap-overlay") as
    | { visible: boolean; material: { map: { image: { width: number; height: number } } | null } } | undefined;
  return mesh ? { visible: mesh.visible, texels: mesh.material.map ? [mesh.material.map.image.width, mesh.material.map.image.height] : null } : null;
});

describe("the heatmap overlay in the 3D park", () => {
  beforeAll(async () => { h = await startHarness({ telemetryFlushMs: FLUSH_MS }); }, 180_000);
  afterAll(async () => { await h?.close(); });

  it("shows a manager where a resident stood, on the ground; a resident has no switch", async () => {
    onTestFailed(() => h.reportFailure("heatmap-overlay-failure"));
    await h.server.accounts.createManager({ username: "heat.manager", displayName: "Heat Manager", password: PASSWORD });
    const login = await expectApi<Session>(h, "POST", "/api/auth/login", { username: "heat.manager", password: PASSWORD }, undefined, 200);
    await expectApi<Session>(h, "POST", "/api/auth/register", { username: "wang.fang", displayName: "Wang Fang", password: PASSWORD }, undefined, 201);

    // The resident walks from the arrival point and stands still.
    const resident = await h.openPage("en-US");
    await signIn(h, resident, /^Sign in$/, "wang.fang", "Wang Fang", PASSWORD);
    await enterPark(resident);
    await walkWithKey(resident, "w", 6);
    await walkWithKey(resident, "d", 5);
    await resident.waitForTimeout(500);
    const stood = await selfPosition(resident);

    // Their dwell reaches the dashboard's heatmap in the cell where they stand.
    const today = parkToday(new Date());
    const cellOf = (p: { x: number; z: number }, size: number) => ({ cx: Math.floor(p.x / size), cz: Math.floor(p.z / size) });
    await poll(async () => {
      const map = await expectApi<Heatmap>(h, "GET", `/api/dashboard/heatmap?parkId=${PARK}&from=${today}&to=${today}`, undefined, login.token, 200);
      const at = cellOf(stood, map.cellSize);
      return map.cells.find((c) => c.cx === at.cx && c.cz === at.cz)?.dwellSeconds ?? 0;
    }, 60_000).toBeGreaterThanOrEqual(4);

    // A resident's settings have no heatmap switch.
    await resident.getByRole("button", { name: "Settings" }).click();
    await resident.getByTestId("settings-panel").waitFor();
    expect(await resident.getByTestId("heatmap-switch").count()).toBe(0);
    await resident.keyboard.press("Escape");

    // The manager comes into the park (with the render probe) and switches the overlay on.
    const manager = await h.openPage("en-US");
    await signIn(h, manager, /^Sign in$/, "heat.manager", "Heat Manager", PASSWORD);
    await enterPark(manager, "?probe=1");
    expect(await manager.getByTestId("heatmap-legend").count()).toBe(0);
    await manager.waitForTimeout(2000);
    const before = await drawCalls(manager);
    expect(await overlayMesh(manager)).toBeNull();

    await manager.getByRole("button", { name: "Settings" }).click();
    await manager.getByTestId("heatmap-switch").check();
    await manager.keyboard.press("Escape");
    const legend = manager.getByTestId("heatmap-legend");
    await legend.waitFor();
    await poll(async () => Number(await legend.getAttribute("data-total"))).toBeGreaterThanOrEqual(4);
    expect(await legend.getByRole("button", { name: "Today" }).getAttribute("aria-pressed")).toBe("true");

    // The layer lies on the ground: one plane, one texel per 2 m cell of the 300 m park, one draw call.
    await poll(() => overlayMesh(manager)).toEqual({ visible: true, texels: [150, 150] });
    await poll(() => drawCalls(manager)).toBe(before + 1);
    // The settings button got focus back when the menu closed; its ring is not part of the picture.
    await manager.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await manager.waitForTimeout(800);
    await shot(manager, "heatmap-overlay-en");

    // Another period asks again and shows the same dwell (today is part of the last 7 days).
    await legend.getByRole("button", { name: "Last 7 days" }).click();
    await poll(() => legend.getByRole("button", { name: "Last 7 days" }).getAttribute("aria-pressed")).toBe("true");
    await poll(async () => Number(await legend.getAttribute("data-total"))).toBeGreaterThanOrEqual(4);

    // In Chinese.
    await manager.getByRole("button", { name: "中文" }).first().click();
    await poll(() => legend.locator("h2").textContent()).toBe("热力图");
    await legend.getByRole("button", { name: "今天" }).click();
    await poll(() => overlayMesh(manager)).toEqual({ visible: true, texels: [150, 150] });
    await manager.waitForTimeout(800);
    await shot(manager, "heatmap-overlay-zh");

    // Hiding it takes the layer off the ground.
    await legend.getByRole("button", { name: "关闭热力图" }).click();
    await poll(() => overlayMesh(manager)).toBeNull();
    expect(await manager.getByTestId("heatmap-legend").count()).toBe(0);
    expect(h.problems).toEqual([]);
  }, 240_000);
});

import fs from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { BOOTH_VISIT_SECONDS } from "../shared/constants.ts";
import type { Company } from "../shared/protocol/companies.ts";
import type { Session } from "../shared/protocol/http.ts";
import type { TaskDetail } from "../shared/protocol/tasks.ts";
import { expectApi, type Harness, poll, selfPosition, shot, signIn, startHarness, walkWithKey } from "./browserHarness.ts";

/**
 * The manager's dashboard and a company's own figures in real browsers against the real server,
 * with telemetry written every half second. A resident walks in the home park's plaza and then
 * follows a company page's "Walk there" to its booth, so that real telemetry is written: dwell
 * cells, zone stays and the move from the plaza to the exhibition street, a booth visit. A manager
 * opens the dashboard from the header's Manage menu and sees the resident live, the heatmap on the
 * floor plan with dwell, the zones, flows, booths, peak hours and community figures; switches the
 * period, compares it with the one before, and exports a table as CSV. The company's owner sees
 * their booth's visit and their task funnel on the company's own figures. The resident is refused
 * the dashboard. Screenshots of both pages in both languages.
 */

const PARK = "home";
const SLOT = "booth-1";
const BOOTH = { x: 210, z: 40 };
/** The home park is 300 m square. */
const PARK_SIZE = 300;
const PASSWORD = "dashboard-test-password";
const FLUSH_MS = 500;

let h: Harness;

async function enterPark(page: Page): Promise<void> {
  await page.goto(`${h.server.url}/park/${PARK}`);
  await page.locator(".park-canvas canvas").waitFor({ timeout: 30_000 });
  await poll(() => page.getByTestId("minimap").getAttribute("data-self-x")).not.toBeNull();
}

/** Your position once it has stopped changing for a second (a loaded machine lets go of a key late). */
async function settledPosition(page: Page): Promise<{ x: number; z: number }> {
  let last = await selfPosition(page);
  await poll(async () => {
    await page.waitForTimeout(1000);
    const now = await selfPosition(page);
    const moved = Math.hypot(now.x - last.x, now.z - last.z);
    last = now;
    return moved;
  }).toBeLessThan(0.01);
  return last;
}

const num = async (page: Page, testId: string) => Number((await page.getByTestId(testId).first().textContent())?.replace(/[^\d.]/g, "") ?? NaN);
const attr = async (page: Page, testId: string, name: string) => Number(await page.getByTestId(testId).first().getAttribute(name));

/** Refreshes the figures until `read` holds: telemetry arrives with the next flush. */
async function refreshUntil<T>(page: Page, read: () => Promise<T>, check: (v: T) => boolean, timeout = 60_000): Promise<void> {
  await poll(async () => {
    const v = await read();
    if (check(v)) return true;
    await page.getByTestId("dash-refresh").click();
    await page.waitForTimeout(400);
    return false;
  }, timeout).toBe(true);
}

describe("the dashboard in a real browser", () => {
  beforeAll(async () => { h = await startHarness({ telemetryFlushMs: FLUSH_MS }); }, 180_000);
  afterAll(async () => { await h?.close(); });

  it("shows a manager live people, the heatmap, zones, flows, booths, peak hours and community; exports CSV; a company sees its own; a resident is refused", async () => {
    onTestFailed(() => h.reportFailure("dashboard-failure"));
    const suffix = Date.now().toString(36).slice(-6);

    // ---- Set up through the real API: a resident, a company owner with a booth and tasks, a manager.
    const resident = await expectApi<Session>(h, "POST", "/api/auth/register", { username: `ann-${suffix}`, displayName: "Ann Carter", password: PASSWORD }, undefined, 201);
    const owner = await expectApi<Session>(h, "POST", "/api/auth/register", { username: `lin-${suffix}`, displayName: "林晓", password: PASSWORD }, undefined, 201);
    await h.server.accounts.createManager({ username: `mgr-${suffix}`, displayName: "Park Office", password: PASSWORD });
    const manager = await expectApi<Session>(h, "POST", "/api/auth/login", { username: `mgr-${suffix}`, password: PASSWORD }, undefined, 200);
    const company = await expectApi<Company>(h, "POST", "/api/companies", {
      name: "Yushan Precision", industry: "manufacturing", colour: "#1f7a8c",
      description: { en: "Precision bearings and gear parts for robots.", "zh-CN": "虞山精工：机器人用精密轴承与齿轮零件。" },
    }, owner.token, 201);
    await expectApi(h, "PUT", `/api/parks/${PARK}/booths/${SLOT}`, { companyId: company.id }, manager.token, 200);
    const tasks: TaskDetail[] = [];
    for (const title of ["Tune two servo axes 伺服整定", "Inspect a gearbox batch 齿轮箱抽检", "Translate a bearing catalogue 轴承目录翻译"]) {
      tasks.push(await expectApi<TaskDetail>(h, "POST", "/api/tasks", {
        title, description: "Details in the attached notes. 详见附件说明。", category: "automation", companyId: company.id, budget: 3000,
      }, owner.token, 201));
    }
    for (const task of tasks.slice(0, 2)) {
      await expectApi(h, "POST", `/api/tasks/${task.id}/apply`, { note: "I have done this before.", proposedFee: null }, resident.token, 201);
    }
    const applied = await expectApi<TaskDetail>(h, "GET", `/api/tasks/${tasks[0]!.id}`, undefined, owner.token, 200);
    await expectApi(h, "POST", `/api/tasks/${tasks[0]!.id}/actions/pick`, { applicationId: applied.applicationList[0]!.id }, owner.token, 200);

    // ---- The resident walks a few metres in the plaza and stands there.
    const walker = await h.openPage("en-US");
    await signIn(h, walker, /^Sign in$/, `ann-${suffix}`, "Ann Carter", PASSWORD);
    await enterPark(walker);
    await walkWithKey(walker, "w", 6);
    const stood = await settledPosition(walker);

    // ---- A manager opens the dashboard from the header's Manage menu: the resident is there live.
    const en = await h.openPage("en-US");
    await signIn(h, en, /^Sign in$/, `mgr-${suffix}`, "Park Office", PASSWORD);
    await en.goto(`${h.server.url}/companies`, { waitUntil: "networkidle" });
    await en.getByTestId("manage-menu").locator("summary").click();
    await en.getByTestId("nav-dashboard").click();
    await en.waitForURL(/\/dashboard$/);
    await poll(() => en.getByTestId("dashboard").count()).toBe(1);
    await poll(() => num(en, `live-online-${PARK}`), 30_000).toBeGreaterThanOrEqual(1);
    expect(await num(en, "live-total")).toBeGreaterThanOrEqual(1);
    await poll(() => en.getByTestId("live-zones").locator('li[data-zone="plaza"] strong').textContent(), 30_000).toBe("1");

    // Today's heatmap holds the resident's dwell, hottest where they stand.
    await en.getByTestId("preset-today").click();
    const cell = { cx: Math.floor(stood.x / 2), cz: Math.floor(stood.z / 2) };
    // (The arrival point holds the seconds before the walk; the spot they stand on overtakes it.)
    await refreshUntil(en, () => en.getByTestId("heatmap-plan").getAttribute("data-hottest"), (hot) => {
      const [cx, cz] = (hot ?? "").split(",").map(Number);
      return hot !== "" && Math.abs(cx! - cell.cx) + Math.abs(cz! - cell.cz) <= 1;
    });
    expect(await attr(en, "heatmap-plan", "data-total-dwell")).toBeGreaterThanOrEqual(3);
    // Pointing at that spot on the plan tells its dwell; the park's west edge beside it has none.
    const plan = en.getByTestId("heatmap-plan").locator("canvas");
    await plan.scrollIntoViewIfNeeded();
    const box = (await plan.boundingBox())!;
    const perMetre = box.width / PARK_SIZE;
    await en.mouse.move(box.x + (cell.cx * 2 + 1) * perMetre, box.y + (cell.cz * 2 + 1) * perMetre);
    await poll(() => en.getByTestId("heatmap-tip").locator("strong").textContent()).toMatch(/^\d+ s$|min/);
    expect(await en.getByTestId("heatmap-tip").textContent()).toContain(`Around ${cell.cx * 2} m east, ${cell.cz * 2} m south`);
    await en.mouse.move(box.x + 3, box.y + (cell.cz * 2 + 1) * perMetre);
    await poll(() => en.getByTestId("heatmap-tip").locator("strong").textContent()).toBe("Nobody stayed here");
    await en.mouse.move(0, 0);

    // ---- The resident follows "Walk there" to the company's booth, looks at it, and leaves the park.
    await walker.goto(`${h.server.url}/companies/${company.id}`, { waitUntil: "networkidle" });
    await walker.getByRole("button", { name: /^Walk there/ }).click();
    await walker.waitForURL(new RegExp(`/park/${PARK}$`));
    await walker.locator(".park-canvas canvas").waitFor({ timeout: 60_000 });
    await poll(() => walker.getByTestId("booth-panel").getByTestId("company-name").textContent(), 90_000).toBe("Yushan Precision");
    // The panel opens on the way; the walk ends in front of the counter, inside the booth's area.
    await poll(async () => {
      const p = await selfPosition(walker);
      return Math.hypot(p.x - BOOTH.x, p.z - BOOTH.z);
    }, 90_000).toBeLessThan(3.5);
    await walker.waitForTimeout((BOOTH_VISIT_SECONDS + 2) * 1000);
    // Leaving by the park's own button ends the stays at the booth and in the street at once (closing
    // the tab would keep them open through the reconnection grace).
    await walker.getByRole("button", { name: "Leave park" }).click();
    await walker.waitForURL(`${h.server.url}/`);

    // The zones rank the plaza and the street; the flows have the plaza → street move; the booth has the visit.
    await refreshUntil(en, () => en.getByTestId("booth-row").evaluateAll((rows) => rows[0]?.getAttribute("data-key") ?? null), (k) => k === SLOT, 90_000);
    const zoneRows = en.getByTestId("zones-table").getByTestId("zone-row");
    expect(await zoneRows.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-key")))).toEqual(expect.arrayContaining(["plaza", "exhibition"]));
    expect(Number(await zoneRows.filter({ has: en.locator('[data-seconds]') }).first().locator("[data-seconds]").getAttribute("data-seconds"))).toBeGreaterThan(0);
    await poll(() => en.getByTestId("flows-table").locator("tbody tr").count()).toBeGreaterThan(0);
    expect(await en.getByTestId("flows-table").locator("tbody").textContent()).toContain("Central Plaza");
    expect(await en.getByTestId("flows-chart").count()).toBe(1);
    expect(await en.getByTestId("booth-row").first().textContent()).toContain("Yushan Precision");
    await poll(() => en.getByTestId("peak-busiest").textContent()).toMatch(/Busiest: \w+day around \d\d:00/);
    expect(await en.getByTestId("peak-chart").count()).toBe(1);
    await refreshUntil(en, () => num(en, "community-average-active"), (n) => n >= 1);
    expect(await num(en, "community-new-people")).toBeGreaterThanOrEqual(2);
    await poll(() => en.getByTestId("funnel-table").locator('tr[data-step="posted"] td').nth(1).textContent()).toBe("3");
    expect(await en.getByTestId("funnel-table").locator('tr[data-step="applied"] td').nth(1).textContent()).toBe("2");
    expect(await en.getByTestId("funnel-table").locator('tr[data-step="assigned"] td').nth(1).textContent()).toBe("1");

    // ---- Last 7 days still holds today's dwell; compared with the 7 days before, a second, empty plan appears beside it.
    await en.getByTestId("preset-last7").click();
    await poll(() => attr(en, "heatmap-plan", "data-total-dwell")).toBeGreaterThanOrEqual(3);
    await en.getByTestId("dash-compare").selectOption("previous");
    await poll(() => en.getByTestId("heatmap-plan-compare").count()).toBe(1);
    expect(await attr(en, "heatmap-plan-compare", "data-total-dwell")).toBe(0);
    await poll(() => en.getByTestId("zones-table").locator("thead").textContent()).toContain("vs. before");
    expect(await en.getByTestId("zones-table").getByTestId("zone-row").first().textContent()).toContain("new");

    // Weekdays and hours narrow the park charts: a day that is not today leaves the heatmap empty.
    const today = await en.evaluate(() => new Date().toLocaleDateString("en-US", { weekday: "short", timeZone: "Asia/Shanghai" }));
    const other = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].findIndex((d) => d !== today) + 1;
    for (let d = 1; d <= 7; d++) if (d !== other) await en.getByTestId(`weekday-${d}`).click();
    await poll(() => attr(en, "heatmap-plan", "data-total-dwell")).toBe(0);
    await poll(() => en.getByTestId("heatmap-empty").textContent()).toBe("No one has walked here in this period yet.");
    await en.getByTestId(`weekday-${other}`).click();
    await poll(() => attr(en, "heatmap-plan", "data-total-dwell")).toBeGreaterThanOrEqual(3);

    // ---- Export CSV: the zone table downloads with a byte-order mark and the header in the page's language.
    const [download] = await Promise.all([
      en.waitForEvent("download"),
      en.getByTestId("dash-zones").getByTestId("export-csv").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^enclave-zones-home-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = csv.slice(1).trimEnd().split("\r\n");
    expect(header).toBe("zone id,zone,visits,visitors,average stay (min),total time (min),\"visits, compared period\",\"total time (min), compared period\"");
    expect(lines.find((l) => l.startsWith("plaza,Central Plaza,"))).toBeDefined();

    await en.getByTestId("dash-compare").selectOption("off");
    await poll(() => en.getByTestId("heatmap-plan-compare").count()).toBe(0);
    await en.evaluate(() => window.scrollTo(0, 0));
    await shot(en, "dashboard-en", true);

    // The same page in Chinese.
    await en.locator('.lang-switch button[lang="zh-CN"]').first().click();
    await poll(() => en.getByTestId("dash-live").locator("h2").textContent()).toBe("实时在园人数");
    await poll(() => en.getByTestId("peak-busiest").textContent()).toContain("最繁忙");
    await shot(en, "dashboard-zh", true);

    // ---- The company's owner opens their own figures from the company page: their booth's visit and task funnel.
    const zh = await h.openPage("zh-CN");
    await signIn(h, zh, /^登录$/, `lin-${suffix}`, "林晓", PASSWORD);
    expect(await zh.getByTestId("manage-menu").count()).toBe(0);
    await zh.goto(`${h.server.url}/companies/${company.id}`, { waitUntil: "networkidle" });
    await zh.getByTestId("company-dashboard-link").click();
    await zh.waitForURL(new RegExp(`/companies/${company.id}/dashboard$`));
    await poll(() => zh.getByTestId("company-booths-table").getByTestId("booth-row").count()).toBe(1);
    expect(await zh.getByTestId("booth-row").locator("td").nth(3).textContent()).toBe("1");
    await poll(() => zh.getByTestId("funnel-table").locator('tr[data-step="posted"] td').nth(1).textContent()).toBe("3");
    expect(await zh.getByTestId("dash-events").textContent()).toContain("这段时间没有举办活动。");
    await shot(zh, "company-dashboard-zh", true);
    await zh.locator('.lang-switch button[lang="en"]').first().click();
    await poll(() => zh.getByTestId("company-booths").locator("h2").textContent()).toBe("Our booths");
    await shot(zh, "company-dashboard-en", true);

    // ---- A resident is refused: no Manage menu, the page says it is for managers, and the API answers 403.
    const refused = await h.openPage("en-US");
    await signIn(h, refused, /^Sign in$/, `ann-${suffix}`, "Ann Carter", PASSWORD);
    expect(await refused.getByTestId("manage-menu").count()).toBe(0);
    await refused.goto(`${h.server.url}/dashboard`, { waitUntil: "networkidle" });
    await poll(() => refused.getByTestId("dash-managers-only").locator("h1").textContent()).toBe("For park managers only");
    expect(await refused.getByTestId("dashboard").count()).toBe(0);
    await expectApi(h, "GET", "/api/dashboard/live", undefined, resident.token, 403);
    await expectApi(h, "GET", `/api/dashboard/heatmap?parkId=${PARK}&from=2026-01-01&to=2026-01-07`, undefined, resident.token, 403);
    await refused.goto(`${h.server.url}/companies/${company.id}/dashboard`, { waitUntil: "networkidle" });
    await poll(() => refused.getByTestId("dash-members-only").count()).toBe(1);
    await expectApi(h, "GET", `/api/companies/${company.id}/dashboard?from=2026-01-01&to=2026-01-07`, undefined, resident.token, 403);

    expect(h.problems).toEqual([]);
  }, 500_000);
});

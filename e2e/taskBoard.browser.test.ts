import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import type { Session } from "../shared/protocol/http.ts";
import type { TaskDetail } from "../shared/protocol/tasks.ts";
import { createCompany, resident } from "../server/testing/companyFixtures.ts";
import { poll, selfPosition, shot, startHarness, type Harness } from "./browserHarness.ts";

/**
 * The demand hall's task board in a real browser against the real server. A company owner posts
 * a few tasks through the API; a guest enters the home park, walks to the task board in the demand
 * hall, reads the tasks on it, clicks one and gets its card. Meanwhile the owner posts another
 * task: the guest sees the notice and the board shows the new task first. Screenshots of the
 * board and of a notice in both languages land in e2e/screenshots/.
 */

/** The home park's task board stands at (97, 84) facing north: it is read from z < 84. */
const READ_FROM = { x: 97, z: 80 };

let h: Harness;

/** The board's rows as painted (titles), and where each is on screen. */
const drawnTitles = async (page: Page): Promise<string[]> =>
  JSON.parse((await page.getByTestId("task-board-rows").getAttribute("data-rows")) ?? "[]") as string[];
const rowsOnScreen = async (page: Page): Promise<{ id: string; x: number; y: number }[]> =>
  JSON.parse((await page.getByTestId("task-board-rows").getAttribute("data-screen")) ?? "[]") as { id: string; x: number; y: number }[];

/** Holds `key` until `done` says the avatar is far enough, then lets go. */
async function walkUntil(page: Page, key: string, done: (p: { x: number; z: number }) => boolean): Promise<void> {
  await page.keyboard.down(key);
  await poll(async () => done(await selfPosition(page)), 60_000).toBe(true);
  await page.keyboard.up(key);
}

describe("the task board in the park", () => {
  beforeAll(async () => { h = await startHarness(); }, 180_000);
  afterAll(async () => { await h?.close(); });

  it("shows the newest open tasks on the demand hall's board, opens a task's card, and follows a new task's notice", async () => {
    onTestFailed(() => h.reportFailure("task-board-failure"));
    const suffix = Date.now().toString(36).slice(-6);
    const owner: Session = await resident(h.server, `yun-${suffix}`, "王工");
    const companyId = await createCompany(h.server, owner, "云启自动化");
    const post = async (body: Record<string, unknown>): Promise<TaskDetail> => {
      const r = await h.server.api<TaskDetail>("POST", "/api/tasks", { category: "automation", companyId, ...body }, owner.token);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body;
    };
    await post({ title: "产线视觉检测方案评估", description: "评估三套视觉检测方案。", budget: 8000, deadline: "2027-01-15", skills: ["机器视觉"] });
    await post({ title: "Conveyor retrofit drawings", description: "Update the drawings of a 12 m conveyor.", budget: null, skills: ["CAD"] });
    const plc = await post({
      title: "PLC 程序调试",
      description: "为一条包装线调试西门子 S7-1200 程序：急停回路、配方切换和报警记录。现场在常熟，需要两天。",
      budget: 12000, deadline: "2026-12-20", skills: ["PLC", "西门子 S7"],
    });

    // ---- A guest enters the home park: the board already lists the tasks, newest first.
    const en = await h.openPage("en-US");
    await en.goto(h.server.url + "/");
    await en.getByRole("button", { name: /^Enter as guest$/ }).click();
    await en.getByTestId("session-name").waitFor({ timeout: 15_000 });
    await en.locator('[data-park-id="home"]').getByRole("button", { name: /^Enter Fengtai Gig Community Park$/ }).click();
    await en.waitForURL(/\/park\/home$/);
    await en.locator(".park-canvas canvas").waitFor({ timeout: 60_000 });
    await poll(() => drawnTitles(en), 60_000).toEqual(["PLC 程序调试", "Conveyor retrofit drawings", "产线视觉检测方案评估"]);

    // ---- The guest walks north past the launch hall, then west into the demand hall, in front of the board.
    // The follow camera looks south from behind: S walks north and D walks west.
    await walkUntil(en, "s", (p) => p.z < READ_FROM.z);
    await walkUntil(en, "d", (p) => p.x < READ_FROM.x + 1);
    const canvas = (await en.locator(".park-canvas canvas").boundingBox())!;
    // Come closer with the wheel, as a person who wants to read it would.
    await en.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    for (let i = 0; i < 6; i++) await en.mouse.wheel(0, -240);
    await en.waitForTimeout(1500);
    await poll(async () => (await rowsOnScreen(en)).length, 30_000).toBe(3);
    await shot(en, "task-board-en");

    // ---- A click on the PLC row opens its card, with the task's facts and the links to its page.
    const row = (await rowsOnScreen(en)).find((r) => r.id === plc.id)!;
    expect(row.x).toBeGreaterThan(0);
    expect(row.y).toBeGreaterThan(0);
    await en.mouse.click(canvas.x + row.x, canvas.y + row.y);
    const card = en.getByTestId("task-card");
    await poll(() => card.getByTestId("task-card-title").textContent()).toBe("PLC 程序调试");
    expect(await card.textContent()).toContain("云启自动化");
    expect(await card.textContent()).toContain("¥12,000");
    expect(await card.textContent()).toContain("2026-12-20");
    expect(await card.getByRole("link", { name: "Open task" }).getAttribute("href")).toBe(`/tasks/${plc.id}`);
    expect(await card.getByRole("link", { name: "Apply" }).getAttribute("href")).toBe(`/tasks/${plc.id}#apply`);
    await shot(en, "task-card-en");

    // ---- Meanwhile the owner posts another task: a notice appears and the board shows it first.
    await post({ title: "伺服电机选型咨询", description: "为新机台选伺服电机。", budget: 3000, skills: ["伺服"] });
    const notice = en.getByTestId("park-notice").first();
    await poll(() => notice.textContent()).toContain("云启自动化 posted: 伺服电机选型咨询");
    await shot(en, "task-notice-en");
    expect(await notice.getByRole("link").getAttribute("href")).toMatch(/^\/tasks\/[0-9a-f-]{36}$/);
    await poll(() => drawnTitles(en)).toEqual(["伺服电机选型咨询", "PLC 程序调试", "Conveyor retrofit drawings", "产线视觉检测方案评估"]);

    // ---- In Chinese: the board, the card and a notice speak Chinese.
    await en.getByRole("button", { name: "中文" }).click();
    await poll(() => card.getByRole("link", { name: "查看任务" }).count()).toBe(1);
    await post({ title: "MES 数据接口开发", description: "把产线数据接入 MES。", budget: 20000, deadline: "2027-02-01", skills: ["MES"] });
    await poll(() => en.getByTestId("park-notice").first().textContent()).toContain("云启自动化 发布了：MES 数据接口开发");
    await poll(() => drawnTitles(en)).toEqual(["MES 数据接口开发", "伺服电机选型咨询", "PLC 程序调试", "Conveyor retrofit drawings", "产线视觉检测方案评估"]);
    await shot(en, "task-board-zh-CN");

    // Closing the card leaves the park as it was.
    await card.getByRole("button", { name: "关闭" }).click();
    await poll(() => en.getByTestId("task-card").count()).toBe(0);
    expect(h.problems).toEqual([]);
  }, 300_000);
});

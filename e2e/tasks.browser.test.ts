import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import type { Company } from "../shared/protocol/companies.ts";
import type { Session } from "../shared/protocol/http.ts";
import type { CertificationRequest } from "../shared/protocol/tasks.ts";
import { expectApi, type Harness, poll, shot, signIn, startHarness } from "./browserHarness.ts";

/**
 * The demand hall in two real browsers against the real server. A company owner (in Chinese)
 * posts a task through the form; an expert certified by a manager (in English) finds it on /tasks
 * with a Chinese search and applies; the owner picks them; the expert delivers with a link; the
 * owner asks for changes; the expert delivers again; the owner accepts; both rate; the task page
 * shows the whole history. Screenshots of the list and of a task page in both languages.
 */

const PASSWORD = "tasks-test-password";
const TITLE = "注塑模具流道分析 Mould flow study";

let h: Harness;

const status = (page: Page) => page.getByTestId("task-page").getAttribute("data-status");

/**
 * Opens an action's form from the task page's panel, fills it and confirms; waits for the new
 * status. Every navigation in this file waits for the page's own calls to finish: a reload in the
 * middle of one aborts it, which the harness rightly counts as a failed request.
 */
async function act(page: Page, action: string, fields: Record<string, string>, then: string): Promise<void> {
  await page.reload({ waitUntil: "networkidle" });
  await page.getByTestId("task-actions").locator(`button[data-action="${action}"]`).click();
  const form = page.getByTestId(`form-${action}`);
  for (const [name, value] of Object.entries(fields)) await form.locator(`[name="${name}"]`).fill(value);
  await form.getByTestId("confirm-action").click();
  await poll(() => status(page)).toBe(then);
}

describe("the demand hall in a real browser", () => {
  beforeAll(async () => { h = await startHarness(); }, 180_000);
  afterAll(async () => { await h?.close(); });

  it("takes a task from the form through application, pick, two deliveries, acceptance and ratings", async () => {
    onTestFailed(() => h.reportFailure("tasks-failure"));
    const suffix = Date.now().toString(36).slice(-6);

    // ---- Set up through the real API: a company owner, an expert certified by a manager.
    const owner = await expectApi<Session>(h, "POST", "/api/auth/register", { username: `lin-${suffix}`, displayName: "林晓", password: PASSWORD }, undefined, 201);
    const expert = await expectApi<Session>(h, "POST", "/api/auth/register", { username: `ann-${suffix}`, displayName: "Ann Carter", password: PASSWORD }, undefined, 201);
    await h.server.accounts.createManager({ username: `mgr-${suffix}`, displayName: "Park Office", password: PASSWORD });
    const manager = await expectApi<Session>(h, "POST", "/api/auth/login", { username: `mgr-${suffix}`, password: PASSWORD }, undefined, 200);
    const company = await expectApi<Company>(h, "POST", "/api/companies", {
      name: "Yushan Precision", industry: "manufacturing", colour: "#1f7a8c",
      description: { en: "Precision parts for robots.", "zh-CN": "虞山精工：机器人精密零件。" },
    }, owner.token, 201);
    await expectApi(h, "POST", `/api/companies/${company.id}/verification`, { verified: true }, manager.token, 200);
    const request = await expectApi<CertificationRequest>(h, "POST", "/api/me/certification", {
      fields: ["engineering"], statement: "Twelve years of mould design and flow analysis for automotive parts.", links: ["https://example.com/ann"],
    }, expert.token, 201);
    await expectApi(h, "POST", `/api/certification-requests/${request.id}/decision`, { approve: true, level: "expert" }, manager.token, 200);
    // Two more open tasks, so the hall is not empty: a certified-only one for the company, a personal one with no budget.
    await expectApi(h, "POST", "/api/tasks", {
      title: "PLC 程序升级 Siemens S7 upgrade", description: "把两条产线的 S7-300 程序迁移到 S7-1500。", category: "automation",
      skills: ["PLC", "S7-1500"], budget: 26000, deadline: "2027-02-28", certifiedOnly: true, companyId: company.id,
    }, owner.token, 201);
    await expectApi(h, "POST", "/api/tasks", {
      title: "Product photos for the spring fair", description: "Twenty product shots on white, and four of the line at work.",
      category: "marketing", skills: ["Photography"], budget: null,
    }, owner.token, 201);

    // ---- The owner posts a task through the form, in Chinese, for the company.
    const zh = await h.openPage("zh-CN");
    await signIn(h, zh, /^登录$/, `lin-${suffix}`, "林晓", PASSWORD);
    await zh.getByRole("link", { name: "需求大厅" }).first().click();
    await zh.getByTestId("post-task").click();
    const form = zh.getByTestId("task-form");
    // Sent empty, the form names what is missing and sends nothing.
    await form.getByTestId("task-publish").click();
    await poll(() => form.getByTestId("error-title").count()).toBe(1);
    expect(await form.getByTestId("error-description").count()).toBe(1);
    await form.locator('[name="title"]').fill(TITLE);
    await form.locator('[name="description"]').fill("两腔模具需要做流道平衡分析，并给出浇口位置建议。\nA two-cavity mould needs a runner balance study.");
    await form.locator('[name="category"]').selectOption("engineering");
    await form.locator('[name="companyId"]').selectOption({ label: "Yushan Precision" });
    await form.locator('[name="skill"]').fill("Moldflow");
    await form.locator('[name="skill"]').press("Enter");
    await form.locator('[name="skill"]').fill("模具设计");
    await form.locator('[name="skill"]').press("Enter");
    await form.locator('[name="budget"]').fill("8000");
    await form.locator('[name="deadline"]').fill("2027-03-31");
    await form.locator('[name="maxApplications"]').fill("5");
    await shot(zh, "task-form-zh-CN", true);
    await form.getByTestId("task-publish").click();
    await zh.waitForURL(/\/tasks\/[0-9a-f-]{36}$/);
    const taskUrl = zh.url();
    await poll(() => zh.getByTestId("task-title").textContent()).toBe(TITLE);
    expect(await status(zh)).toBe("open");

    // ---- The expert finds it with a search and applies, in English.
    const en = await h.openPage("en-US");
    await signIn(h, en, /^Sign in$/, `ann-${suffix}`, "Ann Carter", PASSWORD);
    await en.goto(`${h.server.url}/tasks`, { waitUntil: "networkidle" });
    await en.getByTestId("task-search").fill("流道");
    await poll(() => en.getByTestId("task-card").count()).toBe(1);
    const card = en.getByTestId("task-card").first();
    expect(await card.textContent()).toContain("¥8,000");
    expect(await card.getByTestId("verified-badge").count()).toBe(1);
    await en.getByTestId("task-search").fill("");
    await poll(() => en.getByTestId("task-card").count()).toBe(3);
    await shot(en, "tasks-list-en");
    await en.getByTestId("task-search").fill("流道");
    await poll(() => en.getByTestId("task-card").count()).toBe(1);
    await card.locator("a").click();
    await en.waitForURL(taskUrl);
    const apply = en.getByTestId("apply-form");
    await apply.locator('[name="note"]').fill("I have balanced runners for forty two-cavity moulds; report within a week.");
    await apply.locator('[name="proposedFee"]').fill("7500");
    await apply.getByRole("button", { name: "Apply" }).click();
    await poll(() => en.getByRole("button", { name: "Withdraw my application" }).count()).toBe(1);

    // ---- The owner sees the application (the expert's badge with it) and picks them.
    await zh.reload({ waitUntil: "networkidle" });
    const applications = zh.getByTestId("task-applications");
    await poll(() => applications.textContent()).toContain("Ann Carter");
    expect(await applications.getByTestId("expert-badge").count()).toBe(1);
    await applications.getByTestId("pick").click();
    await poll(() => status(zh)).toBe("assigned");

    // ---- The expert is told (the bell), delivers with a link; the owner asks for changes; the expert delivers again.
    await en.reload({ waitUntil: "networkidle" });
    await poll(() => en.getByTestId("notification-count").textContent()).not.toBeNull();
    await act(en, "deliver", { message: "First report: gate at the parting line.", links: "https://example.com/report-v1.pdf" }, "delivered");
    const link = en.getByTestId("task-deliveries").getByRole("link", { name: "example.com/report-v1.pdf" });
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await link.getAttribute("rel")).toContain("noopener");
    await act(zh, "requestChanges", { reason: "请补充冷却时间的估算。" }, "assigned");
    await act(en, "deliver", { message: "Second report with cooling time.", links: "https://example.com/report-v2.pdf" }, "delivered");
    await act(zh, "accept", {}, "accepted");

    // ---- Both rate.
    for (const [page, comment] of [[zh, "专业、及时。"], [en, "Clear brief, quick answers."]] as const) {
      await page.reload({ waitUntil: "networkidle" });
      const rate = page.getByTestId("rate-form");
      await rate.locator('input[name="stars"][value="5"]').check({ force: true });
      await rate.locator("textarea").fill(comment);
      await rate.locator('button[type="submit"]').click();
      await poll(() => page.getByTestId("rate-form").count()).toBe(0);
    }
    await zh.reload({ waitUntil: "networkidle" });
    await poll(() => zh.getByTestId("task-ratings").locator("li").count()).toBe(2);

    // ---- The history tells the whole story, with the reason for the changes.
    const history = zh.getByTestId("task-history");
    const actions = await history.locator("li").evaluateAll((items) => items.map((li) => li.getAttribute("data-action")));
    expect(actions.filter((a) => a === "deliver")).toHaveLength(2);
    expect(actions).toEqual(expect.arrayContaining(["publish", "pick", "requestChanges", "accept"]));
    expect(await history.textContent()).toContain("请补充冷却时间的估算。");
    expect(await zh.getByTestId("task-deliveries").locator("ol > li").count()).toBe(2);
    await shot(zh, "task-page-zh-CN", true);
    await en.reload({ waitUntil: "networkidle" });
    await poll(() => en.getByTestId("task-ratings").locator("li").count()).toBe(2);
    await shot(en, "task-page-en", true);

    await zh.goto(`${h.server.url}/tasks`, { waitUntil: "networkidle" });
    await poll(() => zh.getByTestId("task-card").count()).toBe(2);
    await shot(zh, "tasks-list-zh-CN");
    await zh.getByRole("tab", { name: "我的需求" }).click();
    await poll(() => zh.getByTestId("task-card").count()).toBe(3);
    expect(await zh.getByTestId("task-list").textContent()).toContain("已验收");

    expect(h.problems).toEqual([]);
  }, 400_000);
  it("certifies an expert from /me through the managers' queue, and settles a dispute from the disputes queue", async () => {
    onTestFailed(() => h.reportFailure("tasks-dispute-failure"));
    const suffix = Date.now().toString(36).slice(-6);
    const poster = await expectApi<Session>(h, "POST", "/api/auth/register", { username: `wu-${suffix}`, displayName: "吴工", password: PASSWORD }, undefined, 201);
    await expectApi<Session>(h, "POST", "/api/auth/register", { username: `raj-${suffix}`, displayName: "Raj Patel", password: PASSWORD }, undefined, 201);
    await h.server.accounts.createManager({ username: `office-${suffix}`, displayName: "园区办公室", password: PASSWORD });

    // ---- The resident asks for certification on /me.
    const en = await h.openPage("en-US");
    await signIn(h, en, /^Sign in$/, `raj-${suffix}`, "Raj Patel", PASSWORD);
    await en.goto(`${h.server.url}/me`, { waitUntil: "networkidle" });
    const cert = en.getByTestId("certification-panel");
    await cert.getByLabel("Automation").check();
    await cert.locator("textarea").first().fill("Ten years commissioning packaging lines with Siemens and Beckhoff controllers.");
    await cert.getByRole("button", { name: "Ask for certification" }).click();
    await poll(() => en.getByTestId("certification-status").textContent()).toBe("Your request is waiting for a manager.");

    // ---- A manager certifies them from the queue, in Chinese.
    const zh = await h.openPage("zh-CN");
    await signIn(h, zh, /^登录$/, `office-${suffix}`, "园区办公室", PASSWORD);
    await zh.goto(`${h.server.url}/manage/experts`, { waitUntil: "networkidle" });
    const queue = zh.getByTestId("expert-queue");
    await poll(() => queue.textContent()).toContain("Raj Patel");
    await queue.locator("li").filter({ hasText: "Raj Patel" }).getByRole("button", { name: "认证", exact: true }).click();
    await poll(() => zh.getByTestId("expert-queue").locator("li").filter({ hasText: "Raj Patel" }).count()).toBe(0);
    await en.reload({ waitUntil: "networkidle" });
    await poll(() => en.getByTestId("certification-panel").getByTestId("expert-badge").textContent()).toContain("Certified expert");

    // ---- A task taken and delivered through the API; the taker disputes it on the page.
    const task = await expectApi<{ id: string }>(h, "POST", "/api/tasks", {
      title: "包装线 PLC 调试 Packaging line commissioning", description: "Commission the new cartoner on line 2.", category: "automation",
      skills: ["PLC"], budget: 12000,
    }, poster.token, 201);
    const raj = await expectApi<Session>(h, "POST", "/api/auth/login", { username: `raj-${suffix}`, password: PASSWORD }, undefined, 200);
    const applied = await expectApi<{ applicationList: Array<{ id: string }> }>(h, "POST", `/api/tasks/${task.id}/apply`, { note: "Done six of these.", proposedFee: null }, raj.token, 201);
    await expectApi(h, "POST", `/api/tasks/${task.id}/actions/pick`, { applicationId: applied.applicationList[0]!.id }, poster.token, 200);
    await expectApi(h, "POST", `/api/tasks/${task.id}/actions/deliver`, { message: "Line runs at 40 cartons a minute.", links: [] }, raj.token, 200);
    await en.goto(`${h.server.url}/tasks/${task.id}`, { waitUntil: "networkidle" });
    await act(en, "dispute", { reason: "The line has run for two weeks; the poster neither accepts nor answers." }, "disputed");
    await poll(() => en.getByTestId("task-stepper").textContent()).toContain("In dispute");

    // ---- The manager finds it in the disputes queue and decides it on the task's page.
    await zh.goto(`${h.server.url}/manage/disputes`, { waitUntil: "networkidle" });
    const disputes = zh.getByTestId("dispute-queue");
    await poll(() => disputes.textContent()).toContain("包装线 PLC 调试");
    await disputes.getByRole("link", { name: "裁决争议" }).click();
    await zh.waitForURL(new RegExp(`/tasks/${task.id}$`));
    await poll(() => status(zh)).toBe("disputed");
    await shot(zh, "task-disputed-zh-CN", true);
    await act(zh, "decide", { reason: "交付记录完整，判定验收。" }, "accepted");
    expect(await zh.getByTestId("task-history").textContent()).toContain("交付记录完整，判定验收。");

    expect(h.problems).toEqual([]);
  }, 400_000);
});

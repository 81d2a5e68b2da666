import fs from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import type { Company, UploadedImage } from "../shared/protocol/companies.ts";
import type { Session } from "../shared/protocol/http.ts";
import { expectApi, type Harness, poll, selfPosition, shot, signIn, startHarness, walkWithKey } from "./browserHarness.ts";

/**
 * Companies and booths in a real browser against the real server. A company (owned by a
 * registered resident, with a logo and a product) gets booth 3 of the Changshu park from a
 * manager. A visitor opens the company's page, follows "Walk there" into the park, walks up to
 * the booth, reads its panel and leaves a card; the owner reads the card in the inbox on the
 * company page, then renames the company, and the visitor's open panel shows the new name
 * without a reload. The owner walks over too, and the visitor opens the owner's profile card
 * from the people list. A second test goes through the pages: a company created with its logo,
 * a colleague invited, a booth applied for and approved by a manager. Screenshots in both
 * languages land in e2e/screenshots/.
 */

const PARK = "changshu-enclave";
const SLOT = "booth-3";
/** Booth 3 stands at (34, 44) facing north: its counter is seen from z < 44. */
const BOOTH = { x: 34, z: 44 };
const PASSWORD = "booth-test-password";
const IMAGES = fileURLToPath(new URL("../assets/demo/images/", import.meta.url));

let h: Harness;

async function upload(token: string, file: string, type: string): Promise<UploadedImage> {
  const res = await fetch(`${h.server.url}/api/images`, {
    method: "POST", headers: { "content-type": type, authorization: `Bearer ${token}` }, body: fs.readFileSync(IMAGES + file),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as UploadedImage;
}

const panel = (page: Page) => page.getByTestId("booth-panel");

/**
 * Drags the camera up, as a person looks around: in front of the Changshu booths the follow
 * camera starts behind you, over the hall across the street, and a higher view shows the stands.
 */
async function lookDown(page: Page): Promise<void> {
  const canvas = (await page.locator(".park-canvas canvas").boundingBox())!;
  await page.mouse.move(canvas.x + 560, canvas.y + 560);
  await page.mouse.down();
  await page.mouse.move(canvas.x + 560, canvas.y + 660, { steps: 10 });
  await page.mouse.up();
  await page.waitForTimeout(1000);
}

describe("company booths in a real browser", () => {
  beforeAll(async () => { h = await startHarness(); }, 180_000);
  afterAll(async () => { await h?.close(); });

  it("walks a visitor to a booth to leave a card, which the owner reads; an edit reaches the open panel; a profile card opens", async () => {
    onTestFailed(() => h.reportFailure("booth-failure"));
    const suffix = Date.now().toString(36).slice(-6);

    // ---- Set up through the real API: two residents, a manager, a company with a booth.
    const owner = await expectApi<Session>(h, "POST", "/api/auth/register", { username: `lin-${suffix}`, displayName: "林晓", password: PASSWORD }, undefined, 201);
    const visitor = await expectApi<Session>(h, "POST", "/api/auth/register", { username: `ann-${suffix}`, displayName: "Ann Carter", password: PASSWORD }, undefined, 201);
    await h.server.accounts.createManager({ username: `mgr-${suffix}`, displayName: "Park Office", password: PASSWORD });
    const manager = await expectApi<Session>(h, "POST", "/api/auth/login", { username: `mgr-${suffix}`, password: PASSWORD }, undefined, 200);
    await expectApi(h, "PATCH", "/api/me/profile", {
      bio: "Sourcing engineer for a robotics start-up in Suzhou.", skills: ["Sourcing", "CNC machining", "机器人"],
    }, visitor.token, 200);
    await expectApi(h, "PATCH", "/api/me/profile", { bio: "负责虞山精工的客户与合作。", skills: ["精密加工", "客户服务"] }, owner.token, 200);

    const logo = await upload(owner.token, "fugang-logo.png", "image/png");
    const gearbox = await upload(owner.token, "fugang-bearing.jpg", "image/jpeg");
    const line = await upload(owner.token, "fugang-line.jpg", "image/jpeg");
    const company = await expectApi<Company>(h, "POST", "/api/companies", {
      name: "Yushan Precision",
      industry: "manufacturing",
      description: {
        en: "Precision bearings and gear parts for robots and machine tools, made in Changshu since 2009.",
        "zh-CN": "虞山精工：为机器人和机床提供精密轴承与齿轮零件，2009 年起扎根常熟。",
      },
      colour: "#1f7a8c",
      logoImageId: logo.id,
      website: "https://yushan-precision.example.com",
      contact: { email: "hello@yushan-precision.example.com", phone: "+86 512 5555 0101", wechat: "yushan-jinggong" },
      products: [
        { name: "Quiet bearing B-20", text: "Low-noise deep groove bearing for collaborative robot joints.", imageId: gearbox.id },
        { name: "Assembly line service", text: "We set up and tune small assembly lines.", imageId: line.id },
      ],
      gallery: [line.id],
    }, owner.token, 201);
    await expectApi(h, "POST", `/api/companies/${company.id}/verification`, { verified: true }, manager.token, 200);
    await expectApi(h, "PUT", `/api/parks/${PARK}/booths/${SLOT}`, { companyId: company.id }, manager.token, 200);

    // ---- The visitor reads the company's page, then follows "Walk there" into the park.
    const en = await h.openPage("en-US");
    await signIn(h, en, /^Sign in$/, `ann-${suffix}`, "Ann Carter", PASSWORD);
    await en.goto(`${h.server.url}/companies/${company.id}`);
    await poll(() => en.getByTestId("company-name").first().textContent()).toBe("Yushan Precision");
    await poll(() => en.getByTestId("company-products").locator("h4").allTextContents()).toEqual(["Quiet bearing B-20", "Assembly line service"]);
    expect(await en.getByRole("link", { name: /yushan-precision\.example\.com/ }).getAttribute("rel")).toBe("noopener noreferrer");
    await shot(en, "company-page-en", true);

    await en.getByRole("button", { name: /^Walk there/ }).click();
    await en.waitForURL(new RegExp(`/park/${PARK}$`));
    await en.locator(".park-canvas canvas").waitFor({ timeout: 60_000 });
    // The panel opens on the way; the walk ends in front of the counter.
    await poll(() => panel(en).getByTestId("company-name").textContent(), 60_000).toBe("Yushan Precision");
    await poll(async () => {
      const p = await selfPosition(en);
      return Math.hypot(p.x - BOOTH.x, p.z - (BOOTH.z - 2.2));
    }, 60_000).toBeLessThan(1.5);
    await poll(() => panel(en).getByTestId("company-products").locator("h4").allTextContents()).toEqual(["Quiet bearing B-20", "Assembly line service"]);
    await expect(panel(en).getByText("Low-noise deep groove bearing", { exact: false }).count()).resolves.toBe(1);
    expect(await panel(en).getByTestId("verified-badge").count()).toBeGreaterThan(0);

    // Leave my card.
    await panel(en).locator("textarea").fill("Looking for 2,000 quiet bearings a month from March. Can we talk this week?");
    await panel(en).getByRole("button", { name: "Leave my card" }).click();
    await poll(() => panel(en).getByTestId("booth-card-sent").textContent()).toContain("Your card was left with Yushan Precision.");
    await lookDown(en);
    await shot(en, "booth-panel-en");

    // ---- The owner reads the card in the company's inbox (in Chinese).
    const zh = await h.openPage("zh-CN");
    await signIn(h, zh, /^登录$/, `lin-${suffix}`, "林晓", PASSWORD);
    await zh.goto(`${h.server.url}/companies/${company.id}`);
    await zh.getByRole("tab", { name: /名片/ }).click();
    const inbox = zh.getByTestId("card-inbox");
    await poll(() => inbox.locator(".company-inbox__name").first().textContent()).toContain("Ann Carter");
    await poll(() => inbox.locator(".company-inbox__note").first().textContent()).toBe("Looking for 2,000 quiet bearings a month from March. Can we talk this week?");
    await poll(() => inbox.textContent()).toContain("CNC machining");
    await shot(zh, "company-inbox-zh-CN", true);
    await zh.getByRole("tab", { name: "主页" }).click();
    await shot(zh, "company-page-zh-CN", true);

    // ---- The owner renames the company; the visitor's open panel follows without a reload.
    await zh.getByRole("tab", { name: "编辑" }).click();
    await zh.getByLabel("企业名称").fill("Yushan Precision Parts");
    await zh.getByRole("button", { name: "保存" }).click();
    await poll(() => zh.getByRole("status").filter({ hasText: "已保存。" }).count()).toBe(1);
    await poll(() => panel(en).getByTestId("company-name").textContent()).toBe("Yushan Precision Parts");
    expect(await en.evaluate(() => performance.getEntriesByType("navigation").length)).toBe(1);

    await en.getByRole("button", { name: "中文" }).click();
    await poll(() => panel(en).getByRole("heading", { name: "产品" }).count()).toBe(1);
    await shot(en, "booth-panel-zh-CN");

    // ---- The owner walks over too; the visitor opens the owner's profile card from the people list.
    await zh.getByRole("tab", { name: "主页" }).click();
    await zh.getByRole("button", { name: /^前往展位/ }).click();
    await zh.waitForURL(new RegExp(`/park/${PARK}$`));
    await zh.locator(".park-canvas canvas").waitFor({ timeout: 60_000 });
    await poll(() => en.getByTestId("people-list").locator("li").count(), 60_000).toBe(2);
    await en.getByRole("button", { name: "查看 林晓 的名片" }).click();
    const card = en.getByTestId("profile-card");
    await poll(() => card.locator(".profile-card__name").textContent()).toBe("林晓");
    await poll(() => card.locator(".profile-card__companies").textContent()).toContain("Yushan Precision Parts");
    expect(await card.getByTestId("verified-badge").count()).toBe(1);
    await poll(() => card.textContent()).toContain("精密加工");
    // Once the owner stands close by, their name tag carries the company.
    await poll(() => en.locator('[data-testid="name-tag-company"]:visible').allTextContents(), 60_000).toContain("Yushan Precision Parts");
    await shot(en, "profile-card-zh-CN");
    await en.getByRole("button", { name: "English" }).click();
    await poll(() => card.getByRole("heading", { name: "Companies" }).count()).toBe(1);
    await shot(en, "profile-card-en");

    // Walking off along the street closes the booth panel.
    await card.getByRole("button", { name: "Close" }).click();
    await walkWithKey(en, "a", 7);
    await poll(() => panel(en).count()).toBe(0);

    expect(h.problems).toEqual([]);
  }, 400_000);

  it("lets a resident create a company with a logo, invite a colleague and apply for a booth that a manager approves", async () => {
    onTestFailed(() => h.reportFailure("company-pages-failure"));
    const suffix = Date.now().toString(36).slice(-6);
    await expectApi(h, "POST", "/api/auth/register", { username: `mei-${suffix}`, displayName: "周梅", password: PASSWORD }, undefined, 201);
    await expectApi(h, "POST", "/api/auth/register", { username: `tao-${suffix}`, displayName: "Tao Zhang", password: PASSWORD }, undefined, 201);
    await h.server.accounts.createManager({ username: `boss-${suffix}`, displayName: "Park Office", password: PASSWORD });

    // ---- A resident creates a company from the directory, in Chinese.
    const zh = await h.openPage("zh-CN");
    await signIn(h, zh, /^登录$/, `mei-${suffix}`, "周梅", PASSWORD);
    await zh.getByRole("link", { name: "企业名录" }).first().click();
    await zh.getByRole("button", { name: /创建企业/ }).click();
    const form = zh.getByTestId("company-form");
    await form.getByLabel("企业名称").fill("澄湖新材料");
    await form.getByLabel("行业").selectOption("materials");
    await form.getByLabel("中文介绍").fill("澄湖新材料专注改性塑料与碳纤维复合材料，服务长三角的汽车与家电企业。");
    // A file that is not a picture is refused here, with the reason.
    await form.getByTestId("image-input").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not a picture") });
    await poll(() => form.getByRole("alert").filter({ hasText: "不支持此文件类型" }).count()).toBe(1);
    await form.getByTestId("image-input").setInputFiles(IMAGES + "jingcheng-logo.png");
    await poll(() => form.locator("img.company-image-picker__preview").count()).toBe(1);
    await form.getByRole("button", { name: "创建企业" }).click();
    await zh.waitForURL(/\/companies\/[0-9a-f-]{36}$/);
    const companyId = zh.url().split("/").pop()!;
    await poll(() => zh.getByTestId("company-name").first().textContent()).toBe("澄湖新材料");

    // The owner invites a colleague by username and applies for booth 2 of the Changshu park.
    await zh.getByRole("tab", { name: "成员" }).click();
    await zh.getByLabel("邀请园区成员").fill(`tao-${suffix}`);
    await zh.getByRole("button", { name: "发送邀请" }).click();
    await poll(() => zh.getByRole("status").filter({ hasText: "已邀请" }).count()).toBe(1);
    await zh.getByRole("tab", { name: "展位" }).click();
    await zh.getByLabel("园区", { exact: true }).selectOption(PARK);
    await poll(() => zh.getByTestId("slot-select").locator("option").count()).toBeGreaterThan(2);
    await zh.getByTestId("slot-select").selectOption("booth-2");
    await zh.getByLabel("给运营的留言").fill("我们想展示新一代碳纤维部件。");
    await zh.getByRole("button", { name: "提交申请" }).click();
    await poll(() => zh.locator(".company-applications").textContent()).toContain("待审批");
    await shot(zh, "company-booths-zh-CN", true);

    // ---- The colleague accepts on their profile page and fills in their skills.
    const en = await h.openPage("en-US");
    await signIn(h, en, /^Sign in$/, `tao-${suffix}`, "Tao Zhang", PASSWORD);
    await en.getByRole("link", { name: "My profile" }).first().click();
    await poll(() => en.getByTestId("my-invitations").textContent()).toContain("澄湖新材料 invites you to join");
    await en.getByRole("button", { name: "Accept" }).click();
    await poll(() => en.locator(".profile-companies").textContent()).toContain("澄湖新材料");
    await en.getByLabel("About me").fill("Materials engineer: carbon fibre lay-up and injection moulding.");
    await en.getByLabel("Skills").fill("Carbon fibre, injection moulding");
    await en.getByLabel("Skills").press("Enter");
    await en.getByRole("button", { name: "Hoodie" }).click();
    await en.getByRole("button", { name: "Save" }).click();
    await poll(() => en.getByRole("status").filter({ hasText: "Saved." }).count()).toBe(1);
    await shot(en, "profile-page-en", true);

    // ---- A manager approves the application; the booth is the company's.
    const mgr = await h.openPage("en-US");
    await signIn(h, mgr, /^Sign in$/, `boss-${suffix}`, "Park Office", PASSWORD);
    await mgr.getByRole("link", { name: "Booth applications" }).first().click();
    const queue = mgr.getByTestId("application-queue");
    await poll(() => queue.textContent()).toContain("澄湖新材料");
    await shot(mgr, "manage-booths-en", true);
    await queue.locator("li").filter({ hasText: "澄湖新材料" }).getByRole("button", { name: "Approve" }).click();
    await poll(() => mgr.getByTestId("application-queue").count()).toBe(0);
    const booths = await expectApi<{ booths: Array<{ slotId: string; company: { id: string } | null }> }>(h, "GET", `/api/parks/${PARK}/booths`, undefined, undefined, 200);
    expect(booths.booths.find((b) => b.slotId === "booth-2")?.company?.id).toBe(companyId);

    // The directory finds it, with its booth.
    await zh.getByRole("link", { name: /全部企业/ }).click();
    await zh.getByLabel("搜索企业").fill("澄湖");
    await poll(() => zh.getByTestId("company-list").locator("li").count()).toBe(1);
    await poll(() => zh.getByTestId("company-list").textContent()).toContain("2 号展位");
    await shot(zh, "companies-zh-CN", true);

    expect(h.problems).toEqual([]);
  }, 240_000);
});

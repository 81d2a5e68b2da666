import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { CHAT_MAX_LENGTH, LOCAL_CHAT_RADIUS } from "../shared/protocol/chat.ts";
import { poll, selfPosition, shot, startHarness, type Harness } from "./browserHarness.ts";

/**
 * Park chat in a real browser against the real server: two registered people near each other
 * talk in the Nearby channel (lines and speech bubbles), the Park channel reaches everyone, too
 * fast and too long are refused, and a guest may read but not write. Screenshots of both
 * languages land in e2e/screenshots/ (chat-en.png, chat-zh.png).
 */

/**
 * A picture of something that lasts only seconds (a speech bubble, a refusal). Software WebGL on
 * a busy machine can take that long to give a frame, so `stage` sets the scene again, up to three
 * times, until what `stillShown` checks was still on screen after the picture was taken.
 */
async function shotOfMoment(page: Page, name: string, stage: (attempt: number) => Promise<void>, stillShown: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await stage(attempt);
    await shot(page, name);
    if (await stillShown()) return;
  }
  console.warn(`${name}.png: the moment had passed before the picture was taken`);
}

const onlineOf = (page: Page) => page.getByTestId("online-count").getAttribute("data-online");

/** Registers through the landing page's Register tab (fields found by name, so any language works), then enters the home park. */
async function registerAndEnter(page: Page, tab: string, username: string, displayName: string): Promise<void> {
  await page.goto(h.server.url + "/");
  await page.getByRole("tab", { name: tab }).click();
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="displayName"]').fill(displayName);
  await page.locator('input[name="password"]').fill("park-chat-password");
  await page.locator('form[role="tabpanel"] button[type="submit"]').click();
  await poll(() => page.getByTestId("session-name").textContent()).toBe(displayName);
  await page.locator('[data-park-id="home"] .button').click();
  await page.waitForURL(/\/park\/home$/);
  await page.locator(".park-canvas canvas").waitFor({ timeout: 30_000 });
}

const chatInput = (page: Page) => page.getByTestId("chat-input");
const logTexts = (page: Page) => page.getByTestId("chat-log").locator(".chat-line__text").allTextContents();
const notice = (page: Page) => page.getByTestId("chat-notice").textContent();
const bubbles = (page: Page) => page.locator('[data-testid="speech-bubble"]:visible').allTextContents();

async function say(page: Page, text: string): Promise<void> {
  await chatInput(page).fill(text);
  await chatInput(page).press("Enter");
}

let h: Harness;

describe("park chat in a real browser", () => {
  beforeAll(async () => { h = await startHarness(); }, 180_000);
  afterAll(async () => { await h?.close(); });

  it("lets two registered people talk nearby and in the park, refuses too fast and too long, and keeps guests reading", async () => {
    onTestFailed(() => h.reportFailure("chat-failure"));
    const suffix = Date.now().toString(36).slice(-6);
    const en = await h.openPage("en-US");
    await registerAndEnter(en, "Register", `ann-${suffix}`, "Ann Lee");
    const zh = await h.openPage("zh-CN");
    await registerAndEnter(zh, "注册", `wei-${suffix}`, "王伟");
    await poll(() => onlineOf(en)).toBe("2");
    await poll(() => onlineOf(zh)).toBe("2");
    // Both arrive at the same spawn point: the second steps aside a little, staying within earshot.
    // A click on the ground beside them walks there and stops by itself, however late the page is.
    const spawn = await selfPosition(zh);
    const canvas = (await zh.locator(".park-canvas canvas").boundingBox())!;
    const moved = async () => {
      const p = await selfPosition(zh);
      return Math.hypot(p.x - spawn.x, p.z - spawn.z);
    };
    // On a loaded machine the first click can land before the camera has settled behind you (and
    // pick nothing): click again until the walk starts.
    for (let attempt = 0; attempt < 5 && (await moved()) <= 1.5; attempt++) {
      await zh.mouse.click(canvas.x + canvas.width / 2 + 160, canvas.y + canvas.height / 2 + 60);
      await expect.poll(moved, { timeout: 8000, interval: 100 }).toBeGreaterThan(1.5).catch(() => undefined);
    }
    expect(await moved()).toBeGreaterThan(1.5);
    // The walk ends where the click landed, which may be some way off: wait until it has ended
    // (the same place twice, half a second apart) before checking both are still within earshot.
    let last = await selfPosition(zh);
    await poll(async () => {
      await zh.waitForTimeout(500);
      const now = await selfPosition(zh);
      const still = Math.hypot(now.x - last.x, now.z - last.z) < 0.01;
      last = now;
      return still;
    }).toBe(true);
    const a = await selfPosition(en);
    const b = await selfPosition(zh);
    expect(Math.hypot(a.x - b.x, a.z - b.z)).toBeLessThan(LOCAL_CHAT_RADIUS);

    // The tabs and the input are named for people who cannot see them.
    await expect.poll(() => en.getByRole("tab", { name: "Nearby" }).getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => zh.getByRole("tab", { name: "附近" }).count()).toBe(1);
    await expect.poll(() => en.getByRole("textbox", { name: "Message to people nearby" }).count()).toBe(1);
    expect(await chatInput(en).getAttribute("maxlength")).toBe(String(CHAT_MAX_LENGTH));

    // While the chat input has focus, WASD types instead of walking.
    await chatInput(en).click();
    await en.keyboard.type("wasd");
    await en.keyboard.down("w");
    await en.waitForTimeout(1200);
    await en.keyboard.up("w");
    expect(await chatInput(en).inputValue()).toMatch(/^wasdw+$/);
    const still = await selfPosition(en);
    expect(Math.hypot(still.x - a.x, still.z - a.z)).toBeLessThan(0.05);

    // A line said nearby reaches the neighbour's Nearby tab and floats over the speaker's head.
    const hello = "Hello! Is anyone from the design studio around?";
    await say(en, hello);
    await poll(() => chatInput(en).inputValue()).toBe("");
    await poll(() => logTexts(en)).toEqual([hello]);
    await poll(() => logTexts(zh)).toEqual([hello]);
    await poll(() => zh.getByTestId("chat-log").locator(".chat-line__name").allTextContents()).toEqual(["Ann Lee"]);
    await poll(() => bubbles(zh)).toContain(hello);

    // Too long: the input stops at the limit, and a longer text (forced past it) is refused with a message.
    // Then the reply, in Chinese, floats over the other person's head.
    const tooLong = `Message too long (at most ${CHAT_MAX_LENGTH} characters)`;
    const replies = ["你好！我就在设计工作室，欢迎过来坐坐。", "我在中心广场东边，看到我了吗？", "我朝你挥手了！"];
    let reply = replies[0]!;
    await chatInput(en).evaluate((el) => el.removeAttribute("maxlength"));
    await chatInput(en).fill("A very long message. ".repeat(16));
    await shotOfMoment(en, "chat-en", async (attempt) => {
      reply = replies[attempt]!;
      await chatInput(en).press("Enter");
      await poll(() => notice(en)).toBe(tooLong);
      await say(zh, reply);
      await poll(() => logTexts(en)).toContain(reply);
      await poll(() => bubbles(en)).toContain(reply);
    }, async () => (await notice(en)) === tooLong && (await bubbles(en)).includes(reply));
    expect((await logTexts(en)).slice(0, 2)).toEqual([hello, replies[0]]);
    await chatInput(en).fill("");

    const thanks = ["Great, I'll come over in a minute.", "On my way now.", "See you by the café."];
    let said = thanks[0]!;
    await shotOfMoment(zh, "chat-zh", async (attempt) => {
      said = thanks[attempt]!;
      await say(en, said);
      await poll(() => bubbles(zh)).toContain(said);
    }, async () => (await bubbles(zh)).includes(said));
    await poll(() => logTexts(zh)).toContain(said);

    // The Park channel reaches everyone; on the other tab it shows as unread until looked at.
    await en.getByRole("tab", { name: "Park" }).click();
    await expect.poll(() => en.getByRole("textbox", { name: "Message to everyone in the park" }).count()).toBe(1);
    const morning = "Good morning, everyone in the park!";
    await say(en, morning);
    await poll(() => zh.locator(".chat__tab-unread").textContent()).toBe("1");
    await zh.getByRole("tab", { name: /^全园/ }).click();
    await poll(() => logTexts(zh)).toEqual([morning]);
    await poll(() => zh.locator(".chat__tab-unread").count()).toBe(0);

    // Too fast: after the burst, the server refuses and the panel says how long to wait.
    for (let i = 1; i <= 8; i++) {
      await say(en, `Quick note ${i}`);
      if (/too fast/.test((await notice(en)) ?? "")) break;
      await en.waitForTimeout(50);
    }
    await poll(() => notice(en)).toMatch(/^You are sending too fast — wait [12] s$/);
    // The refusal goes away by itself once sending is allowed again.
    await poll(() => notice(en)).toBe("");

    // A guest reads the park's history but is asked to register before writing.
    const guest = await h.openPage("en-US");
    await guest.goto(h.server.url + "/");
    await guest.getByRole("tab", { name: "Guest" }).click();
    await guest.getByRole("button", { name: "Enter as guest" }).click();
    await guest.getByTestId("session-name").waitFor({ timeout: 15_000 });
    await guest.locator('[data-park-id="home"] .button').click();
    await guest.waitForURL(/\/park\/home$/);
    await poll(() => onlineOf(guest)).toBe("3");
    expect(await chatInput(guest).isDisabled()).toBe(true);
    expect(await chatInput(guest).getAttribute("placeholder")).toBe("Register to chat");
    await poll(() => notice(guest)).toBe("Guests can read along. Register to chat.");
    await guest.getByRole("tab", { name: "Park" }).click();
    await poll(async () => (await logTexts(guest)).includes(morning)).toBe(true);

    expect(h.problems).toEqual([]);
  }, 240_000);
});

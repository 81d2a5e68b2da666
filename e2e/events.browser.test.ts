import fs from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { PARK_TIME_ZONE } from "../shared/constants.ts";
import type { Company } from "../shared/protocol/companies.ts";
import type { EventDetail } from "../shared/protocol/events.ts";
import type { Session } from "../shared/protocol/http.ts";
import { minuteToClock, zonedParts } from "../client/pages/meetings/parkTime.ts";
import { createLogger } from "../server/logger.ts";
import { remindDueEvents } from "../server/services/eventReminders.ts";
import { drawnPng } from "../server/testing/fixtures/testImages.ts";
import { expectApi, type Harness, poll, selfPosition, shot, signIn, startHarness, speak } from "./browserHarness.ts";

/**
 * Events in real browsers against the real server. A company member (in English) creates a
 * launch with a cover starting in a few minutes: it waits for approval; a manager approves it in
 * the queue; a resident (in Chinese) finds it on the events calendar and in the list, RSVPs,
 * downloads its .ics, gets the reminder in the bell (the test runs the reminder tick in-process:
 * HTTP cannot trigger it), and sees it on the launch hall's sign in the park, which opens the event
 * when clicked. Screenshots of each page in both languages.
 */

const PASSWORD = "events-test-password";
const TITLE = "Nova X1 launch 新品发布";

let h: Harness;

/** A cover: a coral sky over a teal floor with a white product block in the middle. */
const COVER = drawnPng(800, 350, (x, y) => (x > 330 && x < 470 && y > 120 && y < 280 ? [255, 255, 255] : y < 220 ? [224, 122, 95] : [15, 61, 62]));

async function open(page: Page, path: string): Promise<void> {
  await page.goto(h.server.url + path, { waitUntil: "networkidle" });
}

type SignSlot = { slot: "now" | "next"; id: string; title: string; live: boolean; x?: number; y?: number };
const signSlots = async (page: Page): Promise<SignSlot[]> =>
  JSON.parse((await page.locator(".park-canvas canvas").getAttribute("data-events-board")) ?? "[]") as SignSlot[];

describe("events in a real browser", () => {
  beforeAll(async () => { h = await startHarness(); }, 180_000);
  afterAll(async () => { await h?.close(); });

  it("creates a launch, has it approved, finds it on the calendar, RSVPs, downloads the .ics, is reminded, and sees it on the hall's sign", async () => {
    onTestFailed(() => h.reportFailure("events-failure"));
    const suffix = Date.now().toString(36).slice(-6);
    const member = await expectApi<Session>(h, "POST", "/api/auth/register", { username: `lin-${suffix}`, displayName: "Lin Hua", password: PASSWORD }, undefined, 201);
    await expectApi<Session>(h, "POST", "/api/auth/register", { username: `zhou-${suffix}`, displayName: "周敏", password: PASSWORD }, undefined, 201);
    await h.server.accounts.createManager({ username: `mgr-${suffix}`, displayName: "Park Office", password: PASSWORD });
    await expectApi<Company>(h, "POST", "/api/companies", {
      name: "Nova Robotics", industry: "manufacturing", colour: "#e07a5f",
      description: { en: "Small robot arms for small factories.", "zh-CN": "诺瓦机器人：小工厂用的小型机械臂。" },
    }, member.token, 201);

    // The launch starts at the next five-minute mark at least three minutes away: inside the reminder window.
    const now = zonedParts(new Date(), PARK_TIME_ZONE);
    const startMinute = Math.ceil((now.minute + 3) / 5) * 5;
    expect(startMinute + 60, "the test needs the launch to fit in today on the park's clock").toBeLessThan(1440);

    // ---- The member fills in the form, with a cover, and is told a manager will approve it.
    const en = await h.openPage("en-US");
    await signIn(h, en, /^Sign in$/, `lin-${suffix}`, "Lin Hua", PASSWORD);
    await open(en, "/events/new");
    const form = en.getByTestId("event-form");
    await poll(() => form.locator('select[name="company"]').inputValue()).not.toBe("");
    await form.locator('input[name="title"]').fill(TITLE);
    await form.locator('textarea[name="description"]').fill("Meet the Nova X1: a six-axis arm that a small workshop can set up in an afternoon.\n诺瓦 X1：小车间一个下午就能装好的六轴机械臂。");
    await form.getByTestId("image-input").setInputFiles({ name: "cover.png", mimeType: "image/png", buffer: COVER });
    await poll(() => form.locator("img.company-image-picker__preview").count(), 30_000).toBe(1);
    await form.locator('input[name="day"]').fill(now.day);
    await form.locator('input[name="start"]').fill(minuteToClock(startMinute));
    await form.locator('input[name="end"]').fill(minuteToClock(startMinute + 60));
    expect(await en.getByTestId("event-approval-note").textContent()).toBe("A manager will approve it before it is shown in the park.");
    await shot(en, "events-form-en", true);
    await speak(en, "zh-CN");
    await poll(() => en.getByTestId("event-approval-note").textContent()).toBe("提交后需经管理员审核，通过后才会在园区展示。");
    await shot(en, "events-form-zh-CN", true);
    await speak(en, "en");
    await en.getByTestId("event-submit").click();
    await en.waitForURL(/\/events\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    const eventId = new URL(en.url()).pathname.split("/")[2]!;
    await poll(() => en.getByTestId("event-banner").textContent()).toContain("waiting for a manager's approval");
    expect(await en.getByTestId("event-title").textContent()).toBe(TITLE);
    expect(await en.locator("img.event-detail__picture").count()).toBe(1);
    const created = await expectApi<EventDetail>(h, "GET", `/api/events/${eventId}`, undefined, member.token, 200);
    expect(created.status).toBe("pending");
    expect(created.coverImageId).not.toBeNull();
    await shot(en, "event-pending-en", true);

    // ---- A manager approves it from the queue.
    const mgr = await h.openPage("zh-CN");
    await signIn(h, mgr, /^登录$/, `mgr-${suffix}`, "Park Office", PASSWORD);
    await open(mgr, "/manage/events");
    const pending = mgr.locator(`[data-testid="pending-event"][data-event-id="${eventId}"]`);
    await pending.waitFor({ timeout: 15_000 });
    expect(await pending.textContent()).toContain("Nova Robotics");
    await shot(mgr, "events-queue-zh-CN", true);
    await speak(mgr, "en");
    await poll(() => pending.getByTestId("approve-event").textContent()).toBe("Approve");
    await shot(mgr, "events-queue-en", true);
    await pending.getByTestId("approve-event").click();
    await poll(() => mgr.locator(`[data-testid="pending-event"][data-event-id="${eventId}"]`).count()).toBe(0);
    await poll(async () => (await expectApi<EventDetail>(h, "GET", `/api/events/${eventId}`, undefined, member.token, 200)).status).toBe("approved");

    // ---- The resident finds it on the calendar (in Chinese), then in the list, and opens it.
    const zh = await h.openPage("zh-CN");
    await signIn(h, zh, /^登录$/, `zhou-${suffix}`, "周敏", PASSWORD);
    await open(zh, "/events?park=home");
    const chip = zh.getByTestId("event-calendar").locator(`[data-day="${now.day}"] [data-testid="calendar-event"]`);
    await poll(() => chip.textContent()).toContain(TITLE);
    await shot(zh, "events-calendar-zh-CN", true);
    await speak(zh, "en");
    await poll(() => zh.getByTestId("events-view-list").textContent()).toBe("List");
    await shot(zh, "events-calendar-en", true);
    await speak(zh, "zh-CN");
    await zh.getByTestId("events-view-list").click();
    const card = zh.locator(`[data-testid="event-card"][data-event-id="${eventId}"]`);
    await poll(() => card.textContent()).toContain("Nova Robotics");
    expect(await card.getByTestId("event-kind").textContent()).toBe("发布会");
    expect(await card.getByTestId("event-rsvps").textContent()).toBe("0 人报名");
    await shot(zh, "events-list-zh-CN", true);
    await card.locator(".event-card__title").click();
    await zh.waitForURL(new RegExp(`/events/${eventId}$`));

    // ---- RSVP, and the calendar file.
    const rsvpButton = zh.getByTestId("event-rsvp");
    await poll(() => rsvpButton.textContent()).toBe("报名参加");
    await rsvpButton.click();
    await poll(() => rsvpButton.textContent()).toBe("取消报名");
    expect(await zh.getByTestId("event-rsvps").textContent()).toBe("1 人报名");
    const [ics, download] = await Promise.all([
      zh.waitForResponse((r) => r.url().endsWith(`/api/events/${eventId}/ics`)),
      zh.waitForEvent("download"),
      zh.getByTestId("event-ics").click(),
    ]);
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toMatch(/^text\/calendar/);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const icsText = fs.readFileSync((await download.path())!, "utf8");
    expect(icsText).toContain("BEGIN:VCALENDAR");
    expect(icsText).toContain("Nova X1 launch");
    // The doors open EVENT_DOORS_OPEN_MINUTES before the start: minutes away, the way into the hall is open already.
    expect(await zh.getByTestId("event-join").isEnabled()).toBe(true);
    await shot(zh, "event-page-zh-CN", true);
    await speak(zh, "en");
    await poll(() => rsvpButton.textContent()).toBe("Cancel my RSVP");
    await shot(zh, "event-page-en", true);
    await speak(zh, "zh-CN");

    // ---- The reminder tick (run in-process, as the server's timer does) reaches the resident's bell.
    // The server's own minute timer may have claimed it first: either way it is reminded once.
    await remindDueEvents(h.server.db, createLogger("silent"));
    expect(await remindDueEvents(h.server.db, createLogger("silent"))).not.toContain(eventId);
    // Outside the park nothing pings the page: the bell loads on the next page.
    await open(zh, `/events/${eventId}`);
    await poll(() => zh.getByTestId("notification-count").textContent(), 30_000).toBe("1");
    await zh.getByTestId("notification-bell").click();
    const item = zh.locator(".task-bell__item").first();
    await poll(() => item.textContent()).toContain("即将开始");
    expect(await item.textContent()).toContain(TITLE);
    expect(await item.locator("a").getAttribute("href")).toBe(`/events/${eventId}`);
    await shot(zh, "event-reminder-zh-CN");
    await zh.keyboard.press("Escape");

    // ---- In the park, the launch hall's sign shows it as next; a click on it opens the event.
    await open(zh, "/park/home");
    await zh.locator(".park-canvas canvas").waitFor({ timeout: 60_000 });
    await poll(async () => (await signSlots(zh)).find((s) => s.slot === "next")?.title, 60_000).toBe(TITLE);
    // The sign stands at (140, 76) before the hall, facing the plaza: walk north (S, with the camera
    // looking south from behind) and west (D) until in front of it, then turn the camera round to face it.
    // Short steps, each let settle before looking, so the walk stops near the spot rather than
    // wherever a slow frame lets go of the key.
    const step = async (key: string, done: (p: { x: number; z: number }) => boolean) => {
      for (let i = 0; i < 60 && !done(await selfPosition(zh)); i++) {
        await zh.keyboard.down(key);
        await zh.waitForTimeout(150);
        await zh.keyboard.up(key);
        await zh.waitForTimeout(400);
      }
      expect(done(await selfPosition(zh))).toBe(true);
    };
    await zh.keyboard.down("s");
    await poll(async () => (await selfPosition(zh)).z < 92, 60_000).toBe(true);
    await zh.keyboard.up("s");
    await step("d", (p) => p.x < 141.5);
    await step("s", (p) => p.z < 80);
    const canvas = (await zh.locator(".park-canvas canvas").boundingBox())!;
    // Half the canvas's height of drag turns the orbit camera half a turn.
    await zh.mouse.move(canvas.x + canvas.width / 2 - canvas.height / 4, canvas.y + canvas.height * 0.3);
    await zh.mouse.down();
    await zh.mouse.move(canvas.x + canvas.width / 2 + canvas.height / 4, canvas.y + canvas.height * 0.3, { steps: 20 });
    await zh.mouse.up();
    // Come closer with the wheel, as a person who wants to read it would.
    for (let i = 0; i < 10; i++) await zh.mouse.wheel(0, -240);
    await zh.waitForTimeout(1500);
    await poll(async () => (await signSlots(zh)).find((s) => s.slot === "next")?.x !== undefined, 30_000).toBe(true);
    await shot(zh, "events-board-zh-CN");
    await speak(zh, "en");
    await zh.waitForTimeout(1500);
    await shot(zh, "events-board-en");
    const next = (await signSlots(zh)).find((s) => s.slot === "next")!;
    expect(next.id).toBe(eventId);
    await zh.mouse.click(canvas.x + next.x!, canvas.y + next.y!);
    await zh.waitForURL(new RegExp(`/events/${eventId}$`), { timeout: 15_000 });

    expect(h.problems).toEqual([]);
  }, 420_000);
});

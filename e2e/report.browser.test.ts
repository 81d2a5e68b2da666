import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import type { Company } from "../shared/protocol/companies.ts";
import type { Session } from "../shared/protocol/http.ts";
import type { PersonReport } from "../shared/protocol/reports.ts";
import { parkYearAt } from "../client/pages/report/reportYear.ts";
import {
  insertAttendance, insertEvent, insertMeetingRoom, insertMeetingStay, insertParkDay, insertPlaceDay, insertRating, insertTask,
} from "../server/testing/yearActivity.ts";
import { expectApi, type Harness, poll, shot, signIn, startHarness, speak } from "./browserHarness.ts";

/**
 * Yearly reports in a real browser. A resident with a constructed year (days in the park with late
 * evenings, zones, booths, tasks taken and completed, ratings, events, a meeting) opens /report
 * in English and in Chinese, sees her figures, keywords and the card, and downloads the card as a
 * PNG; as a member of her company she opens its report; a manager opens the park's. Screenshots
 * of each, and the card itself.
 */

const PASSWORD = "report-test-password";
const SCREENSHOTS = path.join(path.dirname(new URL(import.meta.url).pathname), "screenshots");

let h: Harness;

async function open(page: Page, pathname: string): Promise<void> {
  await page.goto(h.server.url + pathname, { waitUntil: "networkidle" });
}

const chips = (page: Page) => page.getByTestId("report-keywords").locator(".report-keyword").allTextContents();

/** Width and height from a PNG's header. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

describe("yearly reports in a real browser", () => {
  beforeAll(async () => { h = await startHarness(); }, 180_000);
  afterAll(async () => { await h?.close(); });

  it("shows a resident her year with keywords and a card she can download, her company's year, and the park's to a manager", async () => {
    onTestFailed(() => h.reportFailure("report-failure"));
    const suffix = Date.now().toString(36).slice(-6);
    const ann = await expectApi<Session>(h, "POST", "/api/auth/register", { username: `ann-${suffix}`, displayName: "Ann Lee", password: PASSWORD }, undefined, 201);
    const bob = await expectApi<Session>(h, "POST", "/api/auth/register", { username: `bob-${suffix}`, displayName: "Bob Wang", password: PASSWORD }, undefined, 201);
    await h.server.accounts.createManager({ username: `mgr-${suffix}`, displayName: "Park Office", password: PASSWORD });
    const acme = await expectApi<Company>(h, "POST", "/api/companies", {
      name: "Acme Robotics", industry: "manufacturing", colour: "#1f7a8c", description: { en: "Robot arms.", "zh-CN": "机械臂。" },
    }, ann.token, 201);
    const beta = await expectApi<Company>(h, "POST", "/api/companies", {
      name: "Beta Labs", industry: "software", colour: "#e07a5f", description: { en: "Sensors.", "zh-CN": "传感器。" },
    }, bob.token, 201);

    // ---- Ann's year so far, at its start on the park's clock (always in the past, always this year).
    const year = parkYearAt(new Date());
    const day = (d: number) => `${year}-01-0${d}`;
    const at = (d: number, hm: string) => `${day(d)}T${hm}:00+08:00`;
    const db = h.server.db;
    const a = ann.user.id, b = bob.user.id;
    for (const d of [1, 2, 3, 4, 5, 6]) await insertParkDay(db, { parkId: "home", userId: a, day: day(d), seconds: 5400, lateSeconds: 1800 });
    for (const [zone, seconds] of [["plaza", 7200], ["cafe", 3600], ["green", 1800]] as const) {
      await insertPlaceDay(db, { parkId: "home", kind: "zone", placeId: zone, userId: a, day: day(2), visits: 2, dwellSeconds: seconds });
    }
    await insertPlaceDay(db, { parkId: "home", kind: "booth", placeId: "booth-1", userId: a, day: day(2), companyId: beta.id, visits: 4, dwellSeconds: 300 });
    await insertPlaceDay(db, { parkId: "home", kind: "booth", placeId: "booth-2", userId: a, day: day(3), visits: 2, dwellSeconds: 60 });
    // Acme's booth drew Bob on two days.
    await insertPlaceDay(db, { parkId: "home", kind: "booth", placeId: "booth-3", userId: b, day: day(2), companyId: acme.id, visits: 5, dwellSeconds: 600 });
    await insertPlaceDay(db, { parkId: "home", kind: "booth", placeId: "booth-3", userId: b, day: day(3), companyId: acme.id, visits: 3, dwellSeconds: 240 });
    // Three tasks of Bob's that Ann took and finished, each rated five stars; one she posted for Acme.
    for (const n of [1, 2, 3]) {
      const task = await insertTask(db, {
        posterId: b, title: `Fixture ${n}`, status: "accepted", takerId: a, pickedApplicant: a, steps: [
          { action: "publish", from: null, to: "open", at: at(1, "09:00"), actorId: b },
          { action: "pick", from: "open", to: "assigned", at: at(1, "10:00"), actorId: b },
          { action: "deliver", from: "assigned", to: "delivered", at: at(2, "10:00"), actorId: a },
          { action: "accept", from: "delivered", to: "accepted", at: at(3, "10:00"), actorId: b },
        ],
      });
      await insertRating(db, { taskId: task, from: b, to: a, stars: 5, at: at(3, "11:00") });
    }
    await insertTask(db, { posterId: a, companyId: acme.id, title: "Gripper design", status: "open", steps: [{ action: "publish", from: null, to: "open", at: at(2, "09:00"), actorId: a }] });
    // Acme's launch (Ann and Bob came) and a salon of the park's.
    const launch = await insertEvent(db, { parkId: "home", companyId: acme.id, title: "Acme launch", startsAt: at(1, "00:00"), endsAt: at(1, "01:00"), status: "approved" });
    const salon = await insertEvent(db, { parkId: "home", title: "Salon", startsAt: at(1, "00:00"), endsAt: at(1, "00:30"), status: "approved" });
    await insertAttendance(db, { eventId: launch, userId: a, joinedAt: at(1, "00:00"), leftAt: at(1, "01:00") });
    await insertAttendance(db, { eventId: launch, userId: b, joinedAt: at(1, "00:00"), leftAt: at(1, "01:00") });
    await insertAttendance(db, { eventId: salon, userId: a, joinedAt: at(1, "00:00"), leftAt: at(1, "00:30") });
    const room = await insertMeetingRoom(db, "home", "Room A");
    await insertMeetingStay(db, { roomId: room, userId: a, joinedAt: at(4, "14:00"), leftAt: at(4, "15:00") });
    await insertMeetingStay(db, { roomId: room, userId: b, joinedAt: at(4, "14:10"), leftAt: at(4, "15:00") });

    const mine = await expectApi<PersonReport>(h, "GET", `/api/reports/me/${year}`, undefined, ann.token, 200);
    expect(mine.keywords).toEqual(["reliable", "night-owl", "explorer", "task-taker", "well-rated"]);

    // ---- Ann opens her year from /me, in English.
    const page = await h.openPage("en-US");
    await signIn(h, page, /^Sign in$/, `ann-${suffix}`, "Ann Lee", PASSWORD);
    await open(page, "/me");
    await page.getByTestId("my-year-link").click();
    await page.waitForURL(/\/report$/);
    await poll(() => page.getByTestId("report-heading").textContent()).toBe(`Ann Lee's ${year}`);
    expect(await page.getByTestId("report-hours").locator(".report-stat__value").textContent()).toBe("9");
    expect(await page.getByTestId("report-days").locator(".report-stat__value").textContent()).toBe("6");
    expect(await page.getByTestId("report-late").locator(".report-stat__value").textContent()).toBe("6");
    expect(await page.getByTestId("report-zones").locator(".report-ranked__name").allTextContents()).toEqual(["Central Plaza", "Café", "Makers' Green"]);
    expect(await page.getByTestId("report-booths").locator(".report-ranked__name").allTextContents()).toEqual(["Beta Labs", "Unlet booth (booth-2)"]);
    expect(await page.getByTestId("report-tasks").locator(".report-stat__value").allTextContents()).toEqual(["1", "3", "3"]);
    expect(await page.getByTestId("report-ratings").locator(".report-stat__value").allTextContents()).toEqual(["3", "5 ★", "0"]);
    expect(await page.getByTestId("report-together").locator(".report-stat__value").allTextContents()).toEqual(["2", "1"]);
    expect(await chips(page)).toEqual(["Reliable", "Night owl", "Explorer", "Task taker", "Well rated"]);
    expect(await page.locator('.report-keyword[data-keyword="night-owl"]').getAttribute("title")).toBe("In the park after 9 pm on 5 evenings or more");
    await poll(() => page.getByTestId("report-card").getAttribute("data-painted")).toBe("yes");
    await shot(page, "report-en", true);

    // ---- The card, downloaded: a PNG the card's size.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("report-download").click()]);
    expect(download.suggestedFilename()).toBe(`enclave-${year}-Ann-Lee.png`);
    const png = fs.readFileSync((await download.path())!);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(pngSize(png)).toEqual({ width: 1080, height: 1350 });
    fs.writeFileSync(path.join(SCREENSHOTS, "report-card-en.png"), png);

    // ---- The same year in Chinese.
    await speak(page, "zh-CN");
    await poll(() => page.getByTestId("report-heading").textContent()).toBe(`Ann Lee的 ${year} 年`);
    expect(await page.getByTestId("report-zones").locator(".report-ranked__name").allTextContents()).toEqual(["中心广场", "咖啡馆", "创客绿地"]);
    expect(await chips(page)).toEqual(["靠谱担当", "夜猫子", "探索达人", "接单能手", "口碑之星"]);
    expect(await page.getByTestId("report-download").textContent()).toBe("下载图片");
    await poll(() => page.getByTestId("report-card").getAttribute("data-painted")).toBe("yes");
    await shot(page, "report-zh", true);
    const [zhDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("report-download").click()]);
    fs.writeFileSync(path.join(SCREENSHOTS, "report-card-zh.png"), fs.readFileSync((await zhDownload.path())!));

    // ---- Her company's year, from its page.
    await speak(page, "en");
    await open(page, `/companies/${acme.id}`);
    await page.getByTestId("company-report-link").click();
    await page.waitForURL(new RegExp(`/companies/${acme.id}/report$`));
    await poll(() => page.getByTestId("report-heading").textContent()).toBe(`Acme Robotics in ${year}`);
    expect(await page.getByTestId("report-booth-visits").locator(".report-stat__value").textContent()).toBe("8");
    expect(await page.getByTestId("report-booth-visitors").locator(".report-stat__value").textContent()).toBe("1");
    expect(await page.getByTestId("report-busiest-month").locator(".report-stat__value").textContent()).toBe("January");
    expect(await chips(page)).toEqual(["Newcomer", "Host"]);
    await poll(() => page.getByTestId("report-card").getAttribute("data-painted")).toBe("yes");
    await shot(page, "report-company-en", true);
    // Not hers: Bob's company.
    await open(page, `/companies/${beta.id}/report`);
    await poll(() => page.getByTestId("report-error").textContent()).toBe("This report is not yours to read.");

    // ---- Someone new, with nothing yet: a kind word instead of zeros.
    await expectApi<Session>(h, "POST", "/api/auth/register", { username: `dee-${suffix}`, displayName: "Dee Chen", password: PASSWORD }, undefined, 201);
    const fresh = await h.openPage("en-US");
    await signIn(h, fresh, /^Sign in$/, `dee-${suffix}`, "Dee Chen", PASSWORD);
    await open(fresh, "/report");
    await poll(() => fresh.getByTestId("report-empty").textContent()).toContain(`Nothing to look back on in ${year} yet.`);
    expect(await fresh.getByTestId("report-card").count()).toBe(0);
    await shot(fresh, "report-empty-en");

    // ---- The park's year, for a manager.
    const mgr = await h.openPage("zh-CN");
    await signIn(h, mgr, /^登录$/, `mgr-${suffix}`, "Park Office", PASSWORD);
    await open(mgr, `/park/home/report?year=${year}`);
    await poll(() => mgr.getByTestId("report-people").locator(".report-stat__value").textContent()).toBe("1");
    await poll(() => mgr.getByTestId("report-card").getAttribute("data-painted")).toBe("yes");
    await shot(mgr, "report-park-zh", true);

    expect(h.problems.filter((p) => !p.includes("403"))).toEqual([]);
  }, 240_000);
});

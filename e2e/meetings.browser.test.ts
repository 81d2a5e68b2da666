import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { PARK_TIME_ZONE } from "../shared/constants.ts";
import type { Company, Invitation } from "../shared/protocol/companies.ts";
import type { Session } from "../shared/protocol/http.ts";
import type { MeetingBookingList } from "../shared/protocol/meetings.ts";
import type { TaskDetail } from "../shared/protocol/tasks.ts";
import { addDays, mondayOf, zonedIso, zonedParts } from "../client/pages/meetings/parkTime.ts";
import { expectApi, type Harness, poll, shot, signIn, startHarness } from "./browserHarness.ts";

/**
 * Meeting rooms in real browsers against the real server. A resident (in English) books the
 * park's meeting room A from its week calendar and invites a colleague; the colleague (in Chinese)
 * finds it under My meetings and in the bell; a third person asking for the same time is told in
 * words that it is taken; the colleague's "Book a meeting" on a task fills in the form; a manager
 * links a door of the Changshu park to a new room in the editor and saves. Screenshots of each
 * page in both languages.
 */

const PASSWORD = "meetings-test-password";
const ROOM_A = "5eed0000-0000-4000-8000-00000000a001";
const TASK_TITLE = "伺服驱动调试 Servo drive tuning";
const MEETING_TITLE = "Fixture review 夹具评审";

let h: Harness;

/** Moves within the app as a click on a link would, and waits for the page's calls to finish. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(h.server.url + path, { waitUntil: "networkidle" });
}

describe("meeting rooms in a real browser", () => {
  beforeAll(async () => { h = await startHarness(); }, 180_000);
  afterAll(async () => { await h?.close(); });

  it("books from the calendar with an invitee, refuses a taken time in words, books from a task, and links a door in the editor", async () => {
    onTestFailed(() => h.reportFailure("meetings-failure"));
    const suffix = Date.now().toString(36).slice(-6);

    // ---- Set up through the API: a booker with a company, a colleague in it who applied to the booker's task, a third person, a manager.
    const booker = await expectApi<Session>(h, "POST", "/api/auth/register", { username: `wang-${suffix}`, displayName: "Wang Lei", password: PASSWORD }, undefined, 201);
    const colleague = await expectApi<Session>(h, "POST", "/api/auth/register", { username: `chen-${suffix}`, displayName: "陈静", password: PASSWORD }, undefined, 201);
    const sam = await expectApi<Session>(h, "POST", "/api/auth/register", { username: `sam-${suffix}`, displayName: "Sam Rivera", password: PASSWORD }, undefined, 201);
    await h.server.accounts.createManager({ username: `mgr-${suffix}`, displayName: "Park Office", password: PASSWORD });
    const company = await expectApi<Company>(h, "POST", "/api/companies", {
      name: "Yushan Automation", industry: "manufacturing", colour: "#2f6fb3",
      description: { en: "Automation cells for small factories.", "zh-CN": "虞山自动化：小工厂的自动化单元。" },
    }, booker.token, 201);
    const invitation = await expectApi<Invitation>(h, "POST", `/api/companies/${company.id}/invitations`, { username: `chen-${suffix}` }, booker.token, 201);
    await expectApi(h, "POST", `/api/invitations/${invitation.id}/answer`, { accept: true }, colleague.token, 200);
    const task = await expectApi<TaskDetail>(h, "POST", "/api/tasks", {
      title: TASK_TITLE, description: "两台伺服电机的增益需要重新整定。Two servo axes need their gains tuned again.", category: "automation",
      skills: ["Servo"], budget: 8000,
    }, booker.token, 201);
    await expectApi(h, "POST", `/api/tasks/${task.id}/apply`, { note: "我调过同型号的驱动器。", proposedFee: null }, colleague.token, 201);

    // Tuesday of next week at 10:00 on the park's clock: free, and in the future whatever today is.
    const monday = addDays(mondayOf(zonedParts(new Date(), PARK_TIME_ZONE).day), 7);
    const tuesday = addDays(monday, 1);
    const slotIso = zonedIso(tuesday, 10 * 60, PARK_TIME_ZONE);

    // ---- The booker finds room A in the rooms of the park.
    const en = await h.openPage("en-US");
    await signIn(h, en, /^Sign in$/, `wang-${suffix}`, "Wang Lei", PASSWORD);
    await open(en, "/rooms?park=home");
    const card = en.locator(`[data-testid="room-card"][data-room-id="${ROOM_A}"]`);
    await card.waitFor();
    expect(await card.getByTestId("room-present").textContent()).toBe("0 / 12 inside");
    await shot(en, "meetings-rooms-en");
    await card.getByRole("link").first().click();
    await poll(() => en.getByTestId("room-name").textContent()).toBe("会议室 A · Meeting room A");
    expect(await en.getByTestId("room-go-in").textContent()).toBe("Go in");

    // Next week on the calendar; a click on Tuesday 10:00 opens the form with the room and the time filled in.
    await en.getByTestId("calendar-next").click();
    const slot = en.locator(`button[data-slot="${tuesday}T10:00"]`);
    await slot.click();
    const form = en.getByTestId("booking-form");
    await form.waitFor();
    await poll(() => form.locator('[name="room"]').inputValue()).toBe(ROOM_A);
    expect(await form.locator('[name="day"]').inputValue()).toBe(tuesday);
    expect(await form.locator('[name="start"]').inputValue()).toBe("10:00");
    // Sent without a title, the form says so and sends nothing.
    await form.getByTestId("booking-submit").click();
    await poll(() => form.getByTestId("problem-title").textContent()).toBe("Give the meeting a title.");
    await form.locator('[name="title"]').fill(MEETING_TITLE);
    await form.locator('[name="minutes"]').selectOption("90");
    await form.getByTestId("invitee-search").fill("陈");
    await form.locator(`[data-testid="invitee-offer"] button[data-person-id="${colleague.user.id}"]`).click();
    await poll(() => form.locator(`[data-testid="invitees-chosen"] [data-person-id="${colleague.user.id}"]`).count()).toBe(1);
    // Someone the booker has never met is found by their username through the park's directory.
    await form.getByTestId("invitee-search").fill(`sam-${suffix}`);
    await form.locator(`[data-testid="invitee-offer"] button[data-person-id="${sam.user.id}"]`).click();
    await poll(() => form.locator(`[data-testid="invitees-chosen"] [data-person-id="${sam.user.id}"]`).count()).toBe(1);
    await en.evaluate(() => window.scrollTo(0, 0));
    await shot(en, "meetings-booking-en");
    await form.getByTestId("booking-submit").click();

    // My meetings shows it, with the room and the colleague; going in waits for the time.
    await en.getByTestId("booking-confirmed").waitFor();
    const mine = en.getByTestId("meeting");
    await poll(() => mine.getByTestId("meeting-title").textContent()).toBe(MEETING_TITLE);
    expect(await mine.getByTestId("meeting-go-in").isDisabled()).toBe(true);
    expect(await mine.getByTestId("meeting-person").allTextContents()).toContain("陈陈静");
    await shot(en, "meetings-mine-en");

    // The room's calendar shows the block on Tuesday.
    await open(en, `/rooms/${ROOM_A}`);
    await en.getByTestId("calendar-next").click();
    const block = en.locator(`[data-day="${tuesday}"] [data-testid="calendar-block"]`);
    await poll(() => block.count()).toBe(1);
    expect(await block.textContent()).toContain(MEETING_TITLE);
    await shot(en, "meetings-room-en", true);

    // ---- The colleague, in Chinese, has a notification and the meeting under My meetings.
    const zh = await h.openPage("zh-CN");
    await signIn(h, zh, /^登录$/, `chen-${suffix}`, "陈静", PASSWORD);
    await open(zh, "/rooms?park=home");
    await zh.getByTestId("meetings-menu").locator("summary").click();
    await zh.getByTestId("nav-my-meetings").click();
    await poll(() => zh.getByTestId("meeting-title").textContent()).toBe(MEETING_TITLE);
    expect(await zh.getByTestId("meeting").textContent()).toContain("预约人");
    await poll(() => zh.getByTestId("notification-count").textContent()).toBe("1");
    await zh.getByTestId("notification-bell").click();
    await poll(() => zh.locator(".task-bell__item").first().textContent()).toContain("邀请你参加会议");
    expect(await zh.locator(".task-bell__item").first().textContent()).toContain(MEETING_TITLE);
    await zh.keyboard.press("Escape");
    await shot(zh, "meetings-mine-zh-CN");
    await open(zh, "/rooms?park=home");
    await zh.locator('[data-testid="room-card"]').first().waitFor();
    await shot(zh, "meetings-rooms-zh-CN");
    await open(zh, `/rooms/${ROOM_A}`);
    await zh.getByTestId("calendar-next").click();
    await poll(() => zh.locator(`[data-day="${tuesday}"] [data-testid="calendar-block"]`).count()).toBe(1);
    await shot(zh, "meetings-room-zh-CN", true);

    // ---- A third person asking for the same time hears it is taken, in words.
    const third = await h.openPage("en-US");
    await signIn(h, third, /^Sign in$/, `sam-${suffix}`, "Sam Rivera", PASSWORD);
    await open(third, `/meetings/new?room=${ROOM_A}&start=${encodeURIComponent(slotIso)}`);
    const thirdForm = third.getByTestId("booking-form");
    await poll(() => thirdForm.locator('[name="room"]').inputValue()).toBe(ROOM_A);
    // The day's bookings beside the form already show the taken time.
    await poll(() => third.getByTestId("booking-day").textContent()).toContain(MEETING_TITLE);
    await thirdForm.locator('[name="title"]').fill("Supplier call");
    await thirdForm.getByTestId("booking-submit").click();
    await poll(() => thirdForm.getByTestId("booking-error").textContent())
      .toBe("That time is already booked in this room. Pick a time that is still free.");

    // ---- The colleague applied to the booker's task: its page offers a meeting with the poster, and the form is filled in.
    await open(zh, `/tasks/${task.id}`);
    const book = zh.getByTestId("task-book-meeting");
    await poll(() => book.getAttribute("data-with")).toBe(booker.user.id);
    await book.click();
    const zhForm = zh.getByTestId("booking-form");
    await poll(() => zhForm.locator('[name="title"]').inputValue()).toBe(TASK_TITLE);
    await poll(() => zhForm.locator(`[data-testid="invitees-chosen"] [data-person-id="${booker.user.id}"]`).textContent()).toContain("Wang Lei");
    await zhForm.locator('[name="room"]').selectOption(ROOM_A);
    await zhForm.locator('[name="day"]').fill(tuesday);
    await zhForm.locator('[name="start"]').fill("14:00");
    await poll(() => zh.getByTestId("booking-day").textContent()).toContain(MEETING_TITLE);
    await zh.evaluate(() => { (document.activeElement as HTMLElement | null)?.blur(); window.scrollTo(0, 0); });
    await shot(zh, "meetings-booking-zh-CN");
    await zhForm.getByTestId("booking-submit").click();
    await zh.getByTestId("booking-confirmed").waitFor();
    const taskMeetings = await expectApi<MeetingBookingList>(h, "GET", `/api/tasks/${task.id}/meetings`, undefined, booker.token, 200);
    expect(taskMeetings.bookings.map((b) => [b.title, b.booker.id, b.invitees.map((p) => p.id)])).toEqual([[TASK_TITLE, colleague.user.id, [booker.user.id]]]);
    await open(zh, `/tasks/${task.id}`);
    await poll(() => zh.getByTestId("task-meeting").count()).toBe(1);

    // ---- A manager links the Changshu park's meeting door to a new clinic in the editor, and saves.
    const manager = await h.openPage("en-US");
    await signIn(h, manager, /^Sign in$/, `mgr-${suffix}`, "Park Office", PASSWORD);
    await open(manager, "/park/changshu-enclave");
    await manager.locator(".park-canvas canvas").waitFor({ timeout: 30_000 });
    const edit = manager.getByTestId("edit-park");
    await poll(() => edit.isEnabled()).toBe(true);
    await edit.click();
    await manager.getByTestId("editor-panel").waitFor();
    await manager.getByTestId("editor-group-door").click();
    await manager.getByTestId("editor-item-door-meeting-1").click();
    await poll(() => manager.getByTestId("editor-selected").getAttribute("data-id")).toBe("door-meeting-1");
    const select = manager.getByTestId("door-room-select");
    await poll(() => select.inputValue()).toBe("5eed0000-0000-4000-8000-00000000b001");
    await select.selectOption("new");
    const newRoom = manager.getByTestId("door-new-room");
    await newRoom.locator('[name="name"]').fill("Expert clinic 专家诊室");
    await newRoom.locator('[name="kind"]').selectOption("clinic");
    await newRoom.locator('[name="capacity"]').fill("6");
    await shot(manager, "meetings-editor-door-en");
    await newRoom.getByTestId("door-create-room").click();
    await poll(() => newRoom.count()).toBe(0);
    const created = await select.inputValue();
    expect(created).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).not.toBe("5eed0000-0000-4000-8000-00000000b001");
    await poll(() => manager.getByTestId("editor-status").getAttribute("data-unsaved")).toBe("1");
    await manager.getByRole("group", { name: "Language" }).getByRole("button", { name: "中文" }).click();
    await poll(() => manager.getByTestId("door-room").textContent()).toContain("会议室");
    await shot(manager, "meetings-editor-door-zh-CN");
    await manager.getByTestId("editor-save").click();
    await poll(() => manager.getByTestId("editor-status").getAttribute("data-unsaved")).toBe("0");
    const saved = await expectApi<{ layout: { doors: Array<{ id: string; meetingRoomId?: string }> } }>(h, "GET", "/api/parks/changshu-enclave", undefined, undefined, 200);
    expect(saved.layout.doors.find((d) => d.id === "door-meeting-1")?.meetingRoomId).toBe(created);

    // The new clinic's page offers the manager its settings and clinic hours: Monday afternoons.
    await open(manager, `/rooms/${created}`);
    await poll(() => manager.getByTestId("room-name").textContent()).toBe("Expert clinic 专家诊室");
    const hours = manager.getByTestId("clinic-hours-editor");
    await hours.getByRole("button", { name: /Add hours|添加时段/ }).click();
    await hours.getByTestId("hours-save").click();
    await poll(() => hours.locator(".company-saved").count()).toBe(1);
    const room = await expectApi<{ hours: unknown[] }>(h, "GET", `/api/meeting-rooms/${created}`, undefined, undefined, 200);
    expect(room.hours).toEqual([{ weekday: 1, startMinute: 14 * 60, endMinute: 17 * 60 }]);
    expect(await manager.getByTestId("room-settings").count()).toBe(1);
    await shot(manager, "meetings-room-manager-zh-CN", true);

    // The browser logs the refused booking it was meant to get; nothing else went wrong.
    const overlapLog = "[en-US] console error: Failed to load resource: the server responded with a status of 409 (Conflict)";
    expect(h.problems.filter((p) => p !== overlapLog)).toEqual([]);
    expect(h.problems.filter((p) => p === overlapLog)).toHaveLength(1);
  }, 300_000);
});

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { DOOR_EXIT_DISTANCE } from "../shared/constants.ts";
import { MSG_M_ADMIT, MSG_M_LOCK } from "../shared/protocol/meetingMessages.ts";
import type { Session } from "../shared/protocol/http.ts";
import { joinMeeting, openClinicAllWeek, type MeetingProbe } from "../server/testing/meetingFixtures.ts";
import { drawnPng } from "../server/testing/fixtures/testImages.ts";
import { expectApi, goInApp, type Harness, poll, selfPosition, shot, signIn, startHarness } from "./browserHarness.ts";

/**
 * A meeting room in two real browsers against the real server. Ann (English) is in the home park
 * in front of meeting room A's door, walks through it and is inside: she hosts, uploads two
 * slides (pictures made here) and shows them. Lin (Chinese) comes into the same public room and
 * sees slide 1; Ann turns to page 2 and Lin's screen follows. On the whiteboard Lin draws and
 * Ann sees it; Ann mutes and unmutes Lin. Lin knocks at the private room B (a manager hosts it),
 * is let in and leaves; she queues at the open clinic and gives up. Ann leaves by the exit door and is back in the park in front
 * of the door. Screenshots in both languages land in e2e/screenshots/.
 */

const PARK = "home";
/** The seeded rooms behind the home park's doors (assets/parks/meeting-rooms.json). */
const ROOM_A = "5eed0000-0000-4000-8000-00000000a001";
const ROOM_B = "5eed0000-0000-4000-8000-00000000a002";
const CLINIC = "5eed0000-0000-4000-8000-00000000a003";
/** Door of room A: at (40, 234), facing smaller z; coming out puts you DOOR_EXIT_DISTANCE in front. */
const DOOR = { id: "door-meeting-1", x: 40, z: 234 };
const PASSWORD = "meeting-test-password";

let h: Harness;

/** Two slides a person can tell apart at a glance: a teal title slide, and an amber chart of bars. */
const SLIDE_1 = drawnPng(640, 360, (x, y) => (y > 140 && y < 220 && x > 80 && x < 560 ? [255, 255, 255] : y < 40 ? [242, 181, 68] : [15, 61, 62]));
const SLIDE_2 = drawnPng(640, 360, (x, y) => {
  const bar = Math.floor((x - 60) / 110);
  const top = [260, 180, 120, 70, 150][bar] ?? 999;
  return x > 60 && (x - 60) % 110 < 80 && y > top && y < 320 ? [29, 106, 102] : [255, 248, 232];
});

/** A PDF of plain drawn pages (each a content stream of PDF drawing operators), with a correct cross-reference table. */
function pdf(pages: string[]): Buffer {
  const objects: string[] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${3 + i * 2} 0 R`).join(" ")}] /Count ${pages.length} >>`,
  ];
  for (const [i, content] of pages.entries()) {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 960 540] /Contents ${4 + i * 2} 0 R >>`);
    objects.push(`<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`);
  }
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (const [i, body] of objects.entries()) {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

/** A two-page brief: a gold band over teal, then three red blocks on white. */
const BRIEF = pdf([
  "0.06 0.24 0.24 rg 0 0 960 540 re f 0.95 0.71 0.27 rg 0 420 960 120 re f",
  "1 1 1 rg 0 0 960 540 re f 0.86 0.15 0.15 rg 100 100 200 300 re f 380 100 200 200 re f 660 100 200 100 re f",
]);

/** Follows an in-app link the way the app does (history state and all), without a page load. */
/** Where the minimap says you are now, or null when the park is not on screen (no waiting). */
async function positionNow(page: Page): Promise<{ x: number; z: number } | null> {
  try {
    const map = page.getByTestId("minimap");
    const x = await map.getAttribute("data-self-x", { timeout: 1000 });
    const z = await map.getAttribute("data-self-z", { timeout: 1000 });
    return x === null || z === null ? null : { x: Number(x), z: Number(z) };
  } catch {
    return null;
  }
}

type Key = "w" | "a" | "s" | "d";
const unit = (v: { x: number; z: number }) => {
  const l = Math.hypot(v.x, v.z) || 1;
  return { x: v.x / l, z: v.z / l };
};

/**
 * Walks into a door with the keyboard, as a person would. Keys move relative to the camera,
 * whose angle depends on the first frame; two short steps ("s", then "d") tell which way each
 * key goes on the ground, then each step takes the key that points most nearly at the door (and
 * learns again from where it went), until the room's page opens.
 */
async function walkThroughDoor(page: Page, door: { x: number; z: number }, inside: RegExp): Promise<void> {
  const entered = () => inside.test(page.url());
  /** Holds `key` until it has moved you `metres`; answers how you moved, or null once inside. */
  const step = async (key: Key, metres: number): Promise<{ x: number; z: number } | null> => {
    const from = await selfPosition(page);
    await page.keyboard.down(key);
    try {
      await poll(async () => {
        if (entered()) return true;
        const p = await positionNow(page);
        return p !== null && Math.hypot(p.x - from.x, p.z - from.z) > metres;
      }).toBe(true);
    } finally {
      await page.keyboard.up(key);
    }
    await page.waitForTimeout(200);
    if (entered()) return null;
    const to = await selfPosition(page);
    return { x: to.x - from.x, z: to.z - from.z };
  };
  // The camera takes its angle from the first frame that shows you: let it settle before learning the keys.
  await page.waitForTimeout(1500);
  const back = await step("s", 0.3);
  if (!back) return;
  const right = await step("d", 0.3);
  if (!right) return;
  const OPPOSITE: Record<Key, Key> = { w: "s", s: "w", a: "d", d: "a" };
  const ways: Record<Key, { x: number; z: number }> = {
    s: unit(back), w: unit({ x: -back.x, z: -back.z }), d: unit(right), a: unit({ x: -right.x, z: -right.z }),
  };
  for (let i = 0; i < 40; i++) {
    const p = await selfPosition(page);
    const toDoor = unit({ x: door.x - p.x, z: door.z - p.z });
    const key = (Object.keys(ways) as Key[]).reduce((best, k) =>
      ways[k].x * toDoor.x + ways[k].z * toDoor.z > ways[best].x * toDoor.x + ways[best].z * toDoor.z ? k : best);
    const moved = await step(key, 0.5);
    if (!moved) return;
    // What the key did this time is what it does now.
    ways[key] = unit(moved);
    ways[OPPOSITE[key]] = unit({ x: -moved.x, z: -moved.z });
  }
  await page.waitForURL(inside, { timeout: 30_000 });
}

const pageIndicator = (page: Page) => page.getByTestId("meeting-page");
const screenImage = (page: Page) => page.getByTestId("meeting-screen").getAttribute("data-image-id");

/** Drags across the whiteboard's canvas, as a person draws a line: a zigzag from left to right. */
async function drawOnBoard(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  const box = (await page.getByTestId("whiteboard-canvas").boundingBox())!;
  const at = (f: { x: number; y: number }) => ({ x: box.x + box.width * f.x, y: box.y + box.height * f.y });
  const a = at(from);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    const f = i / 12;
    const p = at({ x: from.x + (to.x - from.x) * f, y: from.y + (to.y - from.y) * f + (i % 2 ? 0.06 : -0.06) });
    await page.mouse.move(p.x, p.y, { steps: 3 });
  }
  await page.mouse.up();
}

describe("meeting rooms in a real browser", () => {
  beforeAll(async () => { h = await startHarness(); }, 180_000);
  afterAll(async () => { await h?.close(); });

  it("walks in through the door, shows slides that another person follows, draws together, knocks and queues, and walks back out", async () => {
    onTestFailed(() => h.reportFailure("meeting-failure"));
    const suffix = Date.now().toString(36).slice(-6);
    const ann = await expectApi<Session>(h, "POST", "/api/auth/register", { username: `ann-${suffix}`, displayName: "Ann Carter", password: PASSWORD }, undefined, 201);
    const lin = await expectApi<Session>(h, "POST", "/api/auth/register", { username: `lin-${suffix}`, displayName: "林晓", password: PASSWORD }, undefined, 201);
    await h.server.accounts.createManager({ username: `mgr-${suffix}`, displayName: "Park Office", password: PASSWORD });
    const manager = await expectApi<Session>(h, "POST", "/api/auth/login", { username: `mgr-${suffix}`, password: PASSWORD }, undefined, 200);
    // Ann booked room A for now: she hosts it, and may put slides on its screen.
    const startsAt = new Date(Date.now() - 60_000);
    await expectApi(h, "POST", `/api/meeting-rooms/${ROOM_A}/bookings`, {
      title: "Q4 supplier roadmap", startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 60 * 60_000).toISOString(),
    }, ann.token, 201);

    // ---- Ann stands in front of meeting room A's door in the home park and walks through it.
    const en = await h.openPage("en-US");
    await signIn(h, en, /^Sign in$/, `ann-${suffix}`, "Ann Carter", PASSWORD);
    await goInApp(en, `/park/${PARK}`, { door: DOOR.id });
    await en.locator(".park-canvas canvas").waitFor({ timeout: 60_000 });
    await poll(async () => {
      const p = await selfPosition(en);
      return Math.hypot(p.x - DOOR.x, p.z - (DOOR.z - DOOR_EXIT_DISTANCE));
    }, 60_000).toBeLessThan(0.6);
    await walkThroughDoor(en, DOOR, new RegExp(`/rooms/${ROOM_A}/inside$`));

    await en.getByTestId("meeting-canvas").waitFor({ timeout: 60_000 });
    await poll(() => en.getByTestId("meeting-room-name").textContent()).toContain("Meeting room A");
    await poll(() => en.getByTestId("meeting-present-count").textContent()).toBe("1");
    // The booker hosts.
    await poll(() => en.getByTestId("meeting-people").textContent()).toContain("Host");
    await poll(() => en.getByTestId("meeting-booking").textContent()).toContain("Q4 supplier roadmap");

    // ---- She uploads two slides and they go on the screen.
    await en.getByTestId("screen-slides").click();
    await en.getByTestId("meeting-decks").waitFor();
    await en.getByTestId("slides-input").setInputFiles([
      { name: "roadmap-1.png", mimeType: "image/png", buffer: SLIDE_1 },
      { name: "roadmap-2.png", mimeType: "image/png", buffer: SLIDE_2 },
    ]);
    await poll(() => pageIndicator(en).getAttribute("data-page"), 60_000).toBe("1");
    expect(await pageIndicator(en).getAttribute("data-pages")).toBe("2");
    expect(await pageIndicator(en).textContent()).toContain("roadmap-1");
    await poll(() => screenImage(en), 60_000).not.toBe("");
    const firstImage = await screenImage(en);

    // ---- Lin comes into the same room and sees slide 1.
    const zh = await h.openPage("zh-CN");
    await signIn(h, zh, /^登录$/, `lin-${suffix}`, "林晓", PASSWORD);
    await goInApp(zh, `/rooms/${ROOM_A}/inside`);
    await zh.getByTestId("meeting-canvas").waitFor({ timeout: 60_000 });
    await poll(() => pageIndicator(zh).getAttribute("data-page"), 60_000).toBe("1");
    await poll(() => screenImage(zh), 60_000).toBe(firstImage);
    await poll(() => en.getByTestId("meeting-present-count").textContent()).toBe("2");
    await poll(() => zh.getByTestId("meeting-people").textContent()).toContain("主持人");
    // Lin is not the host: no screen controls.
    expect(await zh.getByTestId("page-next").count()).toBe(0);
    await poll(() => zh.getByTestId("meeting-seat").count()).toBe(2);
    await zh.waitForTimeout(500);
    await shot(zh, "meeting-slides-zh-CN");

    // ---- Ann turns to page 2; Lin's screen follows.
    await en.getByTestId("page-next").click();
    await poll(() => pageIndicator(en).getAttribute("data-page")).toBe("2");
    await poll(() => pageIndicator(zh).getAttribute("data-page"), 30_000).toBe("2");
    await poll(() => screenImage(zh), 30_000).not.toBe(firstImage);
    await poll(() => screenImage(en), 30_000).toBe(await screenImage(zh));
    const secondImage = await screenImage(zh);
    // And back with the arrow key.
    await en.keyboard.press("ArrowLeft");
    await poll(() => pageIndicator(zh).getAttribute("data-page"), 30_000).toBe("1");
    // Her own screen has turned too before she turns again (keys turn from the page she sees).
    await poll(() => pageIndicator(en).getAttribute("data-page"), 30_000).toBe("1");
    await en.keyboard.press("ArrowRight");
    await poll(() => pageIndicator(zh).getAttribute("data-page"), 30_000).toBe("2");
    await en.waitForTimeout(500);
    await shot(en, "meeting-slides-en");

    // ---- Chat reaches both.
    await zh.getByTestId("meeting-chat-input").fill("第二页的数据很清楚，谢谢！");
    await zh.getByTestId("meeting-chat-input").press("Enter");
    await poll(() => en.getByTestId("meeting-chat-log").textContent(), 30_000).toContain("第二页的数据很清楚");

    // ---- Ann mutes Lin for a moment: Lin is told, and cannot type; then unmutes her.
    const linRow = en.getByTestId("meeting-people").locator(`li[data-user-id="${lin.user.id}"]`);
    await linRow.getByRole("button", { name: "Mute" }).click();
    await poll(() => zh.getByTestId("meeting-chat").textContent(), 30_000).toContain("主持人已将你禁言");
    expect(await zh.getByTestId("meeting-chat-input").isDisabled()).toBe(true);
    await poll(() => linRow.textContent()).toContain("Muted");
    await linRow.getByRole("button", { name: "Unmute" }).click();
    await poll(() => zh.getByTestId("meeting-chat-input").isDisabled(), 30_000).toBe(false);

    // ---- The whiteboard: Lin draws, Ann sees it.
    await en.getByTestId("screen-whiteboard").click();
    await zh.getByTestId("whiteboard").waitFor({ timeout: 30_000 });
    await drawOnBoard(zh, { x: 0.15, y: 0.3 }, { x: 0.8, y: 0.35 });
    await en.getByRole("radio", { name: "Red" }).click();
    await en.getByTestId("whiteboard").waitFor();
    await drawOnBoard(en, { x: 0.2, y: 0.65 }, { x: 0.7, y: 0.75 });
    await poll(() => en.getByTestId("whiteboard").getAttribute("data-strokes"), 30_000).toBe("2");
    await poll(() => zh.getByTestId("whiteboard").getAttribute("data-strokes"), 30_000).toBe("2");
    await shot(en, "meeting-whiteboard-en");
    await shot(zh, "meeting-whiteboard-zh-CN");
    // Folded away, the board is still on the wall's screen.
    await en.getByRole("button", { name: "Hide the board" }).click();
    await en.waitForTimeout(500);
    await shot(en, "meeting-whiteboard-wall-en");

    // ---- A PDF becomes slides in the browser (pdf.js and its worker from our own server) and goes on the screen.
    await en.getByTestId("screen-slides").click();
    await poll(() => en.getByTestId("meeting-decks").locator("li").count()).toBe(1);
    await en.getByTestId("slides-input").setInputFiles([{ name: "supplier-brief.pdf", mimeType: "application/pdf", buffer: BRIEF }]);
    await poll(() => pageIndicator(zh).textContent(), 60_000).toContain("supplier-brief");
    expect(await pageIndicator(zh).getAttribute("data-page")).toBe("1");
    expect(await pageIndicator(zh).getAttribute("data-pages")).toBe("2");
    // Its first page is a picture of its own.
    await poll(async () => {
      const shown = await screenImage(zh);
      return shown !== "" && shown !== firstImage && shown !== secondImage;
    }, 60_000).toBe(true);
    await poll(() => screenImage(en), 60_000).toBe(await screenImage(zh));
    await en.getByTestId("page-next").click();
    await poll(() => pageIndicator(zh).getAttribute("data-page"), 30_000).toBe("2");
    await en.waitForTimeout(500);
    await shot(en, "meeting-pdf-en");

    // ---- Lin knocks at room B, where a manager hosts, is let in, and leaves with the Leave button.
    const host: MeetingProbe = await joinMeeting(h.server, manager.token, ROOM_B);
    try {
      await goInApp(zh, `/rooms/${ROOM_B}/inside`);
      await zh.getByTestId("meeting-knocking").waitFor({ timeout: 30_000 });
      await poll(() => host.room.state.people.size).toBe(2);
      await shot(zh, "meeting-knocking-zh-CN");
      let knocker = "";
      host.room.state.people.forEach((p, sessionId) => { if (p.status === "knocking") knocker = sessionId; });
      host.room.send(MSG_M_ADMIT, { sessionId: knocker });
      await zh.getByTestId("meeting-canvas").waitFor({ timeout: 30_000 });
      await poll(() => zh.getByTestId("meeting-room-name").textContent()).toContain("会议室 B");
      await zh.getByTestId("meeting-leave").click();
      await zh.waitForURL(new RegExp(`/park/${PARK}$`), { timeout: 30_000 });
      // Back in the park (its page loaded) before going on.
      await zh.locator(".park-canvas canvas").waitFor({ timeout: 60_000 });

      // The host locks the room: coming back, Lin is told so, and finds her way back to the park.
      host.room.send(MSG_M_LOCK, { locked: true });
      await poll(() => host.room.state.locked).toBe(true);
      await goInApp(zh, `/rooms/${ROOM_B}/inside`);
      await poll(() => zh.getByTestId("meeting-refused-why").getAttribute("data-why"), 30_000).toBe("locked");
      await zh.getByRole("button", { name: "返回园区" }).waitFor({ timeout: 30_000 });
      await shot(zh, "meeting-refused-zh-CN");
      await zh.getByRole("button", { name: "返回园区" }).click();
      await zh.waitForURL(new RegExp(`/park/${PARK}$`), { timeout: 30_000 });
    } finally {
      await host.room.leave();
    }

    // ---- The clinic is open: with its host inside, Lin takes a number.
    await openClinicAllWeek(h.server.db, CLINIC);
    const expert: MeetingProbe = await joinMeeting(h.server, manager.token, CLINIC);
    try {
      await goInApp(zh, `/rooms/${CLINIC}/inside`);
      await zh.getByTestId("meeting-queued").waitFor({ timeout: 30_000 });
      expect(await zh.getByTestId("queue-place").getAttribute("data-place")).toBe("1");
      await poll(() => zh.getByTestId("queue-wait").textContent()).toContain("下一位就是你");
      await shot(zh, "meeting-queue-zh-CN");
      await zh.getByRole("button", { name: "English" }).click();
      await poll(() => zh.getByTestId("queue-wait").textContent()).toContain("You are next");
      await shot(zh, "meeting-queue-en");
      await zh.getByRole("button", { name: "中文" }).click();
      // Lin gives up waiting.
      await zh.getByRole("button", { name: "不等了" }).click();
      await zh.waitForURL(new RegExp(`/park/${PARK}$`), { timeout: 30_000 });
    } finally {
      await expert.room.leave();
    }

    // ---- Ann leaves through the exit door (clicked in the room, just under its sign): back in the park, in front of room A's door.
    const sign = (await en.locator(".meeting-exit-sign").boundingBox())!;
    await en.mouse.click(sign.x + sign.width / 2, sign.y + sign.height + 80);
    await en.waitForURL(new RegExp(`/park/${PARK}$`), { timeout: 30_000 });
    await en.locator(".park-canvas canvas").waitFor({ timeout: 60_000 });
    await poll(async () => {
      const p = await selfPosition(en);
      return Math.hypot(p.x - DOOR.x, p.z - (DOOR.z - DOOR_EXIT_DISTANCE));
    }, 60_000).toBeLessThan(0.6);

    expect(h.problems).toEqual([]);
  }, 400_000);
});

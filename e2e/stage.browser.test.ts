import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import type { UploadedImage } from "../shared/protocol/companies.ts";
import type { Session } from "../shared/protocol/http.ts";
import { createCompany } from "../server/testing/companyFixtures.ts";
import { insertEvent, joinStage, setProducts, type StageProbe } from "../server/testing/eventFixtures.ts";
import { drawnPng } from "../server/testing/fixtures/testImages.ts";
import { goInApp, type Harness, poll, shot, signIn, startHarness } from "./browserHarness.ts";

/**
 * A small launch in three real browsers against the real server. Ann (English) hosts Widget 2's
 * launch: she uploads two slides and shows them; Lin (Chinese) and Bo (English) watch from the
 * hall and follow as she turns the page. She puts a product in the spotlight and starts the
 * countdown. Lin asks a question, Bo upvotes it, Ann puts it on the screen and both see it. Bo's
 * applause reaches Lin as a burst; Lin raises her hand and Ann sees it, invites her on stage (everyone sees her there) and back to a seat. Then two hundred and fifty more
 * people fill the hall for the pictures (both languages, the presenter's controls, the questions),
 * and Bo leaves for the event page; at an event two days off the hall's door says when it opens.
 */

const PASSWORD = "stage-test-password";
const CROWD = 250;
let h: Harness;

/** A title slide (a white band on deep blue under a teal stripe) and a chart of rising bars. */
const SLIDE_1 = drawnPng(800, 450, (x, y) => (y > 180 && y < 270 && x > 100 && x < 700 ? [255, 255, 255] : y < 50 ? [90, 209, 200] : [24, 38, 72]));
const SLIDE_2 = drawnPng(800, 450, (x, y) => {
  const bar = Math.floor((x - 80) / 130);
  const top = [330, 260, 190, 120, 60][bar] ?? 999;
  return x > 80 && (x - 80) % 130 < 90 && y > top && y < 400 ? [61, 123, 217] : [245, 247, 251];
});
/** The product's picture: an amber widget on white. */
const WIDGET = drawnPng(400, 400, (x, y) => (Math.hypot(x - 200, y - 200) < 140 ? (Math.hypot(x - 200, y - 200) < 60 ? [255, 255, 255] : [242, 181, 68]) : [250, 250, 252]));

const screen = (page: Page, what: string) => page.getByTestId("stage-screen").getAttribute(`data-${what}`);

type Probe = { __enclaveRender?: { samples: { calls: number }[]; reset(): void } };
/** The most draw calls of a few frames, from the render probe (a page opened with ?probe=1). */
async function drawCalls(page: Page): Promise<number> {
  await page.evaluate(() => (window as unknown as Probe).__enclaveRender?.reset());
  await poll(() => page.evaluate(() => (window as unknown as Probe).__enclaveRender?.samples.length ?? 0)).toBeGreaterThan(3);
  return page.evaluate(() => Math.max(...((window as unknown as Probe).__enclaveRender?.samples ?? []).map((s) => s.calls)));
}

describe("the launch hall in a real browser", () => {
  beforeAll(async () => { h = await startHarness(); }, 180_000);
  afterAll(async () => { await h?.close(); });

  it("runs a small launch with a presenter and two audience members, then fills the hall", async () => {
    onTestFailed(() => h.reportFailure("stage-failure"));
    const suffix = Date.now().toString(36).slice(-6);
    const register = async (username: string, displayName: string) => {
      const r = await h.server.api<Session>("POST", "/api/auth/register", { username, displayName, password: PASSWORD });
      expect(r.status).toBe(201);
      return r.body;
    };
    const ann = await register(`ann-${suffix}`, "Ann Carter");
    const linUser = await register(`lin-${suffix}`, "林晓");
    await register(`bo-${suffix}`, "Bo Jensen");
    const companyId = await createCompany(h.server, ann, "Widgetry");
    const pic = await fetch(`${h.server.url}/api/images`, { method: "POST", headers: { "content-type": "image/png", authorization: `Bearer ${ann.token}` }, body: new Uint8Array(WIDGET) });
    const picture = ((await pic.json()) as UploadedImage).id;
    await setProducts(h.server.db, companyId, [
      { name: "Widget 2", text: "Twice the torque, half the weight. Ships in spring.", imageId: picture },
      { name: "Widget Mini", text: "For small hands.", imageId: null },
    ]);
    const eventId = await insertEvent(h.server.db, { companyId, title: "Widget 2 launch", people: [{ userId: ann.user.id, role: "host" }] });
    const live = `/events/${eventId}/live`;

    const host = await h.openPage("en-US");
    const lin = await h.openPage("zh-CN");
    const bo = await h.openPage("en-US");
    await signIn(h, host, /^Sign in$/, `ann-${suffix}`, "Ann Carter", PASSWORD);
    await signIn(h, lin, /^登录$/, `lin-${suffix}`, "林晓", PASSWORD);
    await signIn(h, bo, /^Sign in$/, `bo-${suffix}`, "Bo Jensen", PASSWORD);
    for (const p of [host, lin]) await goInApp(p, live);
    // Bo's page measures its frames (the render probe), to show the crowd costs no extra draw calls.
    await bo.goto(`${h.server.url}${live}?probe=1`);
    for (const p of [host, lin, bo]) await poll(() => p.getByTestId("stage-hall").count()).toBe(1);
    await poll(() => host.getByTestId("stage-title").textContent()).toBe("Widget 2 launch");
    await poll(() => lin.getByTestId("stage-watching").getAttribute("data-watching")).toBe("3");

    // ---- Slides: Ann uploads two pictures; both audience members see page 1, then page 2.
    await poll(() => host.getByTestId("stage-present").count()).toBe(1);
    await host.getByTestId("stage-slides-input").setInputFiles([
      { name: "slide-1.png", mimeType: "image/png", buffer: SLIDE_1 }, { name: "slide-2.png", mimeType: "image/png", buffer: SLIDE_2 },
    ]);
    await poll(() => host.getByTestId("stage-page").getAttribute("data-page")).toBe("1");
    for (const p of [lin, bo]) {
      await poll(() => screen(p, "mode")).toBe("slides");
      await poll(() => screen(p, "page")).toBe("1");
      await poll(async () => ((await screen(p, "image-id")) ?? "").length).toBeGreaterThan(0);
    }
    const first = await screen(lin, "image-id");
    await host.getByTestId("stage-next").click();
    for (const p of [lin, bo]) {
      await poll(() => screen(p, "page")).toBe("2");
      await poll(async () => (await screen(p, "image-id")) !== first && ((await screen(p, "image-id")) ?? "") !== "").toBe(true);
    }
    // The arrow key turns back.
    await poll(() => screen(host, "page")).toBe("2");
    await host.locator("body").press("ArrowLeft");
    await poll(() => screen(bo, "page")).toBe("1");
    await poll(() => screen(host, "page")).toBe("1");
    await host.locator("body").press("ArrowRight");
    await poll(() => screen(bo, "page")).toBe("2");

    // ---- Spotlight and countdown.
    await host.getByTestId("stage-spotlight-product").first().click();
    for (const p of [lin, bo]) await poll(() => screen(p, "spotlight")).toBe("Widget 2");
    await host.getByTestId("stage-countdown-60").click();
    for (const p of [lin, bo]) await poll(() => p.getByTestId("stage-countdown").count()).toBe(1);

    // ---- Questions: Lin asks, Bo upvotes, Ann puts it on the screen.
    const question = "Widget 2 什么时候在国内上市？";
    await lin.getByTestId("stage-ask-input").fill(question);
    await lin.getByTestId("stage-ask").click();
    await poll(() => bo.getByTestId("stage-question").count()).toBe(1);
    await bo.getByTestId("stage-upvote").click();
    await poll(() => lin.getByTestId("stage-question").getAttribute("data-votes")).toBe("1");
    await poll(() => host.getByTestId("stage-to-screen").count()).toBe(1);
    await host.getByTestId("stage-to-screen").click();
    for (const p of [lin, bo]) await poll(() => screen(p, "question")).toBe(question);
    await poll(() => lin.getByTestId("stage-question").getAttribute("data-on-screen")).toBe("true");

    // ---- Reactions reach the others as bursts; a raised hand reaches the host, who invites her on stage and back.
    for (let i = 0; i < 3; i++) await bo.getByTestId("stage-react-applause").click();
    await bo.getByTestId("stage-react-fire").click();
    await poll(async () => Number(await lin.getByTestId("stage-bursts").getAttribute("data-seen"))).toBeGreaterThanOrEqual(4);
    await poll(async () => Number(await host.getByTestId("stage-bursts").getAttribute("data-seen"))).toBeGreaterThanOrEqual(4);
    await lin.getByTestId("stage-hand").click();
    await poll(() => host.getByTestId("stage-hands-count").textContent()).toBe("1");
    // Ann invites her on stage: everyone sees her there; then back to a seat.
    await host.getByTestId("stage-invite").click();
    await poll(() => screen(lin, "on-stage")).toBe("true");
    await poll(() => bo.locator(`[data-testid="stage-speaker"][data-user-id="${linUser.user.id}"]`).count()).toBe(1);
    await host.getByTestId("stage-back-to-seat").click();
    await poll(() => screen(lin, "on-stage")).toBe("false");
    await poll(() => bo.getByTestId("stage-speaker").count()).toBe(1);

    const callsFew = await drawCalls(bo);

    // ---- The hall fills: two hundred and fifty more people (SDK clients), seen as the crowd.
    const crowd: StageProbe[] = [];
    for (let i = 0; i < CROWD; i += 25) {
      const batch = await Promise.all(Array.from({ length: Math.min(25, CROWD - i) }, async (_, k) => {
        const g = await h.server.api<Session>("POST", "/api/auth/guest", { displayName: `Guest ${i + k + 1}` });
        return joinStage(h.server, g.body.token, eventId);
      }));
      crowd.push(...batch);
    }
    await poll(() => lin.getByTestId("stage-watching").getAttribute("data-watching")).toBe(String(CROWD + 3));
    await poll(() => bo.getByTestId("stage-watching").getAttribute("data-watching")).toBe(String(CROWD + 3));
    // The crowd is instanced: as many draw calls for 253 people as for 3 (give or take a mesh come into view).
    const callsMany = await drawCalls(bo);
    expect(callsMany, `draw calls with 3 people: ${callsFew}, with ${CROWD + 3}: ${callsMany}`).toBeLessThanOrEqual(callsFew + 2);
    // A burst from the crowd, seen by everyone.
    for (const c of crowd.slice(0, 60)) c.room.send("s-react", { kind: c.room.sessionId.charCodeAt(0) % 2 ? "applause" : "heart" });
    await poll(async () => Number(await lin.getByTestId("stage-bursts").getAttribute("data-alive"))).toBeGreaterThan(5);
    // Ann cancels the first countdown (it goes for everyone) and starts a fresh one for the pictures.
    await host.getByTestId("stage-countdown-cancel").click();
    await poll(() => lin.getByTestId("stage-countdown").count()).toBe(0);
    await host.getByTestId("stage-countdown-30").click();
    await poll(() => lin.getByTestId("stage-countdown").count()).toBe(1);
    await lin.waitForTimeout(600);
    await shot(lin, "stage-seat-zh");
    await lin.getByTestId("stage-wide").click();
    await lin.waitForTimeout(800);
    await shot(lin, "stage-hall-full-zh");
    await bo.getByTestId("stage-wide").click();
    await bo.waitForTimeout(800);
    await shot(bo, "stage-hall-full-en");
    await host.getByTestId("stage-present").evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot(host, "stage-presenter-en");

    // ---- Bo leaves for the event page.
    await bo.getByTestId("stage-leave").click();
    await bo.waitForURL(new RegExp(`/events/${eventId}$`));
    await poll(() => lin.getByTestId("stage-watching").getAttribute("data-watching")).toBe(String(CROWD + 2));
    for (const c of crowd) await c.room.leave(true).catch(() => undefined);

    // ---- An event two days off: the door says when it opens, and leads back to its page.
    const later = await insertEvent(h.server.db, { companyId, title: "Widget 3 preview", startsAt: new Date(Date.now() + 2 * 86_400_000) });
    await goInApp(bo, `/events/${later}/live`);
    await poll(() => bo.getByTestId("stage-refused-why").getAttribute("data-why")).toBe("not-open");
    await poll(() => bo.getByTestId("stage-opens-at").count()).toBe(1);
    await shot(bo, "stage-not-open-en");
    await bo.getByTestId("stage-back-to-event").click();
    await bo.waitForURL(new RegExp(`/events/${later}$`));
    expect(h.problems).toEqual([]);
  }, 420_000);
});

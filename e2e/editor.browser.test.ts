import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import type { Session } from "../shared/protocol/http.ts";
import { type Harness, poll, shot, signIn, startHarness } from "./browserHarness.ts";

/**
 * The park editor in a real browser against the real server. A manager signs in, enters the
 * Changshu park and switches to edit mode; drags booth slot 3 on the ground (and undoes it), puts
 * it where it should go through its position fields, and saves. A resident already in the park
 * sees the booth move on their map without reloading, and has no edit button. Another manager
 * saves while the first has unsaved work: the first's save is refused, and their work is made
 * again on the newer version and saved. Then the manager creates a new park from the saved one
 * and walks into it. Screenshots of edit mode in English
 * and Chinese, of a problem, of a conflict and of the new-park dialog.
 */

const PARK = "changshu-enclave";
const PASSWORD = "editor-test-password";
/** Booth 3 stands at (34, 44) facing north; it moves south of the row, out of the exhibition street's line. */
const MOVED = { x: 38.5, z: 56 };

let h: Harness;

async function enterPark(page: Page): Promise<void> {
  await page.goto(`${h.server.url}/park/${PARK}`);
  await page.locator(".park-canvas canvas").waitFor({ timeout: 30_000 });
  await poll(() => page.getByTestId("minimap").getAttribute("data-self-x")).not.toBeNull();
}

/** Where the map shows a booth slot. */
async function slotOnMap(page: Page, slot: string): Promise<{ x: number; z: number }> {
  const rect = page.locator(`[data-testid="minimap-slot"][data-slot="${slot}"]`);
  return { x: Number(await rect.getAttribute("data-x")), z: Number(await rect.getAttribute("data-z")) };
}

const field = (page: Page, id: string) => page.getByTestId(id);

describe("the park editor in a real browser", () => {
  beforeAll(async () => { h = await startHarness(); }, 180_000);
  afterAll(async () => { await h?.close(); });

  it("lets a manager drag, undo, place and save a booth slot, which a resident sees move; a conflict keeps their work; a new park opens", async () => {
    onTestFailed(() => h.reportFailure("editor-failure"));
    await h.server.accounts.createManager({ username: "park.manager", displayName: "Park Manager", password: PASSWORD });
    await h.server.accounts.createManager({ username: "second.manager", displayName: "Second Manager", password: PASSWORD });
    const registered = await h.server.api<Session>("POST", "/api/auth/register", { username: "li.na", displayName: "Li Na", password: PASSWORD });
    expect(registered.status).toBe(201);

    // The resident is in the park first, and has no way to edit it.
    const resident = await h.openPage("zh-CN");
    await signIn(h, resident, /^登录$/, "li.na", "Li Na", PASSWORD);
    await enterPark(resident);
    await poll(() => slotOnMap(resident, "booth-3")).toEqual({ x: 34, z: 44 });
    expect(await resident.getByTestId("edit-park").count()).toBe(0);

    const manager = await h.openPage("en-US");
    await signIn(h, manager, /^Sign in$/, "park.manager", "Park Manager", PASSWORD);
    await enterPark(manager);
    const edit = manager.getByTestId("edit-park");
    await poll(() => edit.isEnabled()).toBe(true);
    await edit.click();
    const panel = manager.getByTestId("editor-panel");
    await panel.waitFor();
    await poll(() => manager.getByTestId("editor-status").getAttribute("data-unsaved")).toBe("0");

    // Choose booth 3 from the list: the view glides to it, so it stands in the middle of the canvas.
    await manager.getByTestId("editor-item-booth-3").click();
    await poll(() => manager.getByTestId("editor-selected").getAttribute("data-id")).toBe("booth-3");
    await poll(() => field(manager, "editor-x").inputValue()).toBe("34");
    await manager.waitForTimeout(2500);

    // Drag it on the ground from the middle of the canvas; the avatar stays where it is.
    const before = await manager.getByTestId("minimap").getAttribute("data-self-x");
    const canvas = (await manager.locator(".park-canvas canvas").boundingBox())!;
    const cx = canvas.x + canvas.width / 2;
    const cy = canvas.y + canvas.height / 2;
    await manager.mouse.move(cx, cy);
    await manager.mouse.down();
    for (let i = 1; i <= 8; i++) await manager.mouse.move(cx + i * 12, cy + i * 6);
    await manager.mouse.up();
    await poll(() => field(manager, "editor-x").inputValue()).not.toBe("34");
    await poll(() => manager.getByTestId("editor-status").getAttribute("data-unsaved")).toBe("1");
    expect(await manager.getByTestId("minimap").getAttribute("data-self-x")).toBe(before);

    // The drag was one step: undo puts the booth back.
    await manager.getByTestId("editor-undo").click();
    await poll(() => field(manager, "editor-x").inputValue()).toBe("34");
    await poll(() => manager.getByTestId("editor-status").getAttribute("data-unsaved")).toBe("0");

    // Into a building's wall first: the problem is named and saving waits.
    await field(manager, "editor-z").fill("30");
    await field(manager, "editor-z").press("Enter");
    const problems = manager.getByTestId("editor-problems");
    await poll(() => problems.textContent()).toContain("Booth slot booth-3 overlaps Building “Industry Hall”.");
    expect(await manager.getByTestId("editor-save").isDisabled()).toBe(true);
    await shot(manager, "editor-problem-en");

    // Then where it should go, turned a quarter with the keyboard.
    await field(manager, "editor-x").fill(String(MOVED.x));
    await field(manager, "editor-x").press("Enter");
    await field(manager, "editor-z").fill(String(MOVED.z));
    await field(manager, "editor-z").press("Enter");
    await poll(() => problems.count()).toBe(0);
    await manager.keyboard.press("Shift+KeyQ");
    await poll(() => field(manager, "editor-rotation").inputValue()).toBe("-90");
    await poll(() => manager.getByTestId("editor-status").getAttribute("data-unsaved")).toBe("1");
    await panel.locator(".editor-panel__body").evaluate((el) => { el.scrollTop = 0; });
    await manager.waitForTimeout(800);
    await shot(manager, "editor-en");

    await manager.getByTestId("editor-save").click();
    await poll(() => manager.getByTestId("editor-saved").textContent()).toBe("Saved as version 2. Everyone in the park sees it now.");
    await poll(() => manager.getByTestId("editor-status").getAttribute("data-unsaved")).toBe("0");

    // The resident's map moves the booth without a reload, and the server has it.
    await poll(() => slotOnMap(resident, "booth-3")).toEqual(MOVED);
    const saved = await h.server.api<{ layout: { boothSlots: Array<{ id: string; x: number; z: number; rotation: number }> }; version: number }>("GET", `/api/parks/${PARK}`);
    expect(saved.body.version).toBe(2);
    expect(saved.body.layout.boothSlots.find((s) => s.id === "booth-3")).toMatchObject({ ...MOVED, rotation: -1.5708 });

    // Edit mode in Chinese, with a fountain and a task board added.
    await manager.getByRole("button", { name: "中文" }).click();
    await poll(() => panel.locator("h2").first().textContent()).toBe("编辑园区");
    await manager.getByTestId("editor-add-decoration-fountain").click();
    await poll(() => manager.getByTestId("editor-selected").getAttribute("data-kind")).toBe("decoration");
    await manager.getByTestId("editor-add-board-task-board").click();
    await poll(() => manager.getByTestId("editor-selected").getAttribute("data-kind")).toBe("board");
    await poll(() => manager.getByTestId("editor-status").textContent()).toContain("2 处修改未保存");
    await panel.locator(".editor-panel__body").evaluate((el) => { el.scrollTop = 0; });
    await manager.waitForTimeout(1000);
    await shot(manager, "editor-zh");

    // Meanwhile another manager saves booth 1 somewhere else: the panel says so.
    const other = await h.server.api<Session>("POST", "/api/auth/login", { username: "second.manager", password: PASSWORD });
    const current = await h.server.api<{ layout: { boothSlots: Array<{ id: string; x: number }>; boards: unknown[]; decorations: unknown[] }; version: number }>("GET", `/api/parks/${PARK}`);
    const theirs = { ...current.body.layout, boothSlots: current.body.layout.boothSlots.map((b) => (b.id === "booth-1" ? { ...b, x: 14.5 } : b)) };
    expect((await h.server.api("PUT", `/api/parks/${PARK}/layout`, { baseVersion: 2, layout: theirs }, other.body.token)).status).toBe(200);
    await poll(() => panel.textContent()).toContain("其他人保存了新版本（第 3 版）");

    // Saving now is refused; the draft stays, and is made again on their version, then saved.
    await manager.getByTestId("editor-save").click();
    const conflict = manager.getByTestId("editor-conflict");
    await conflict.waitFor();
    expect(await manager.getByTestId("editor-status").getAttribute("data-unsaved")).toBe("2");
    await shot(manager, "editor-conflict-zh");
    await manager.getByTestId("editor-conflict-rebase").click();
    await conflict.waitFor({ state: "detached" });
    await poll(() => manager.getByTestId("editor-status").textContent()).toContain("第 3 版");
    expect(await manager.getByTestId("editor-status").getAttribute("data-unsaved")).toBe("2");
    await manager.getByTestId("editor-save").click();
    await poll(() => manager.getByTestId("editor-saved").textContent()).toContain("第 4 版");
    const merged = await h.server.api<{ layout: { boothSlots: Array<{ id: string; x: number }>; boards: unknown[]; decorations: unknown[] }; version: number }>("GET", `/api/parks/${PARK}`);
    expect(merged.body.version).toBe(4);
    expect(merged.body.layout.boothSlots.find((b) => b.id === "booth-1")!.x).toBe(14.5);
    // The board and the fountain this manager added, beside what the park already had.
    expect(merged.body.layout.boards).toHaveLength(current.body.layout.boards.length + 1);
    expect(merged.body.layout.decorations).toHaveLength(current.body.layout.decorations.length + 1);
    await poll(() => slotOnMap(resident, "booth-1")).toEqual({ x: 14.5, z: 44 });

    // Leaving with an unsaved change asks first; discarding brings back the saved park.
    await manager.getByTestId("editor-add-decoration-lamp").click();
    await poll(() => manager.getByTestId("editor-status").getAttribute("data-unsaved")).toBe("1");
    await manager.getByTestId("editor-done").click();
    await manager.getByTestId("editor-confirm-discard").click();
    await panel.waitFor({ state: "detached" });
    await poll(() => manager.getByTestId("people-list").locator("li").count()).toBe(2);

    // A new park from the Changshu template: it opens at once, under its own name.
    await manager.getByRole("button", { name: "English" }).click();
    await edit.click();
    await manager.getByTestId("editor-new-park").click();
    const dialog = manager.getByTestId("editor-new-park-dialog");
    await poll(() => dialog.getByTestId("editor-new-park-template").inputValue()).toBe("asset:home");
    await dialog.getByTestId("editor-new-park-template").selectOption(`park:${PARK}`);
    await dialog.getByTestId("editor-new-park-name-zh-CN").fill("苏州工业园");
    await dialog.getByTestId("editor-new-park-name-en").fill("Suzhou Industrial Park");
    await dialog.getByTestId("editor-new-park-city-zh-CN").fill("苏州");
    await dialog.getByTestId("editor-new-park-city-en").fill("Suzhou");
    await poll(() => dialog.getByTestId("editor-new-park-id").inputValue()).toBe("suzhou-industrial-park");
    await shot(manager, "editor-new-park-en");
    await dialog.getByTestId("editor-new-park-create").click();
    await manager.waitForURL(/\/park\/suzhou-industrial-park$/);
    await poll(() => manager.locator(".park-title h1").textContent()).toBe("Suzhou Industrial Park");
    // It was laid out from the park as saved, with booth 3 where the manager put it.
    await poll(() => slotOnMap(manager, "booth-3")).toEqual(MOVED);
    await poll(() => edit.isEnabled()).toBe(true);
    await manager.locator(".loading-card").waitFor({ state: "detached", timeout: 60_000 });
    await shot(manager, "editor-new-park-entered-en");

    // The browser logs the refused save it was meant to get; nothing else went wrong.
    const conflictLog = "[en-US] console error: Failed to load resource: the server responded with a status of 409 (Conflict)";
    expect(h.problems.filter((p) => p !== conflictLog)).toEqual([]);
    expect(h.problems.filter((p) => p === conflictLog)).toHaveLength(1);
  }, 240_000);
});

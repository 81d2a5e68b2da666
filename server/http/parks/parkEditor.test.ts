import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError, ParkDetail, ParkList, Session } from "../../../shared/protocol/http.ts";
import type { CreatedPark, ParkTemplateList, SavedLayout } from "../../../shared/protocol/parkEditor.ts";
import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import { MSG_MOVE } from "../../../shared/protocol/parkMessages.ts";
import { joinPark } from "../../testing/parkProbe.ts";
import { startTestServer, until, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
let manager: Session;
let secondManager: Session;
let resident: Session;

beforeAll(async () => {
  server = await startTestServer();
  await server.accounts.createManager({ username: "wang.fang", displayName: "Wang Fang", password: "park manager 1" });
  await server.accounts.createManager({ username: "zhao.lei", displayName: "Zhao Lei", password: "park manager 2" });
  manager = (await server.api<Session>("POST", "/api/auth/login", { username: "wang.fang", password: "park manager 1" })).body;
  secondManager = (await server.api<Session>("POST", "/api/auth/login", { username: "zhao.lei", password: "park manager 2" })).body;
  resident = (await server.api<Session>("POST", "/api/auth/register", { username: "chen.jie", displayName: "Chen Jie", password: "resident pw" })).body;
});
afterAll(async () => { await server?.stop(); });

const park = async (id: string) => (await server.api<ParkDetail>("GET", `/api/parks/${id}`)).body;
const save = (id: string, baseVersion: number, layout: unknown, token = manager.token) =>
  server.api<SavedLayout & ApiError>("PUT", `/api/parks/${id}/layout`, { baseVersion, layout }, token);
const moved = (layout: ParkLayout, slotId: string, x: number, z: number): ParkLayout => ({
  ...layout, boothSlots: layout.boothSlots.map((s) => (s.id === slotId ? { ...s, x, z } : s)),
});

describe("saving a park's layout", () => {
  it("saves a manager's layout as the next version, which everyone then reads, with a history row", async () => {
    const before = await park("changshu-enclave");
    const layout: ParkLayout = {
      ...moved(before.layout, "booth-5", 64, 44),
      boards: [{ id: "board-news", kind: "notice", zoneId: "plaza", x: 80, z: 60, rotation: 0, title: { "zh-CN": "园区公告", en: "Park notices" } }],
      decorations: [{ id: "fountain-1", kind: "fountain", x: 80, z: 92, rotation: 0 }],
    };
    const r = await save("changshu-enclave", before.version, layout);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ version: before.version + 1, warnings: [] });

    const after = await park("changshu-enclave");
    expect(after.version).toBe(before.version + 1);
    expect(after.layout.boothSlots.find((s) => s.id === "booth-5")).toMatchObject({ x: 64, z: 44 });
    expect(after.layout.boards[0]!.title.en).toBe("Park notices");
    expect(after.layout.decorations.map((d) => d.kind)).toEqual(["fountain"]);

    const history = await server.db.query<{ version: number; saved_by: string }>(
      "SELECT version, saved_by FROM park_layout_history WHERE park_id = 'changshu-enclave' ORDER BY version");
    expect(history.rows).toEqual([{ version: before.version + 1, saved_by: manager.user.id }]);
  });

  it("refuses residents, guests and anonymous callers, and changes nothing", async () => {
    const before = await park("home");
    const layout = moved(before.layout, "booth-1", 215, 40);
    const guest = await server.guest();
    const asResident = await save("home", before.version, layout, resident.token);
    expect(asResident.status).toBe(403);
    expect(asResident.body.code).toBe("forbidden");
    expect((await save("home", before.version, layout, guest.token)).status).toBe(403);
    expect((await server.api("PUT", "/api/parks/home/layout", { baseVersion: before.version, layout })).status).toBe(401);
    expect(await park("home")).toEqual(before);
  });

  it("refuses a save based on an old version with a conflict that names the current one, and keeps the first save", async () => {
    const base = await park("home");
    const first = await save("home", base.version, moved(base.layout, "booth-1", 215, 40), manager.token);
    expect(first.status).toBe(200);
    const second = await save("home", base.version, moved(base.layout, "booth-2", 245, 40), secondManager.token);
    expect(second.status).toBe(409);
    expect(second.body.code).toBe("layout_conflict");
    expect(second.body.message).toContain(`it is now at version ${base.version + 1}`);
    const after = await park("home");
    expect(after.version).toBe(base.version + 1);
    expect(after.layout.boothSlots.find((s) => s.id === "booth-1")).toMatchObject({ x: 215 });
    expect(after.layout.boothSlots.find((s) => s.id === "booth-2")).toMatchObject({ x: 250 });
  });

  it("lets exactly one of two saves from the same version win, however they interleave", async () => {
    const base = await park("home");
    const answers = await Promise.all([
      save("home", base.version, moved(base.layout, "booth-3", 212, 80), manager.token),
      save("home", base.version, moved(base.layout, "booth-3", 208, 80), secondManager.token),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const winner = answers.find((a) => a.status === 200)!;
    const after = await park("home");
    expect(after.version).toBe(base.version + 1);
    expect(winner.body.version).toBe(after.version);
  });

  it("refuses an invalid layout with every problem named, and changes nothing", async () => {
    const before = await park("home");
    const layout: ParkLayout = {
      ...before.layout,
      boothSlots: [
        ...before.layout.boothSlots,
        // Inside the Demand Hall, and beyond the park's east edge.
        { id: "booth-hall", zoneId: "demand-hall", x: 60, z: 50, rotation: 0 },
        { id: "booth-far", zoneId: "exhibition", x: 305, z: 60, rotation: 0 },
      ],
    };
    const r = await save("home", before.version, layout);
    expect(r.status).toBe(400);
    expect(r.body.code).toBe("invalid_request");
    expect(r.body.issues).toEqual([
      { path: "layout.boothSlots.12", message: "booth slot booth-hall at (60, 50) overlaps building b-demand (Demand Hall)" },
      { path: "layout.boothSlots.13", message: "booth slot booth-far at (305, 60) lies outside the park (300 × 300 m)" },
    ]);
    expect(r.body.message).toContain("booth slot booth-hall at (60, 50) overlaps building b-demand");
    expect(await park("home")).toEqual(before);
  });

  it("refuses a portal to a park or arrival point that does not exist, another park's layout, and an unknown park", async () => {
    const before = await park("home");
    const nowhere = { ...before.layout, portals: [{ ...before.layout.portals[0]!, targetParkId: "atlantis" }] };
    const r = await save("home", before.version, nowhere);
    expect(r.status).toBe(400);
    expect(r.body.issues).toEqual([{ path: "layout.portals.0.targetParkId", message: "portal portal-changshu leads to park atlantis, which does not exist" }]);
    const noSpawn = { ...before.layout, portals: [{ ...before.layout.portals[0]!, targetSpawnId: "roof" }] };
    expect((await save("home", before.version, noSpawn)).body.message).toMatch(/spawn point roof, which park changshu-enclave does not have/);

    const other = await save("changshu-enclave", (await park("changshu-enclave")).version, before.layout);
    expect(other.status).toBe(400);
    expect(other.body.code).toBe("layout_mismatch");
    const missing = await save("atlantis", 1, { ...before.layout, id: "atlantis" });
    expect(missing.status).toBe(404);
    expect(await park("home")).toEqual(before);
  });

  it("allows removing a booth slot a company holds, and says whose booth is no longer shown", async () => {
    const company = await server.db.query<{ id: string }>(
      "INSERT INTO companies (name, industry, description, colour) VALUES ('Suzhou Robotics', 'automation', '{\"en\": \"Robots\"}', '#2266aa') RETURNING id");
    await server.db.query("INSERT INTO booths (park_id, slot_id, company_id) VALUES ('home', 'booth-12', $1)", [company.rows[0]!.id]);
    const before = await park("home");
    const r = await save("home", before.version, { ...before.layout, boothSlots: before.layout.boothSlots.filter((s) => s.id !== "booth-12") });
    expect(r.status).toBe(200);
    expect(r.body.warnings).toEqual([{
      code: "slot_in_use", slotId: "booth-12", companyId: company.rows[0]!.id, companyName: "Suzhou Robotics",
      message: "booth slot booth-12 was removed, but Suzhou Robotics holds it: their booth is not shown until the slot is back or a manager frees it",
    }]);
    // The booth itself is kept, so putting the slot back shows it again.
    expect((await server.db.query("SELECT 1 FROM booths WHERE park_id = 'home' AND slot_id = 'booth-12'")).rowCount).toBe(1);
  });

  it("tells the people in the park: their room announces the new version and moves whoever a new building covers", async () => {
    const before = await park("changshu-enclave");
    const visitor = await server.guest("Visitor");
    const probe = await joinPark(server, visitor.token, "changshu-enclave");
    expect(probe.room.state.layoutVersion).toBe(before.version);
    // Off the spawn point (arrivals start on it), to open ground a kiosk may then be built on.
    probe.room.send(MSG_MOVE, { to: [86, 84] });
    await until(() => Math.hypot(probe.last(probe.idx)!.x - 86, probe.last(probe.idx)!.z - 84) < 0.1, "the visitor's walk");
    const me = probe.last(probe.idx)!;
    const kiosk = { id: "kiosk", x: me.x - 1, z: me.z - 1, width: 2, depth: 2, height: 3 };
    const r = await save("changshu-enclave", before.version, { ...before.layout, buildings: [...before.layout.buildings, kiosk] });
    expect(r.status).toBe(200);
    await until(() => probe.room.state.layoutVersion === before.version + 1, "the room's new layout version");
    await until(() => {
      const now = probe.last(probe.idx)!;
      return now.x <= kiosk.x || now.x >= kiosk.x + kiosk.width || now.z <= kiosk.z || now.z >= kiosk.z + kiosk.depth;
    }, "the visitor to be moved out of the new kiosk");
    await probe.room.leave();
  });
});

describe("creating a park from a template", () => {
  it("lists the shipped layouts and every park as templates, to managers only", async () => {
    const r = await server.api<ParkTemplateList>("GET", "/api/park-templates", undefined, manager.token);
    expect(r.status).toBe(200);
    expect(r.body.templates.map((t) => t.id)).toEqual(["asset:home", "asset:changshu-enclave", "park:home", "park:changshu-enclave"]);
    expect(r.body.templates[0]).toMatchObject({ source: "asset", boothSlots: 12, size: { width: 300, depth: 300 } });
    expect((await server.api("GET", "/api/park-templates", undefined, resident.token)).status).toBe(403);
  });

  it("creates a park with the new names, lists it, opens its room, and its portal leads back", async () => {
    const body = {
      id: "suzhou", templateId: "asset:changshu-enclave",
      name: { "zh-CN": "苏州工业园", en: "Suzhou Industrial Park" }, city: { "zh-CN": "苏州", en: "Suzhou" },
    };
    const r = await server.api<CreatedPark>("POST", "/api/parks", body, manager.token);
    expect(r.status).toBe(201);
    expect(r.body.version).toBe(1);
    expect(r.body.layout).toMatchObject({ id: "suzhou", name: body.name, city: body.city });
    const template = (await park("changshu-enclave")).layout;
    expect(r.body.layout.description).toEqual(template.description);
    expect(r.body.layout.boothSlots).toHaveLength(5);
    expect(r.body.layout.portals.map((p) => [p.targetParkId, p.targetSpawnId])).toEqual([["home", "from-changshu"]]);

    const list = await server.api<ParkList>("GET", "/api/parks");
    expect(list.body.parks.map((p) => p.id)).toEqual(["home", "changshu-enclave", "suzhou"]);
    expect((await park("suzhou")).layout.name.en).toBe("Suzhou Industrial Park");

    const visitor = await server.guest("First Visitor");
    const probe = await joinPark(server, visitor.token, "suzhou");
    expect(probe.room.state.parkId).toBe("suzhou");
    await until(() => probe.room.state.online === 1, "one person online");
    const listed = await server.api<ParkList>("GET", "/api/parks");
    expect(listed.body.parks.find((p) => p.id === "suzhou")!.online).toBe(1);
    await probe.room.leave();
  });

  it("turns a portal into the template's own park into one within the new park", async () => {
    const home = await park("home");
    const looped = { ...home.layout, portals: [...home.layout.portals, { ...home.layout.portals[0]!, id: "portal-loop", x: 180, z: 180, targetParkId: "home", targetSpawnId: "main" }] };
    expect((await save("home", home.version, looped)).status).toBe(200);
    const r = await server.api<CreatedPark>("POST", "/api/parks", {
      id: "fengtai-west", templateId: "park:home", name: { "zh-CN": "丰台西园", en: "Fengtai West" }, city: { "zh-CN": "北京", en: "Beijing" },
      description: { "zh-CN": "新园区", en: "A new park" },
    }, manager.token);
    expect(r.status).toBe(201);
    expect(r.body.layout.description.en).toBe("A new park");
    expect(r.body.layout.portals.map((p) => [p.id, p.targetParkId, p.targetSpawnId])).toEqual([
      ["portal-changshu", "changshu-enclave", "from-beijing"], ["portal-loop", "fengtai-west", "main"],
    ]);
  });

  it("refuses a taken id, an unknown template, a bad id and residents, creating nothing", async () => {
    const names = { name: { "zh-CN": "园", en: "Park" }, city: { "zh-CN": "城", en: "City" } };
    const taken = await server.api<ApiError>("POST", "/api/parks", { id: "home", templateId: "asset:home", ...names }, manager.token);
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe("park_exists");
    const unknown = await server.api<ApiError>("POST", "/api/parks", { id: "new-one", templateId: "park:atlantis", ...names }, manager.token);
    expect(unknown.status).toBe(404);
    const badId = await server.api<ApiError>("POST", "/api/parks", { id: "New Park!", templateId: "asset:home", ...names }, manager.token);
    expect(badId.status).toBe(400);
    expect(badId.body.message).toMatch(/^invalid body: id: a park id uses lowercase letters/);
    const blankName = await server.api<ApiError>("POST", "/api/parks", { id: "blank", templateId: "asset:home", ...names, name: { "zh-CN": " ", en: "x" } }, manager.token);
    expect(blankName.status).toBe(400);
    expect((await server.api("POST", "/api/parks", { id: "mine", templateId: "asset:home", ...names }, resident.token)).status).toBe(403);
    const ids = (await server.api<ParkList>("GET", "/api/parks")).body.parks.map((p) => p.id);
    expect(ids).not.toContain("new-one");
    expect(ids).not.toContain("mine");
    expect(ids).not.toContain("blank");
  });
});

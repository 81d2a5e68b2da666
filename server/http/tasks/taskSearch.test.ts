import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Company } from "../../../shared/protocol/companies.ts";
import type { Session } from "../../../shared/protocol/http.ts";
import type { DisputeSummary, TaskList, TaskSummary } from "../../../shared/protocol/tasks.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
let poster: Session;
let expert: Session;
let other: Session;
let manager: Session;
let company: Company;
const ids: Record<string, string> = {};

const register = async (username: string, displayName: string): Promise<Session> =>
  (await server.api<Session>("POST", "/api/auth/register", { username, displayName, password: "password1" })).body;

async function task(key: string, t: { title: string; description: string; category: string; skills: string[]; budget: number | null; status: string; companyId?: string; takerId?: string; hoursAgo: number }) {
  const { rows } = await server.db.query<{ id: string }>(
    `INSERT INTO tasks (poster_id, company_id, title, description, category, skills, budget_amount, budget_negotiable, status, taker_id, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::int, $7::int IS NULL, $8::text, $9, CASE WHEN $8::text = 'draft' THEN NULL ELSE now() - make_interval(hours => $10::int) END) RETURNING id`,
    [poster.user.id, t.companyId ?? null, t.title, t.description, t.category, t.skills, t.budget, t.status, t.takerId ?? null, t.hoursAgo],
  );
  ids[key] = rows[0]!.id;
}

const list = async (query: string, token?: string) => server.api<TaskList>("GET", `/api/tasks${query}`, undefined, token);
const titles = (l: { tasks: TaskSummary[] }) => l.tasks.map((t) => t.title);

beforeAll(async () => {
  server = await startTestServer();
  poster = await register("searchposter", "顾明");
  expert = await register("searchexpert", "徐静");
  other = await register("searchother", "林枫");
  await server.accounts.createManager({ username: "searchmod", displayName: "Mod", password: "password1" });
  manager = (await server.api<Session>("POST", "/api/auth/login", { username: "searchmod", password: "password1" })).body;
  company = (await server.api<Company>("POST", "/api/companies", {
    name: "琴川精密", industry: "manufacturing", description: { "zh-CN": "精密加工" }, colour: "#225588",
  }, poster.token)).body;

  await task("defects", { title: "注塑件缺陷分析", description: "外壳有缩痕和银纹，需要分析原因并给出工艺窗口。", category: "quality", skills: ["注塑", "DOE"], budget: 5000, status: "open", companyId: company.id, hoursAgo: 5 });
  await task("plc", { title: "PLC program debugging", description: "Commission an EtherCAT servo line; 100% of axes must home.", category: "automation", skills: ["PLC", "EtherCAT"], budget: 8000, status: "open", hoursAgo: 3 });
  await task("render", { title: "产品渲染图 Product renders", description: "Six renders of a 100 pieces gift box.", category: "design", skills: ["KeyShot"], budget: null, status: "open", hoursAgo: 1 });
  await task("erp", { title: "ERP 数据迁移", description: "把旧系统的物料数据迁到新 ERP。", category: "software", skills: ["SQL"], budget: 3000, status: "draft", hoursAgo: 0 });
  await task("fixture", { title: "夹具设计", description: "为五轴加工设计快换夹具。", category: "engineering", skills: ["UG NX"], budget: 6000, status: "assigned", takerId: expert.user.id, hoursAgo: 48 });
  await server.db.query("INSERT INTO task_applications (task_id, user_id, note) VALUES ($1, $2, '做过类似的')", [ids.defects, expert.user.id]);
});
afterAll(async () => { await server?.stop(); });

describe("searching tasks", () => {
  it("lists open tasks newest first to anyone, without drafts or taken tasks", async () => {
    const r = await list("");
    expect(r.status).toBe(200);
    expect(titles(r.body)).toEqual(["产品渲染图 Product renders", "PLC program debugging", "注塑件缺陷分析"]);
    expect(r.body.total).toBe(3);
    expect(r.body.tasks[2]).toMatchObject({
      category: "quality", budget: 5000, status: "open", applications: 1, poster: { id: poster.user.id, displayName: "顾明", expertLevel: "none" },
      company: { id: company.id, name: "琴川精密", verified: false },
    });
    const page = await list("?limit=1&offset=1");
    expect(titles(page.body)).toEqual(["PLC program debugging"]);
    expect(page.body.total).toBe(3);
    expect((await list("?offset=10")).body).toEqual({ tasks: [], total: 3 });
  });

  it("finds Chinese and English words in titles, descriptions and skills, whatever the case", async () => {
    expect(titles((await list(`?q=${encodeURIComponent("缩痕")}`)).body)).toEqual(["注塑件缺陷分析"]);
    expect(titles((await list(`?q=${encodeURIComponent("缺陷")}`)).body)).toEqual(["注塑件缺陷分析"]);
    expect(titles((await list("?q=ethercat")).body)).toEqual(["PLC program debugging"]);
    expect(titles((await list("?q=keyshot")).body)).toEqual(["产品渲染图 Product renders"]);
    expect(titles((await list(`?q=${encodeURIComponent("plc servo")}`)).body)).toEqual(["PLC program debugging"]);
    expect(titles((await list(`?q=${encodeURIComponent("plc 注塑")}`)).body)).toEqual([]);
  });

  it("searches for % and _ as typed, not as wildcards", async () => {
    expect(titles((await list(`?q=${encodeURIComponent("100%")}`)).body)).toEqual(["PLC program debugging"]);
    expect(titles((await list("?q=100")).body)).toEqual(["产品渲染图 Product renders", "PLC program debugging"]);
    expect((await list("?q=_")).body.total).toBe(0);
  });

  it("filters by category, skill, company, budget and status", async () => {
    expect(titles((await list("?category=automation")).body)).toEqual(["PLC program debugging"]);
    expect(titles((await list(`?skill=${encodeURIComponent("doe")}`)).body)).toEqual(["注塑件缺陷分析"]);
    expect(titles((await list(`?companyId=${company.id}`)).body)).toEqual(["注塑件缺陷分析"]);
    expect(titles((await list("?budgetMin=6000")).body)).toEqual(["PLC program debugging"]);
    expect(titles((await list("?budgetMax=6000")).body)).toEqual(["注塑件缺陷分析"]);
    expect(titles((await list("?status=assigned")).body)).toEqual(["夹具设计"]);
    expect((await list("?status=draft")).body.total).toBe(0);
  });

  it("refuses bad filters with 400", async () => {
    for (const q of ["?category=juggling", "?budgetMin=-1", "?budgetMin=9000&budgetMax=100", "?limit=500", "?status=done", "?companyId=nope", "?mine=all"]) {
      expect((await list(q, poster.token)).status, q).toBe(400);
    }
  });

  it("lists my own tasks: posted (with drafts), applied, taking; signed in only", async () => {
    expect(titles((await list("?mine=posted", poster.token)).body)).toEqual(["ERP 数据迁移", "产品渲染图 Product renders", "PLC program debugging", "注塑件缺陷分析", "夹具设计"]);
    expect(titles((await list("?mine=posted&status=draft", poster.token)).body)).toEqual(["ERP 数据迁移"]);
    expect(titles((await list("?mine=applied", expert.token)).body)).toEqual(["注塑件缺陷分析"]);
    expect(titles((await list("?mine=taking", expert.token)).body)).toEqual(["夹具设计"]);
    expect((await list("?mine=delivered", expert.token)).body.total).toBe(0);
    expect((await list("?mine=posted", other.token)).body.total).toBe(0);
    expect((await list("?mine=posted")).status).toBe(401);
  });

  it("shows a company's open tasks on its booth panel", async () => {
    const r = await server.api<TaskList>("GET", `/api/companies/${company.id}/tasks`);
    expect(titles(r.body)).toEqual(["注塑件缺陷分析"]);
    expect((await server.api("GET", "/api/companies/00000000-0000-4000-8000-000000000000/tasks")).status).toBe(404);
  });
});

describe("the dispute queue", () => {
  it("shows managers each open dispute with the task's title and both sides; residents may not look", async () => {
    await server.db.query("UPDATE tasks SET status = 'disputed' WHERE id = $1", [ids.fixture]);
    await server.db.query("INSERT INTO task_disputes (task_id, opened_by, from_status, reason) VALUES ($1, $2, 'assigned', '图纸要求变了三次')", [ids.fixture, expert.user.id]);
    const r = await server.api<{ disputes: DisputeSummary[] }>("GET", "/api/disputes?status=open", undefined, manager.token);
    expect(r.status).toBe(200);
    expect(r.body.disputes).toHaveLength(1);
    expect(r.body.disputes[0]).toMatchObject({
      task: { id: ids.fixture, title: "夹具设计", status: "disputed" }, poster: { id: poster.user.id }, taker: { id: expert.user.id },
      openedBy: { id: expert.user.id }, reason: "图纸要求变了三次", status: "open", fromStatus: "assigned",
    });
    expect((await server.api("GET", "/api/disputes", undefined, poster.token)).status).toBe(403);
    expect((await server.api<{ disputes: DisputeSummary[] }>("GET", "/api/disputes?status=decided", undefined, manager.token)).body.disputes).toEqual([]);
  });
});

describe("matching", () => {
  it("suggests certified experts who fit to the poster's side, leaving out those who applied", async () => {
    const quiet = await register("searchquiet", "沈晓东");
    await server.db.query("UPDATE users SET expert_level = 'expert', expert_fields = '{automation}', skills = '{PLC,EtherCAT,Python}' WHERE id = $1", [expert.user.id]);
    await server.db.query("UPDATE users SET expert_level = 'authority', expert_fields = '{design}', skills = '{KeyShot}' WHERE id = $1", [quiet.user.id]);

    const plc = await server.api<{ experts: Array<{ expert: { id: string }; skills: string[]; score: number }> }>("GET", `/api/tasks/${ids.plc}/suggested-experts`, undefined, poster.token);
    expect(plc.status).toBe(200);
    expect(plc.body.experts.map((e) => e.expert.id)).toEqual([expert.user.id, quiet.user.id]);
    expect(plc.body.experts[0]!.skills).toEqual(["PLC", "EtherCAT"]);
    expect(plc.body.experts[0]!.score).toBeGreaterThan(plc.body.experts[1]!.score);

    // 徐静 applied to the defects task already; plain residents are never suggested.
    const defects = await server.api<{ experts: Array<{ expert: { id: string } }> }>("GET", `/api/tasks/${ids.defects}/suggested-experts`, undefined, poster.token);
    expect(defects.body.experts.map((e) => e.expert.id)).toEqual([quiet.user.id]);

    expect((await server.api("GET", `/api/tasks/${ids.plc}/suggested-experts`, undefined, other.token)).status).toBe(403);
    expect((await server.api("GET", "/api/tasks/00000000-0000-4000-8000-000000000000/suggested-experts", undefined, poster.token)).status).toBe(404);
  });

  it("suggests open tasks a person may apply to, in their trade first", async () => {
    const r = await server.api<{ tasks: Array<{ task: TaskSummary; score: number }> }>("GET", "/api/me/suggested-tasks", undefined, expert.token);
    expect(r.status).toBe(200);
    expect(r.body.tasks.map((m) => m.task.title)).toEqual(["PLC program debugging", "产品渲染图 Product renders"]);
    const mine = await server.api<{ tasks: unknown[] }>("GET", "/api/me/suggested-tasks", undefined, poster.token);
    expect(mine.body.tasks).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError, Session } from "../../../shared/protocol/http.ts";
import { MSG_NOTICE, type ParkNotice } from "../../../shared/protocol/parkMessages.ts";
import type { TaskDetail } from "../../../shared/protocol/tasks.ts";
import { acceptOverdueDeliveries } from "../../services/taskLifecycle.ts";
import { addMember, createCompany, manager, resident, setSuspended } from "../../testing/companyFixtures.ts";
import { joinPark } from "../../testing/parkProbe.ts";
import { startTestServer, until, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
let owner: Session, colleague: Session, taker: Session, other: Session, boss: Session;
let companyId: string;

/** A task, or the refusal (status, code, message) in its place. */
type Answer = Omit<TaskDetail, "status"> & { status: TaskDetail["status"] | number; code?: string };

beforeAll(async () => {
  server = await startTestServer();
  const people = await Promise.all(["owner", "colleague", "taker", "other"].map((u) => resident(server, u)));
  [owner, colleague, taker, other] = people as [Session, Session, Session, Session];
  boss = await manager(server, "boss");
  companyId = await createCompany(server, owner, "Gear Works");
  await addMember(server, companyId, owner, colleague);
});
afterAll(async () => { await server?.stop(); });

const post = (who: Session, more: Record<string, unknown> = {}) => server.api<TaskDetail>("POST", "/api/tasks", {
  title: "Fixture for a gearbox housing", description: "Design a milling fixture.", category: "engineering", companyId, ...more,
}, who.token);
const act = (who: Session, id: string, action: string, body: Record<string, unknown> = {}) =>
  server.api<Answer>("POST", `/api/tasks/${id}/actions/${action}`, body, who.token);
const apply = (who: Session, id: string, proposedFee: number | null = null) =>
  server.api<Answer>("POST", `/api/tasks/${id}/apply`, { note: "I have built twenty of these.", proposedFee }, who.token);
const read = (who: Session | null, id: string) => server.api<TaskDetail>("GET", `/api/tasks/${id}`, undefined, who?.token);
const notificationsOf = async (who: Session) =>
  (await server.db.query<{ kind: string }>("SELECT kind FROM notifications WHERE user_id = $1 ORDER BY created_at", [who.user.id])).rows.map((r) => r.kind);

/** A published company task with the taker picked. */
async function assignedTask(): Promise<string> {
  const id = (await post(owner)).body.id;
  const applied = await apply(taker, id, 800);
  const application = (await read(owner, id)).body.applicationList.find((a) => a.applicant.id === taker.user.id)!;
  expect(applied.status).toBe(201);
  expect((await act(owner, id, "pick", { applicationId: application.id })).status).toBe(200);
  return id;
}

describe("a task from post to rating", () => {
  it("goes post → apply → pick → deliver → requestChanges → deliver → accept → both rate", async () => {
    const posted = await post(owner, { budget: 1000, skills: ["CNC"] });
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({ status: "open", budget: 1000, company: { id: companyId, name: "Gear Works" } });
    const id = posted.body.id;

    expect((await apply(taker, id, 900)).body.applicationList).toHaveLength(1);
    await apply(other, id);
    // The poster's side sees every application; an applicant only their own; the public none.
    expect((await read(colleague, id)).body.applicationList).toHaveLength(2);
    expect((await read(taker, id)).body.applicationList.map((a) => a.applicant.id)).toEqual([taker.user.id]);
    const publicView = await read(null, id);
    expect(publicView.body.applicationList).toEqual([]);
    expect(publicView.body.actions).toEqual([]);
    expect((await read(colleague, id)).body.actions).toContain("pick");

    const application = (await read(owner, id)).body.applicationList.find((a) => a.applicant.id === taker.user.id)!;
    const picked = await act(colleague, id, "pick", { applicationId: application.id });
    expect(picked.status).toBe(200);
    expect(picked.body).toMatchObject({ status: "assigned", taker: { id: taker.user.id }, agreedFee: 900 });
    expect(picked.body.applicationList.map((a) => [a.applicant.id, a.status])).toEqual([[taker.user.id, "picked"], [other.user.id, "declined"]]);

    const first = await act(taker, id, "deliver", { message: "Drawings attached.", links: ["https://example.com/v1"] });
    expect(first.body).toMatchObject({ status: "delivered" });
    expect(first.body.autoAcceptAt).not.toBeNull();
    const changes = await act(owner, id, "requestChanges", { reason: "Add the clamping plan." });
    expect(changes.body).toMatchObject({ status: "assigned", changeRounds: 1 });
    await act(taker, id, "deliver", { message: "With the clamping plan." });
    const accepted = await act(owner, id, "accept");
    expect(accepted.body.status).toBe("accepted");
    expect(accepted.body.deliveries.map((d) => d.round)).toEqual([1, 2]);
    expect(accepted.body.actions).toEqual(["rate"]);

    expect((await server.api("POST", `/api/tasks/${id}/ratings`, { stars: 5, comment: "Careful work" }, owner.token)).status).toBe(201);
    // Once per side: the colleague is on the same side as the poster.
    expect((await server.api<ApiError>("POST", `/api/tasks/${id}/ratings`, { stars: 1 }, colleague.token)).body.code).toBe("already_rated");
    const rated = await server.api<TaskDetail>("POST", `/api/tasks/${id}/ratings`, { stars: 4 }, taker.token);
    expect(rated.body.ratings.map((r) => [r.from.id, r.stars])).toEqual([[owner.user.id, 5], [taker.user.id, 4]]);
    const { rows } = await server.db.query("SELECT to_user, to_company FROM task_ratings WHERE task_id = $1 AND from_user = $2", [id, taker.user.id]);
    expect(rows[0]).toEqual({ to_user: owner.user.id, to_company: companyId });

    expect(rated.body.history.map((e) => e.action)).toEqual(
      ["publish", "apply", "apply", "pick", "deliver", "requestChanges", "deliver", "accept", "rate", "rate"],
    );
    expect(await notificationsOf(taker)).toEqual(expect.arrayContaining(["task.picked", "task.changesRequested", "task.accepted"]));
    expect(await notificationsOf(other)).toContain("task.notPicked");
    expect(await notificationsOf(colleague)).toEqual(expect.arrayContaining(["task.applied", "task.delivered"]));
  });

  it("keeps a draft to the poster's side until it is published, and lets it be edited", async () => {
    const draft = await post(owner, { publish: false });
    expect(draft.body.status).toBe("draft");
    const id = draft.body.id;
    expect((await read(taker, id)).status).toBe(404);
    expect((await read(null, id)).status).toBe(404);
    expect((await apply(taker, id)).status).toBe(404);
    const edited = await server.api<TaskDetail>("PATCH", `/api/tasks/${id}`, { title: "A better title" }, colleague.token);
    expect(edited.body).toMatchObject({ title: "A better title", status: "draft" });
    expect((await act(owner, id, "publish")).body.status).toBe("open");
    expect((await read(taker, id)).body.publishedAt).not.toBeNull();
    await apply(taker, id);
    const late = await server.api<ApiError>("PATCH", `/api/tasks/${id}`, { title: "Changed after applying" }, owner.token);
    expect(late.status).toBe(409);
  });

  it("lets the taker give the task back: it is open again and the others may be picked", async () => {
    const id = (await post(owner)).body.id;
    await apply(taker, id);
    await apply(other, id);
    const apps = (await read(owner, id)).body.applicationList;
    await act(owner, id, "pick", { applicationId: apps.find((a) => a.applicant.id === taker.user.id)!.id });
    const back = await act(taker, id, "withdraw", { reason: "I fell ill." });
    expect(back.body).toMatchObject({ status: "open", taker: null });
    const again = await act(owner, id, "pick", { applicationId: apps.find((a) => a.applicant.id === other.user.id)!.id });
    expect(again.body.taker?.id).toBe(other.user.id);
    expect(await notificationsOf(owner)).toContain("task.withdrawn");
  });
});

describe("refusals", () => {
  it("refuses applications the rules do not allow", async () => {
    const id = (await post(owner, { maxApplications: 1 })).body.id;
    expect((await apply(colleague, id)).body).toMatchObject({ status: 403, code: "own_task" });
    expect((await apply(taker, id)).status).toBe(201);
    expect((await apply(taker, id)).body).toMatchObject({ status: 409, code: "already_applied" });
    expect((await apply(other, id)).body).toMatchObject({ status: 409, code: "applications_full" });
    // An invited person may go past the cap.
    expect((await server.api("POST", `/api/tasks/${id}/invitations`, { userId: other.user.id }, owner.token)).status).toBe(200);
    expect((await apply(other, id)).status).toBe(201);
    expect(await notificationsOf(other)).toContain("task.invited");
    const guest = await server.guest();
    expect((await apply(guest, id)).status).toBe(403);
  });

  it("lets an applicant withdraw, once, while the task is open", async () => {
    const id = (await post(owner)).body.id;
    await apply(other, id);
    const gone = await server.api<TaskDetail>("DELETE", `/api/tasks/${id}/application`, undefined, other.token);
    expect(gone.body.applicationList.map((a) => a.status)).toEqual(["withdrawn"]);
    expect(gone.body.applications).toBe(0);
    expect((await server.api<ApiError>("DELETE", `/api/tasks/${id}/application`, undefined, other.token)).body.code).toBe("application_not_pending");
    expect((await server.api<ApiError>("DELETE", `/api/tasks/${id}/application`, undefined, taker.token)).body.code).toBe("no_application");
    expect((await apply(other, id)).body).toMatchObject({ status: 409, code: "already_applied" });
  });

  it("takes no applications for a suspended company's tasks, nor new tasks from it", async () => {
    const suspendedId = await createCompany(server, other, "Shady Parts");
    const id = (await post(other, { companyId: suspendedId })).body.id;
    await setSuspended(server, suspendedId, true, boss.token);
    expect((await apply(taker, id)).body).toMatchObject({ status: 403, code: "company_suspended" });
    expect((await post(other, { companyId: suspendedId })).body).toMatchObject({ status: 403, code: "company_suspended" });
  });

  it("takes only experts on a certified-only task", async () => {
    const id = (await post(owner, { certifiedOnly: true })).body.id;
    expect((await apply(taker, id)).body).toMatchObject({ status: 403, code: "certified_only" });
    const expert = await resident(server, "certified");
    await server.db.query("UPDATE users SET expert_level = 'expert' WHERE id = $1", [expert.user.id]);
    expect((await apply(expert, id)).status).toBe(201);
  });

  it("refuses a delivery by someone else, an acceptance by the taker and a decision by a resident", async () => {
    const id = await assignedTask();
    expect((await act(other, id, "deliver", { message: "Not mine to deliver" })).body).toMatchObject({ status: 403, code: "not_taker" });
    expect((await act(owner, id, "deliver", { message: "Nor mine" })).status).toBe(403);
    await act(taker, id, "deliver", { message: "Done." });
    expect((await act(taker, id, "accept")).body).toMatchObject({ status: 403, code: "not_poster_side" });
    await act(taker, id, "dispute", { reason: "They will not answer." });
    expect((await act(owner, id, "decide", { decision: "accepted" })).body).toMatchObject({ status: 403, code: "not_manager" });
    expect((await read(owner, id)).body.status).toBe("disputed");
  });

  it("refuses bad input and changes nothing", async () => {
    expect((await post(owner, { title: "" })).status).toBe(400);
    expect((await post(taker)).body).toMatchObject({ status: 403, code: "not_a_member" });
    const id = (await post(owner)).body.id;
    expect((await act(owner, id, "pick", {})).status).toBe(400);
    expect((await act(owner, id, "fly")).status).toBe(400);
    expect((await act(owner, "00000000-0000-4000-8000-000000000000", "cancel")).status).toBe(404);
    expect((await read(owner, id)).body.history).toHaveLength(1);
  });
});

describe("automatic acceptance", () => {
  it("accepts a delivery nobody answered in time, as the system", async () => {
    const id = await assignedTask();
    await act(taker, id, "deliver", { message: "Here it is." });
    expect(await acceptOverdueDeliveries(server.db, new Date())).toEqual([]);
    await server.db.query("UPDATE tasks SET auto_accept_at = now() - interval '1 minute' WHERE id = $1", [id]);
    expect(await acceptOverdueDeliveries(server.db, new Date())).toEqual([id]);
    const task = (await read(owner, id)).body;
    expect(task.status).toBe("accepted");
    expect(task.history.at(-1)).toMatchObject({ action: "autoAccept", actor: null, fromStatus: "delivered", toStatus: "accepted" });
    expect(await notificationsOf(taker)).toContain("task.autoAccepted");
    expect(await notificationsOf(colleague)).toContain("task.autoAccepted");
  });
});

describe("cancelling and disputes", () => {
  it("cancels an open task and tells the applicants", async () => {
    const id = (await post(owner)).body.id;
    await apply(other, id);
    expect((await act(taker, id, "cancel")).status).toBe(403);
    expect((await act(colleague, id, "cancel", { reason: "Done in-house." })).body.status).toBe("cancelled");
    expect(await notificationsOf(other)).toContain("task.cancelled");
  });

  it("cancels an assigned task only with the taker's agreement", async () => {
    const id = await assignedTask();
    expect((await act(owner, id, "cancel")).body).toMatchObject({ status: 409, code: "needs_taker_agreement" });
    const proposed = await act(owner, id, "proposeCancel", { reason: "The order fell through." });
    expect(proposed.body.cancelProposedBy).toBe(owner.user.id);
    expect((await read(taker, id)).body.actions).toEqual(expect.arrayContaining(["agreeCancel", "rejectCancel"]));
    expect((await act(taker, id, "agreeCancel")).body.status).toBe("cancelled");
    expect(await notificationsOf(taker)).toContain("task.cancelProposed");
  });

  it("keeps the task going when the taker rejects the cancellation, or a manager decides the work goes on", async () => {
    const id = await assignedTask();
    await act(colleague, id, "proposeCancel");
    const rejected = await act(taker, id, "rejectCancel", { reason: "Half of it is done." });
    expect(rejected.body).toMatchObject({ status: "assigned", cancelProposedBy: null });
    expect(await notificationsOf(colleague)).toContain("task.cancelRejected");
    await act(taker, id, "dispute", { reason: "They want to cancel half-way." });
    const goOn = await act(boss, id, "decide", { decision: "assigned", reason: "Finish the work as agreed." });
    expect(goOn.body).toMatchObject({ status: "assigned", taker: { id: taker.user.id }, dispute: { decision: "assigned" } });
    expect((await act(boss, id, "decide", { decision: "accepted" })).status).toBe(409);
    expect((await act(taker, id, "deliver", { message: "All of it." })).body.status).toBe("delivered");
  });

  it("after delivery takes only a dispute, which a manager decides", async () => {
    const id = await assignedTask();
    await act(taker, id, "deliver", { message: "Delivered." });
    expect((await act(owner, id, "cancel")).body).toMatchObject({ status: 409, code: "dispute_instead" });
    expect((await act(owner, id, "dispute")).status).toBe(400);
    const disputed = await act(owner, id, "dispute", { reason: "The drawings are for another part." });
    expect(disputed.body).toMatchObject({ status: "disputed", dispute: { status: "open", reason: "The drawings are for another part." } });
    expect((await read(boss, id)).body.actions).toEqual(["decide"]);
    const decided = await act(boss, id, "decide", { decision: "cancelled", reason: "The delivery does not match the task." });
    expect(decided.body).toMatchObject({
      status: "cancelled",
      dispute: { status: "decided", decision: "cancelled", decisionNote: "The delivery does not match the task." },
    });
    expect(decided.body.history.at(-1)).toMatchObject({ action: "decide", actor: { id: boss.user.id }, fromStatus: "disputed" });
    expect(await notificationsOf(taker)).toEqual(expect.arrayContaining(["task.disputed", "task.decided"]));
  });
});

describe("picking at the same moment", () => {
  it("lets exactly one of 100 concurrent picks win", async () => {
    const id = (await post(owner)).body.id;
    const applicants = await Promise.all(Array.from({ length: 100 }, (_, i) => resident(server, `applicant${i}`)));
    // Invited people may exceed the cap of 20 applications.
    for (const a of applicants) await server.api("POST", `/api/tasks/${id}/invitations`, { userId: a.user.id }, owner.token);
    await Promise.all(applicants.map((a) => apply(a, id)));
    const applications = (await read(owner, id)).body.applicationList;
    expect(applications).toHaveLength(100);

    const side = [owner, colleague];
    const answers = await Promise.all(applications.map((a, i) => act(side[i % side.length]!, id, "pick", { applicationId: a.id })));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(99);
    const task = (await read(owner, id)).body;
    expect(task.applicationList.filter((a) => a.status === "picked")).toHaveLength(1);
    expect(task.taker?.id).toBe(task.applicationList.find((a) => a.status === "picked")!.applicant.id);
    expect(task.history.filter((e) => e.action === "pick")).toHaveLength(1);
  }, 60_000);
});

describe("park notices", () => {
  it("tells everyone in a park when a task is posted and picked", async () => {
    const visitor = await server.guest();
    const probe = await joinPark(server, visitor.token);
    const notices = () => probe.messages.filter((m) => m.type === MSG_NOTICE).map((m) => m.payload as ParkNotice);
    const id = await assignedTask();
    await until(() => notices().some((n) => n.taskId === id && n.kind === "task-assigned"), "the assigned notice");
    expect(notices().find((n) => n.taskId === id && n.kind === "task-posted")).toMatchObject({
      title: "Fixture for a gearbox housing", who: "owner", company: "Gear Works",
    });
    expect(notices().find((n) => n.kind === "task-assigned")!.who).toBe("taker");
    await probe.room.leave();
  });
});

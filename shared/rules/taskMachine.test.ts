import { describe, expect, it } from "vitest";
import type { TaskStatus } from "../protocol/tasks.ts";
import {
  SYSTEM_ACTOR, TASK_ACTIONS, availableActions, check,
  type TaskAction, type TaskActor, type TaskSnapshot,
} from "./taskMachine.ts";

const task = (status: TaskStatus, more: Partial<TaskSnapshot> = {}): TaskSnapshot => ({
  status, posterId: "poster", companyId: "co", takerId: status === "draft" || status === "open" ? null : "taker",
  changeRounds: 0, maxChangeRounds: 2, cancelProposedBy: null, applications: 0, maxApplications: 3, certifiedOnly: false,
  ...more,
});
const person = (userId: string, more: Partial<TaskActor> = {}): TaskActor => ({
  userId, role: "resident", memberOfTaskCompany: false, expertLevel: "none", hasApplied: false, invited: false, ...more,
});
const poster = person("poster");
const colleague = person("colleague", { memberOfTaskCompany: true });
const taker = person("taker");
const stranger = person("stranger");
const expert = person("expert", { expertLevel: "expert" });
const manager = person("boss", { role: "manager" });
const guest = person("guest", { role: "guest" });

type Row = [string, TaskSnapshot, TaskAction, TaskActor, TaskStatus | 403 | 409, string?];

const rows: Row[] = [
  ["poster publishes a draft", task("draft"), "publish", poster, "open"],
  ["a colleague publishes the company's draft", task("draft"), "publish", colleague, "open"],
  ["a stranger cannot publish", task("draft"), "publish", stranger, 403, "not_poster_side"],
  ["an open task is not published twice", task("open"), "publish", poster, 409, "wrong_status"],
  ["a guest cannot publish", task("draft"), "publish", guest, 403, "sign_in"],

  ["poster edits a draft", task("draft"), "edit", poster, "draft"],
  ["poster edits an open task with no application", task("open"), "edit", poster, "open"],
  ["no edit once someone applied", task("open", { applications: 1 }), "edit", poster, 409],
  ["no edit while assigned", task("assigned"), "edit", poster, 409],
  ["a stranger cannot edit", task("draft"), "edit", stranger, 403],

  ["a stranger applies", task("open"), "apply", stranger, "open"],
  ["a manager applies too", task("open"), "apply", manager, "open"],
  ["the poster cannot apply", task("open"), "apply", poster, 403, "own_task"],
  ["a colleague cannot apply to the company's task", task("open"), "apply", colleague, 403, "own_task"],
  ["a guest cannot apply", task("open"), "apply", guest, 403, "sign_in"],
  ["one application per person", task("open"), "apply", person("s", { hasApplied: true }), 409, "already_applied"],
  ["the cap is reached", task("open", { applications: 3 }), "apply", stranger, 409, "applications_full"],
  ["an invited expert exceeds the cap", task("open", { applications: 3 }), "apply", person("i", { invited: true }), "open"],
  ["certified-only refuses a non-expert", task("open", { certifiedOnly: true }), "apply", stranger, 403, "certified_only"],
  ["certified-only takes an expert", task("open", { certifiedOnly: true }), "apply", expert, "open"],
  ["certified-only takes an authority", task("open", { certifiedOnly: true }), "apply", person("a", { expertLevel: "authority" }), "open"],
  ["certified-only takes an invited resident", task("open", { certifiedOnly: true }), "apply", person("i", { invited: true }), "open"],
  ["no application to a draft", task("draft"), "apply", stranger, 409],
  ["no application once assigned", task("assigned"), "apply", stranger, 409],

  ["an applicant withdraws", task("open"), "withdrawApplication", person("s", { hasApplied: true }), "open"],
  ["nothing to withdraw", task("open"), "withdrawApplication", stranger, 403, "no_application"],
  ["too late to withdraw an application", task("assigned"), "withdrawApplication", person("s", { hasApplied: true }), 409],

  ["poster invites while open", task("open"), "invite", poster, "open"],
  ["no invitation to a draft nobody else can see", task("draft"), "invite", poster, 409],
  ["a stranger cannot invite", task("open"), "invite", stranger, 403],
  ["no invitation once assigned", task("assigned"), "invite", poster, 409],

  ["poster picks", task("open", { applications: 2 }), "pick", poster, "assigned"],
  ["a colleague picks", task("open"), "pick", colleague, "assigned"],
  ["a stranger cannot pick", task("open"), "pick", stranger, 403],
  ["a second pick is refused", task("assigned"), "pick", colleague, 409, "wrong_status"],
  ["a member of another company cannot pick a personal task", task("open", { companyId: null }), "pick", colleague, 403],

  ["the taker delivers", task("assigned"), "deliver", taker, "delivered"],
  ["the poster cannot deliver", task("assigned"), "deliver", poster, 403, "not_taker"],
  ["no delivery twice", task("delivered"), "deliver", taker, 409],

  ["poster accepts", task("delivered"), "accept", poster, "accepted"],
  ["the taker cannot accept", task("delivered"), "accept", taker, 403, "not_poster_side"],
  ["nothing to accept while assigned", task("assigned"), "accept", poster, 409],

  ["poster asks for changes", task("delivered"), "requestChanges", poster, "assigned"],
  ["rounds of changes run out", task("delivered", { changeRounds: 2 }), "requestChanges", poster, 409, "change_rounds_used"],
  ["the taker cannot ask for changes", task("delivered"), "requestChanges", taker, 403],

  ["the system accepts a delivery", task("delivered"), "autoAccept", SYSTEM_ACTOR, "accepted"],
  ["people cannot auto-accept", task("delivered"), "autoAccept", poster, 403, "system_only"],
  ["the system does not accept an assigned task", task("assigned"), "autoAccept", SYSTEM_ACTOR, 409],

  ["poster cancels a draft", task("draft"), "cancel", poster, "cancelled"],
  ["poster cancels an open task", task("open"), "cancel", poster, "cancelled"],
  ["no plain cancel once assigned", task("assigned"), "cancel", poster, 409, "needs_taker_agreement"],
  ["after delivery only a dispute", task("delivered"), "cancel", poster, 409, "dispute_instead"],
  ["a stranger cannot cancel", task("open"), "cancel", stranger, 403],
  ["the taker cannot cancel", task("assigned"), "cancel", taker, 403],

  ["poster proposes to cancel", task("assigned"), "proposeCancel", poster, "assigned"],
  ["one proposal at a time", task("assigned", { cancelProposedBy: "poster" }), "proposeCancel", colleague, 409],
  ["no proposal after delivery", task("delivered"), "proposeCancel", poster, 409],
  ["the taker cannot propose", task("assigned"), "proposeCancel", taker, 403],
  ["the taker agrees", task("assigned", { cancelProposedBy: "poster" }), "agreeCancel", taker, "cancelled"],
  ["the taker rejects", task("assigned", { cancelProposedBy: "poster" }), "rejectCancel", taker, "assigned"],
  ["nothing to agree to", task("assigned"), "agreeCancel", taker, 409, "no_cancel_proposed"],
  ["nothing to reject", task("assigned"), "rejectCancel", taker, 409, "no_cancel_proposed"],
  ["the poster cannot agree for the taker", task("assigned", { cancelProposedBy: "poster" }), "agreeCancel", poster, 403],

  ["the taker gives the task back", task("assigned"), "withdraw", taker, "open"],
  ["no giving back after delivery", task("delivered"), "withdraw", taker, 409],
  ["the poster cannot withdraw for the taker", task("assigned"), "withdraw", poster, 403],

  ["the poster disputes an assigned task", task("assigned"), "dispute", poster, "disputed"],
  ["the taker disputes a delivery", task("delivered"), "dispute", taker, "disputed"],
  ["a colleague disputes", task("delivered"), "dispute", colleague, "disputed"],
  ["a stranger cannot dispute", task("delivered"), "dispute", stranger, 403, "not_a_side"],
  ["no dispute on an open task", task("open"), "dispute", poster, 409],
  ["no dispute after acceptance", task("accepted"), "dispute", taker, 409],

  ["a manager decides", task("disputed"), "decide", manager, "accepted"],
  ["a resident cannot decide", task("disputed"), "decide", poster, 403, "not_manager"],
  ["nothing to decide", task("delivered"), "decide", manager, 409],

  ["the poster rates", task("accepted"), "rate", poster, "accepted"],
  ["the taker rates", task("accepted"), "rate", taker, "accepted"],
  ["once per side", task("accepted"), "rate", person("taker", { alreadyRated: true }), 409, "already_rated"],
  ["a stranger cannot rate", task("accepted"), "rate", stranger, 403],
  ["no rating before acceptance", task("delivered"), "rate", poster, 409],
];

describe("check", () => {
  it.each(rows)("%s", (_name, snapshot, action, actor, expected, code) => {
    const result = check(snapshot, action, actor);
    if (typeof expected === "string") {
      expect(result).toEqual({ ok: true, to: expected });
    } else {
      expect(result).toMatchObject({ ok: false, status: expected });
      if (code !== undefined) expect(result).toMatchObject({ code });
    }
  });

  it("moves a decided dispute into the state the manager chose", () => {
    for (const decision of ["accepted", "cancelled", "assigned"] as const) {
      expect(check(task("disputed"), "decide", manager, decision)).toEqual({ ok: true, to: decision });
    }
  });

  it("covers every action in the table", () => {
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(TASK_ACTIONS));
  });

  it("refuses every action on a cancelled task", () => {
    for (const action of TASK_ACTIONS) {
      for (const actor of [poster, taker, stranger, manager, SYSTEM_ACTOR]) {
        expect(check(task("cancelled", { takerId: "taker" }), action, actor).ok).toBe(false);
      }
    }
  });
});

describe("availableActions", () => {
  it("offers the poster's side what it may do on a delivery", () => {
    expect(availableActions(task("delivered"), colleague)).toEqual(["accept", "requestChanges", "dispute"]);
  });
  it("offers the taker their moves while assigned", () => {
    expect(availableActions(task("assigned"), taker)).toEqual(["deliver", "withdraw", "dispute"]);
    expect(availableActions(task("assigned", { cancelProposedBy: "poster" }), taker))
      .toEqual(["deliver", "agreeCancel", "rejectCancel", "withdraw", "dispute"]);
  });
  it("offers a stranger only to apply to an open task, and a guest nothing", () => {
    expect(availableActions(task("open"), stranger)).toEqual(["apply"]);
    expect(availableActions(task("open"), guest)).toEqual([]);
  });
});

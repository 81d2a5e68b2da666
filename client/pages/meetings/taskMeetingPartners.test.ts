import { describe, expect, it } from "vitest";
import type { PersonRef, TaskApplication, TaskDetail } from "../../../shared/protocol/tasks.ts";
import { readerSide, taskMeetingPartners } from "./taskMeetingPartners.ts";

const person = (id: string): PersonRef => ({ id, displayName: id, colour: "#123456", expertLevel: "none" });
const application = (id: string, status: TaskApplication["status"]): TaskApplication =>
  ({ id: `app-${id}`, applicant: person(id), note: "", proposedFee: null, status, invited: false, createdAt: "2026-11-20T00:00:00Z" });
const task = (over: Partial<TaskDetail>): TaskDetail => ({ poster: person("poster"), taker: null, applicationList: [], actions: [], ...over }) as TaskDetail;

describe("whom a task page offers a meeting with", () => {
  it("offers the poster the taker and the applicants still in the running", () => {
    const t = task({ taker: person("ann"), applicationList: [application("ann", "picked"), application("bo", "pending"), application("cy", "declined")] });
    expect(taskMeetingPartners(t, "poster").map((p) => p.id)).toEqual(["ann", "bo"]);
  });

  it("offers a colleague of the poster the same, seen through the applications they may read", () => {
    const t = task({ applicationList: [application("bo", "pending")], actions: ["pick"] });
    expect(taskMeetingPartners(t, "colleague").map((p) => p.id)).toEqual(["bo"]);
  });

  it("offers a taker or an applicant the poster", () => {
    expect(taskMeetingPartners(task({ taker: person("ann") }), "ann").map((p) => p.id)).toEqual(["poster"]);
    expect(taskMeetingPartners(task({ applicationList: [application("bo", "pending")] }), "bo").map((p) => p.id)).toEqual(["poster"]);
  });

  it("knows the reader's side from what the page shows them", () => {
    expect(readerSide(task({}), "poster")).toBe("poster");
    expect(readerSide(task({ actions: ["edit", "cancel"] }), "colleague")).toBe("poster");
    expect(readerSide(task({ taker: person("ann"), actions: ["deliver"] }), "ann")).toBe("taker");
    expect(readerSide(task({ applicationList: [application("bo", "pending")], actions: ["withdrawApplication"] }), "bo")).toBe("applicant");
    expect(readerSide(task({ actions: ["apply"] }), "someone")).toBeNull();
    expect(readerSide(task({}), null)).toBeNull();
  });

  it("offers nobody to a passer-by or a signed-out reader", () => {
    expect(taskMeetingPartners(task({}), "someone")).toEqual([]);
    expect(taskMeetingPartners(task({ taker: person("ann") }), null)).toEqual([]);
    expect(taskMeetingPartners(task({ applicationList: [application("bo", "withdrawn")] }), "bo")).toEqual([]);
  });
});

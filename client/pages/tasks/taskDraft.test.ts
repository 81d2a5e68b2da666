import { describe, expect, it } from "vitest";
import { checkTaskDraft, emptyTaskDraft } from "./taskDraft.ts";

const filled = () => ({ ...emptyTaskDraft(), title: "Mould flow analysis", description: "A two-cavity mould needs a flow study.", budget: "8000" });

describe("checkTaskDraft", () => {
  it("gives the body to send for a good form", () => {
    const r = checkTaskDraft({ ...filled(), skills: ["Moldflow"], deadline: "2026-12-31" }, true);
    expect(r.ok && r.body).toMatchObject({ title: "Mould flow analysis", budget: 8000, deadline: "2026-12-31", companyId: null, publish: true, skills: ["Moldflow"] });
  });
  it("sends no budget when negotiable", () => {
    const r = checkTaskDraft({ ...filled(), negotiable: true, budget: "" }, false);
    expect(r.ok && r.body.budget).toBeNull();
    expect(r.ok && r.body.publish).toBe(false);
  });
  it("names each wrong field", () => {
    const r = checkTaskDraft({ ...emptyTaskDraft(), title: "  ", budget: "12.5", deadline: "next week", maxApplications: "99" }, true);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(["budget", "deadline", "description", "maxApplications", "title"]);
  });
  it("asks for a budget unless negotiable", () => {
    const r = checkTaskDraft({ ...filled(), budget: "" }, true);
    expect(!r.ok && r.errors.budget).toBe("required");
  });
});

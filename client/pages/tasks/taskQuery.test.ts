import { describe, expect, it } from "vitest";
import { badBudget, emptyFilters, taskQueryString } from "./taskQuery.ts";

const page = { limit: 30, offset: 0 };

describe("taskQueryString", () => {
  it("asks for open tasks on the All open tab and leaves empty filters out", () => {
    expect(taskQueryString("open", "posted", emptyFilters(), page)).toBe("status=open&limit=30");
  });
  it("carries search words (Chinese too), category, skill, company and budgets", () => {
    const q = taskQueryString("open", "posted", {
      ...emptyFilters(), q: " 注塑 模具 ", category: "engineering", skill: "PLC", companyId: "c1", budgetMin: "1,000", budgetMax: "5000",
    }, { limit: 30, offset: 60 });
    const p = new URLSearchParams(q);
    expect(p.get("q")).toBe("注塑 模具");
    expect(p.get("category")).toBe("engineering");
    expect(p.get("skill")).toBe("PLC");
    expect(p.get("companyId")).toBe("c1");
    expect(p.get("budgetMin")).toBe("1000");
    expect(p.get("budgetMax")).toBe("5000");
    expect(p.get("offset")).toBe("60");
  });
  it("asks for the reader's own tasks on My tasks, of any status unless one is chosen", () => {
    const p = new URLSearchParams(taskQueryString("mine", "taking", emptyFilters(), page));
    expect(p.get("mine")).toBe("taking");
    expect(p.has("status")).toBe(false);
    expect(new URLSearchParams(taskQueryString("mine", "posted", { ...emptyFilters(), status: "draft" }, page)).get("status")).toBe("draft");
  });
  it("ignores a budget that is not whole yuan, and says so", () => {
    expect(new URLSearchParams(taskQueryString("open", "posted", { ...emptyFilters(), budgetMin: "12.5" }, page)).has("budgetMin")).toBe(false);
    expect(badBudget("12.5")).toBe(true);
    expect(badBudget("-3")).toBe(true);
    expect(badBudget("")).toBe(false);
  });
});

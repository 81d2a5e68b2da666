import { describe, expect, it } from "vitest";
import { formatBudget, formatDay } from "./taskBudget.ts";

describe("formatBudget", () => {
  it("shows whole yuan with grouping in either language", () => {
    expect(formatBudget(12000, "en", "Negotiable")).toBe("¥12,000");
    expect(formatBudget(12000, "zh-CN", "面议")).toBe("¥12,000");
    expect(formatBudget(0, "en", "Negotiable")).toBe("¥0");
  });
  it("says negotiable when there is no budget", () => {
    expect(formatBudget(null, "zh-CN", "面议")).toBe("面议");
  });
});

describe("formatDay", () => {
  it("writes a date in the reader's language and leaves junk as it came", () => {
    expect(formatDay("2026-12-05", "en")).toBe("5 Dec 2026");
    expect(formatDay("2026-12-05", "zh-CN")).toBe("2026年12月5日");
    expect(formatDay("soon", "en")).toBe("soon");
  });
});

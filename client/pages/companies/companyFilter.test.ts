import { describe, expect, it } from "vitest";
import type { CompanySummary } from "../../../shared/protocol/companies.ts";
import { filterCompanies } from "./companyFilter.ts";

const company = (name: string, industry: CompanySummary["industry"], verified = false): CompanySummary => ({
  id: name, name, industry, colour: "#336699", logoImageId: null, verified, suspended: false, booths: [],
});

const all = [
  company("Yushan Precision Parts", "manufacturing"),
  company("Changshu Robotics", "automation", true),
  company("常熟智能装备", "automation"),
  company("Lakeside Logistics", "logistics", true),
];

describe("the company directory's search and filter", () => {
  it("finds names holding every word, in any case", () => {
    expect(filterCompanies(all, "robot", "all", "en").map((c) => c.name)).toEqual(["Changshu Robotics"]);
    expect(filterCompanies(all, "PARTS yushan", "all", "en").map((c) => c.name)).toEqual(["Yushan Precision Parts"]);
    expect(filterCompanies(all, "智能", "all", "zh-CN").map((c) => c.name)).toEqual(["常熟智能装备"]);
    expect(filterCompanies(all, "nothing like it", "all", "en")).toEqual([]);
  });

  it("keeps one industry, verified companies first", () => {
    expect(filterCompanies(all, "", "automation", "en").map((c) => c.name)).toEqual(["Changshu Robotics", "常熟智能装备"]);
    expect(filterCompanies(all, " ", "all", "en").map((c) => c.name)).toEqual([
      "Changshu Robotics", "Lakeside Logistics", "Yushan Precision Parts", "常熟智能装备",
    ]);
  });
});

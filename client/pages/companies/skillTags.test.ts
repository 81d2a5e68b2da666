import { describe, expect, it } from "vitest";
import { MAX_SKILLS } from "../../../shared/protocol/companies.ts";
import { addSkills } from "./skillTags.ts";

describe("adding skills to a profile", () => {
  it("adds one skill, or several split at commas", () => {
    expect(addSkills([], " CNC machining ")).toEqual({ skills: ["CNC machining"] });
    expect(addSkills(["PLC"], "焊接，模具设计、 PCB layout")).toEqual({ skills: ["PLC", "焊接", "模具设计", "PCB layout"] });
  });

  it("keeps each skill once, whatever its case", () => {
    expect(addSkills(["PLC"], "plc")).toEqual({ problem: "duplicate" });
    expect(addSkills(["PLC"], "plc, SMT")).toEqual({ skills: ["PLC", "SMT"] });
  });

  it("refuses empty, over-long and one-too-many skills", () => {
    expect(addSkills([], " , ")).toEqual({ problem: "empty" });
    expect(addSkills([], "x".repeat(25))).toEqual({ problem: "invalid" });
    const full = Array.from({ length: MAX_SKILLS }, (_, i) => `skill ${i}`);
    expect(addSkills(full, "one more")).toEqual({ problem: "full" });
  });
});

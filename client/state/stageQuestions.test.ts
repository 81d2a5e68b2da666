import { describe, expect, it } from "vitest";
import { draftProblem, orderQuestions } from "./stageQuestions.ts";

const q = (id: string, votes: number, status = "open") => ({ id, name: "n", text: "t", status, votes });

describe("stage questions", () => {
  it("puts the one on screen first, then most votes", () => {
    const ordered = orderQuestions([q("a", 1), q("b", 5), q("c", 0, "on-screen"), q("d", 5), q("e", 9, "answered")]);
    expect(ordered.map((x) => x.id)).toEqual(["c", "b", "d", "a"]);
  });

  it("judges a draft", () => {
    expect(draftProblem("   ", 10)).toBe("empty");
    expect(draftProblem("x".repeat(11), 10)).toBe("too-long");
    expect(draftProblem(" why? ", 10)).toBeNull();
  });
});

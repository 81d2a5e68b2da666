import { describe, expect, it } from "vitest";
import { rankQuestions, type QueuedQuestion } from "./questionQueue.ts";

const q = (id: string, votes: number, minute: number, status = "open"): QueuedQuestion =>
  ({ id, name: "n", text: id, status, votes, createdAt: new Date(Date.UTC(2026, 10, 23, 10, minute)) });

describe("rankQuestions", () => {
  it("puts the question on screen first, then votes, then the older among equals", () => {
    const ranked = rankQuestions([q("a", 1, 1), q("b", 5, 3), q("c", 5, 2), q("d", 0, 0, "on-screen"), q("e", 9, 0, "answered")]);
    expect(ranked.map((r) => r.id)).toEqual(["d", "c", "b", "a"]);
  });
  it("keeps at most the limit", () => {
    const many = Array.from({ length: 40 }, (_, i) => q(`q${i}`, i, 0));
    const ranked = rankQuestions(many, 30);
    expect(ranked).toHaveLength(30);
    expect(ranked[0]!.id).toBe("q39");
  });
});

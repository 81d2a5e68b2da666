import { describe, expect, it } from "vitest";
import { parseReactionCounts, parseStageRefusal, parseStageView } from "./stagePayloads.ts";

describe("stage payloads", () => {
  it("takes a stage view and drops a malformed one", () => {
    const view = { deck: { id: "d", title: "Launch", pageIds: ["p1", "p2"] }, page: 1, spotlight: null, countdownEndsAt: 5, questionOnScreen: null, at: 3 };
    expect(parseStageView(view)).toEqual(view);
    expect(parseStageView({ ...view, page: -1 })).toBeNull();
    expect(parseStageView({ ...view, spotlight: { kind: "video" } })).toBeNull();
  });
  it("takes reaction counts and refusals", () => {
    expect(parseReactionCounts({ applause: 3, heart: 0, fire: 1 })).toEqual({ applause: 3, heart: 0, fire: 1 });
    expect(parseReactionCounts({ applause: 3 })).toBeNull();
    expect(parseStageRefusal({ action: "s-ask", reason: "too-fast" })).toEqual({ action: "s-ask", reason: "too-fast" });
    expect(parseStageRefusal({ action: "s-ask", reason: "bored" })).toBeNull();
  });
});

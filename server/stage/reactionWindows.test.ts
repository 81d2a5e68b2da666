import { describe, expect, it } from "vitest";
import { REACTION_WINDOW_MS } from "../../shared/protocol/stageMessages.ts";
import { ReactionSums, ReactionTally, reactionWindow } from "./reactionWindows.ts";

describe("ReactionTally", () => {
  it("counts by kind and starts again after each drain", () => {
    const tally = new ReactionTally();
    expect(tally.drain()).toBeNull();
    tally.add("applause");
    tally.add("applause");
    tally.add("fire");
    expect(tally.drain()).toEqual({ applause: 2, heart: 0, fire: 1 });
    expect(tally.drain()).toBeNull();
  });
});

describe("ReactionSums", () => {
  const W = REACTION_WINDOW_MS;
  it("sums every instance's counts of a window into one message once the window is complete", () => {
    const sums = new ReactionSums(100);
    const w = reactionWindow(10 * W);
    sums.add(w, { applause: 3, heart: 0, fire: 0 });
    sums.add(w, { applause: 2, heart: 1, fire: 0 });
    expect(sums.due(10 * W + 200)).toBeNull(); // the window is still running
    expect(sums.due(11 * W + 50)).toBeNull(); // ended, but within the delivery margin
    expect(sums.due(11 * W + 150)).toEqual({ applause: 5, heart: 1, fire: 0 });
    expect(sums.due(12 * W + 150)).toBeNull(); // said once
  });
  it("folds late windows into the next message, and ignores nonsense counts", () => {
    const sums = new ReactionSums(0);
    sums.add(3, { applause: 1, heart: 0, fire: 0 });
    sums.add(4, { applause: 0, heart: -5, fire: 2.7 });
    expect(sums.due(6 * W)).toEqual({ applause: 1, heart: 0, fire: 2 });
  });
});

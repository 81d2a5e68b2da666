import { describe, expect, it } from "vitest";
import type { StageView } from "../../shared/protocol/stageMessages.ts";
import { screenMode, turnedStagePage } from "./stageScreen.ts";

const view = (over: Partial<StageView> = {}): StageView => ({
  deck: { id: "d", title: "Launch", pageIds: ["p1", "p2", "p3"] }, page: 0, spotlight: null, countdownEndsAt: null, questionOnScreen: null, at: 0, ...over,
});

describe("the big screen", () => {
  it("shows a question over the spotlight over the slide, else the waiting card", () => {
    expect(screenMode(null)).toBe("idle");
    expect(screenMode(view({ deck: null }))).toBe("idle");
    expect(screenMode(view())).toBe("slides");
    expect(screenMode(view({ spotlight: { kind: "image", imageId: "i", title: "t" } }))).toBe("spotlight");
    expect(screenMode(view({ spotlight: { kind: "image", imageId: "i", title: "t" }, questionOnScreen: { id: "q", name: "n", text: "?" } }))).toBe("question");
  });

  it("turns pages within the deck", () => {
    expect(turnedStagePage(view(), 1)).toBe(1);
    expect(turnedStagePage(view(), -1)).toBeNull();
    expect(turnedStagePage(view({ page: 2 }), 1)).toBeNull();
    expect(turnedStagePage(view({ deck: null }), 1)).toBeNull();
    expect(turnedStagePage(null, 1)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { initialLoading, loadingProgress } from "./loading.ts";

describe("loadingProgress", () => {
  it("starts at nothing, naming the first step", () => {
    expect(loadingProgress(initialLoading())).toEqual({ done: 0, total: 5, percent: 0, current: "layout" });
  });

  it("counts each finished step and names the first one still open", () => {
    expect(loadingProgress({ ...initialLoading(), layout: true, room: true })).toEqual({ done: 2, total: 5, percent: 40, current: "state" });
  });

  it("counts steps that finish out of order without skipping the open one", () => {
    // Joined before the layout arrived: 20 %, and it still says it is fetching the layout.
    expect(loadingProgress({ ...initialLoading(), room: true })).toMatchObject({ percent: 20, current: "layout" });
  });

  it("is complete when every step is done", () => {
    const all = { layout: true, room: true, state: true, position: true, scene: true };
    expect(loadingProgress(all)).toEqual({ done: 5, total: 5, percent: 100, current: null });
  });
});

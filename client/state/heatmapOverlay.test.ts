import { describe, expect, it } from "vitest";
import type { Heatmap } from "../../shared/protocol/dashboard.ts";
import {
  chooseOverlayPeriod, createHeatmapOverlayStore, hideHeatmapOverlay, overlayFailed, overlayFor, overlayLoaded, overlayLoading,
  sameHeatmap, showHeatmapOverlay, type ShownHeatmap,
} from "./heatmapOverlay.ts";

const heatmap = (dwell: number): Heatmap => ({
  parkId: "home", cellSize: 2, width: 300, depth: 300,
  cells: [{ cx: 3, cz: 4, dwellSeconds: dwell, visitors: 1 }], totalDwellSeconds: dwell, maxDwellSeconds: dwell,
});
const answer = (dwell: number, period: ShownHeatmap["period"] = "today", parkId = "home"): ShownHeatmap => ({
  parkId, period, range: { from: "2026-11-23", to: "2026-11-23" }, heatmap: { ...heatmap(dwell), parkId },
});

describe("heatmap overlay state", () => {
  it("shows an answer for the park and period asked for, and nothing once switched off", () => {
    const store = createHeatmapOverlayStore();
    showHeatmapOverlay(store, "home");
    overlayLoading(store);
    expect(store.getState().loading).toBe(true);
    overlayLoaded(store, answer(60));
    expect(overlayFor(store.getState(), "home")?.heatmap.maxDwellSeconds).toBe(60);
    expect(overlayFor(store.getState(), "changshu")).toBeNull();
    expect(store.getState().loading).toBe(false);
    hideHeatmapOverlay(store);
    expect(overlayFor(store.getState(), "home")).toBeNull();
  });

  it("drops a late answer for another period or park", () => {
    const store = createHeatmapOverlayStore();
    showHeatmapOverlay(store, "home");
    chooseOverlayPeriod(store, "last7");
    overlayLoaded(store, answer(60, "today"));
    overlayLoaded(store, answer(60, "last7", "changshu"));
    expect(store.getState().shown).toBeNull();
    overlayFailed(store, { parkId: "home", period: "today" }, "too late");
    expect(store.getState().error).toBeNull();
  });

  it("keeps the shown object when a refresh brings the same figures, so the texture is not rebuilt", () => {
    const store = createHeatmapOverlayStore();
    showHeatmapOverlay(store, "home");
    overlayLoaded(store, answer(60));
    const first = store.getState().shown;
    overlayLoaded(store, answer(60));
    expect(store.getState().shown).toBe(first);
    overlayLoaded(store, answer(75));
    expect(store.getState().shown).not.toBe(first);
    expect(store.getState().shown?.heatmap.maxDwellSeconds).toBe(75);
  });

  it("shows nothing of the old period once another is chosen, until its answer comes", () => {
    const store = createHeatmapOverlayStore();
    showHeatmapOverlay(store, "home");
    overlayLoaded(store, answer(60));
    chooseOverlayPeriod(store, "last30");
    expect(overlayFor(store.getState(), "home")).toBeNull();
    overlayLoaded(store, answer(900, "last30"));
    expect(overlayFor(store.getState(), "home")?.heatmap.maxDwellSeconds).toBe(900);
  });

  it("keeps a failure's words until the next answer", () => {
    const store = createHeatmapOverlayStore();
    showHeatmapOverlay(store, "home");
    overlayFailed(store, { parkId: "home", period: "today" }, "the server cannot be reached");
    expect(store.getState().error).toBe("the server cannot be reached");
    overlayLoaded(store, answer(5));
    expect(store.getState().error).toBeNull();
  });

  it("compares heatmaps cell by cell", () => {
    expect(sameHeatmap(heatmap(5), heatmap(5))).toBe(true);
    expect(sameHeatmap(heatmap(5), heatmap(6))).toBe(false);
    const moved = heatmap(5);
    moved.cells = [{ cx: 3, cz: 5, dwellSeconds: 5, visitors: 1 }];
    expect(sameHeatmap(heatmap(5), moved)).toBe(false);
  });
});

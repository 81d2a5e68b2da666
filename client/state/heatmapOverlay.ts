import { createStore } from "zustand/vanilla";
import type { DayRange, Heatmap } from "../../shared/protocol/dashboard.ts";
import type { RangePreset } from "../pages/dashboard/dashboardRange.ts";

/** The periods the park's overlay offers (the dashboard's presets, without the hand-picked ones). */
export const OVERLAY_PERIODS = ["today", "last7", "last30"] as const satisfies ReadonlyArray<RangePreset>;
export type OverlayPeriod = (typeof OVERLAY_PERIODS)[number];

/** A heatmap the ground shows, with the period and days it was asked for. */
export interface ShownHeatmap { parkId: string; period: OverlayPeriod; range: DayRange; heatmap: Heatmap }

/**
 * The manager's heatmap overlay in the park: on for which park (null: off), which period, and what
 * the ground shows. The HUD switches it and loads the heatmap; the world only draws `shown`.
 */
export interface HeatmapOverlayState {
  parkId: string | null;
  period: OverlayPeriod;
  /** The last answer for this park and period; kept while a newer one loads, so the ground does not flash. */
  shown: ShownHeatmap | null;
  loading: boolean;
  /** Why the last load failed, in the API's words; null after a success. */
  error: string | null;
}

export const createHeatmapOverlayStore = () => createStore<HeatmapOverlayState>(() => ({
  parkId: null, period: "today", shown: null, loading: false, error: null,
}));
export type HeatmapOverlayStore = ReturnType<typeof createHeatmapOverlayStore>;
export const heatmapOverlayStore: HeatmapOverlayStore = createHeatmapOverlayStore();

/** What the ground of `parkId` shows now: nothing while the overlay is off or shows another park or period. */
export function overlayFor(s: HeatmapOverlayState, parkId: string): ShownHeatmap | null {
  return s.parkId === parkId && s.shown?.parkId === parkId && s.shown.period === s.period ? s.shown : null;
}

export function showHeatmapOverlay(store: HeatmapOverlayStore, parkId: string): void {
  if (store.getState().parkId === parkId) return;
  store.setState({ parkId, shown: null, loading: false, error: null });
}

export function hideHeatmapOverlay(store: HeatmapOverlayStore): void {
  store.setState({ parkId: null, shown: null, loading: false, error: null });
}

export function chooseOverlayPeriod(store: HeatmapOverlayStore, period: OverlayPeriod): void {
  if (store.getState().period !== period) store.setState({ period, error: null });
}

export function overlayLoading(store: HeatmapOverlayStore): void {
  store.setState({ loading: true });
}

/**
 * An answer arrived. One for a park or period no longer asked for is dropped; one equal to what is
 * shown keeps the shown object, so the ground's texture is rebuilt only when the figures change.
 */
export function overlayLoaded(store: HeatmapOverlayStore, answer: ShownHeatmap): void {
  const s = store.getState();
  if (s.parkId !== answer.parkId || s.period !== answer.period) return;
  const same = s.shown !== null && s.shown.parkId === answer.parkId && s.shown.period === answer.period
    && s.shown.range.from === answer.range.from && s.shown.range.to === answer.range.to && sameHeatmap(s.shown.heatmap, answer.heatmap);
  store.setState({ shown: same ? s.shown : answer, loading: false, error: null });
}

export function overlayFailed(store: HeatmapOverlayStore, asked: { parkId: string; period: OverlayPeriod }, message: string): void {
  const s = store.getState();
  if (s.parkId !== asked.parkId || s.period !== asked.period) return;
  store.setState({ loading: false, error: message });
}

/** Whether two heatmaps hold the same figures, cell for cell in the same order. */
export function sameHeatmap(a: Heatmap, b: Heatmap): boolean {
  if (a.parkId !== b.parkId || a.cellSize !== b.cellSize || a.width !== b.width || a.depth !== b.depth
    || a.totalDwellSeconds !== b.totalDwellSeconds || a.maxDwellSeconds !== b.maxDwellSeconds || a.cells.length !== b.cells.length) return false;
  return a.cells.every((c, i) => {
    const d = b.cells[i]!;
    return c.cx === d.cx && c.cz === d.cz && c.dwellSeconds === d.dwellSeconds && c.visitors === d.visitors;
  });
}

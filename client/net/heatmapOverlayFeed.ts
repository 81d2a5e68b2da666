import { useEffect } from "react";
import { useStore } from "zustand";
import { TELEMETRY_FLUSH_MS } from "../../shared/constants.ts";
import { parkToday, presetRange } from "../pages/dashboard/dashboardRange.ts";
import {
  heatmapOverlayStore, overlayFailed, overlayLoaded, overlayLoading,
} from "../state/heatmapOverlay.ts";
import { useSession } from "../state/session.ts";
import { fetchHeatmap } from "./dashboardApi.ts";

/** The park writes its dwell this often, so asking more often would only fetch the same figures. */
export const OVERLAY_REFRESH_MS = TELEMETRY_FLUSH_MS;

/**
 * Loads the heatmap the overlay shows while it is on: at once, when the period changes, and every
 * OVERLAY_REFRESH_MS (today's figures grow). The days are the park's, read when each load starts,
 * so an overlay left on over midnight moves on to the new day.
 */
export function useHeatmapOverlayFeed(): void {
  const token = useSession()?.token ?? null;
  const parkId = useStore(heatmapOverlayStore, (s) => s.parkId);
  const period = useStore(heatmapOverlayStore, (s) => s.period);
  useEffect(() => {
    if (parkId === null) return;
    let live = true;
    const load = () => {
      const range = presetRange(period, parkToday(new Date()));
      overlayLoading(heatmapOverlayStore);
      void fetchHeatmap(token, { parkId, ...range }).then((r) => {
        if (!live) return;
        if (r.ok) overlayLoaded(heatmapOverlayStore, { parkId, period, range, heatmap: r.value });
        else overlayFailed(heatmapOverlayStore, { parkId, period }, r.error.message);
      });
    };
    load();
    const timer = setInterval(load, OVERLAY_REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [parkId, period, token]);
}

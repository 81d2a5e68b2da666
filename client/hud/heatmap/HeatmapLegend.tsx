import { useEffect, useId } from "react";
import { useTranslation } from "react-i18next";
import { useStore } from "zustand";
import { can } from "../../../shared/rules/permissions.ts";
import type { Language } from "../../i18n/language.ts";
import { useHeatmapOverlayFeed } from "../../net/heatmapOverlayFeed.ts";
import { heatColour, rgbaCss } from "../../pages/dashboard/heatColour.ts";
import {
  chooseOverlayPeriod, heatmapOverlayStore, hideHeatmapOverlay, OVERLAY_PERIODS, overlayFor,
} from "../../state/heatmapOverlay.ts";
import { useSession } from "../../state/session.ts";

/** The legend's bar: the overlay's own colours, from the faintest dwell that shows to the most. */
const SCALE = `linear-gradient(to right, ${Array.from({ length: 11 }, (_, i) => rgbaCss(heatColour(0.06 + (0.94 * i) / 10))).join(", ")})`;

const dayFormats = new Map<Language, Intl.DateTimeFormat>();
/** "Nov 23" / "11月23日" for a park day key (the key is already the park's day: read it as UTC). */
function dayLabel(day: string, lng: Language): string {
  let f = dayFormats.get(lng);
  if (!f) {
    f = new Intl.DateTimeFormat(lng, { month: "short", day: "numeric", timeZone: "UTC" });
    dayFormats.set(lng, f);
  }
  return f.format(new Date(`${day}T00:00:00Z`));
}

/**
 * While the heatmap overlay is on in this park: which period it shows (and a choice of another),
 * its colour scale from less time to more, the time spent in all, and a button to hide it.
 * Loads the heatmap (useHeatmapOverlayFeed); leaving the park switches the overlay off.
 */
export function HeatmapLegend({ parkId, lng }: { parkId: string; lng: Language }) {
  const { t } = useTranslation();
  const session = useSession();
  const on = useStore(heatmapOverlayStore, (s) => s.parkId === parkId);
  const period = useStore(heatmapOverlayStore, (s) => s.period);
  const shown = useStore(heatmapOverlayStore, (s) => overlayFor(s, parkId));
  const loading = useStore(heatmapOverlayStore, (s) => s.loading);
  const error = useStore(heatmapOverlayStore, (s) => s.error);
  const titleId = useId();
  useHeatmapOverlayFeed();
  useEffect(() => () => {
    if (heatmapOverlayStore.getState().parkId === parkId) hideHeatmapOverlay(heatmapOverlayStore);
  }, [parkId]);

  if (!on || !session || !can(session.user.role, "dashboard.view")) return null;
  const range = shown?.range;
  const total = shown?.heatmap.totalDwellSeconds ?? 0;
  const number = new Intl.NumberFormat(lng, { maximumFractionDigits: 1 });
  const status = error !== null ? t("heatmap.failed", { message: error })
    : !shown ? (loading ? t("heatmap.loading") : "")
    : total === 0 ? t("heatmap.empty")
    : total >= 3600 ? t("heatmap.totalHours", { hours: number.format(total / 3600) })
    : t("heatmap.totalMinutes", { minutes: Math.max(1, Math.round(total / 60)) });
  return (
    <section className="hud-panel heat-legend" aria-labelledby={titleId} data-testid="heatmap-legend" data-total={total}>
      <div className="heat-legend__head">
        <div>
          <h2 id={titleId}>{t("heatmap.title")}</h2>
          <p>{t("heatmap.subtitle")}</p>
        </div>
        <button type="button" className="settings__close" aria-label={t("heatmap.hide")} onClick={() => hideHeatmapOverlay(heatmapOverlayStore)}>
          ×
        </button>
      </div>
      <div className="heat-legend__periods" role="group" aria-label={t("heatmap.periodLabel")}>
        {OVERLAY_PERIODS.map((p) => (
          <button key={p} type="button" aria-pressed={period === p} onClick={() => chooseOverlayPeriod(heatmapOverlayStore, p)}>
            {t(`heatmap.periods.${p}`)}
          </button>
        ))}
      </div>
      <div className="heat-legend__bar" style={{ background: SCALE }} role="img" aria-label={t("heatmap.scale")} />
      <div className="heat-legend__ends" aria-hidden="true">
        <span>{t("heatmap.less")}</span>
        <span>{t("heatmap.more")}</span>
      </div>
      <p className="heat-legend__note" aria-live="polite">
        {range && <span>{range.from === range.to ? dayLabel(range.to, lng) : t("heatmap.range", { from: dayLabel(range.from, lng), to: dayLabel(range.to, lng) })}</span>}
        <span>{status}</span>
      </p>
    </section>
  );
}

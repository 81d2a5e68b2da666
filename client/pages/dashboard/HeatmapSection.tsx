import { useTranslation } from "react-i18next";
import type { Heatmap } from "../../../shared/protocol/dashboard.ts";
import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import { fetchHeatmap } from "../../net/dashboardApi.ts";
import type { CsvCell } from "./toCsv.ts";
import { DashCard, Empty, LoadFailed } from "./DashCard.tsx";
import { periodLabel } from "./dashboardFormat.ts";
import { FloorPlanHeatmap, HeatLegend } from "./FloorPlanHeatmap.tsx";
import { shown, useComparedLoad, type ParkSectionProps } from "./useApiLoad.ts";

/** Where people spent time, on the floor plan; with a compared period, the two plans side by side on one scale. */
export function HeatmapSection({ token, layout, range, compare, lng, reload }: ParkSectionProps & { layout: ParkLayout }) {
  const { t } = useTranslation("dashboard");
  const { main, other } = useComparedLoad((r) => fetchHeatmap(token, r), range, compare, reload);
  const now = shown(main);
  const before = compare ? shown(other) : null;
  const max = Math.max(now?.maxDwellSeconds ?? 0, before?.maxDwellSeconds ?? 0);

  const rows = (label: string, h: Heatmap): CsvCell[][] => h.cells.map((c) => [
    label, c.cx, c.cz, c.cx * h.cellSize, c.cz * h.cellSize, c.dwellSeconds, c.visitors,
  ]);
  const csv = now ? {
    name: ["heatmap", range.parkId, range.from, range.to],
    header: [t("csv.period"), t("csv.cellX"), t("csv.cellZ"), t("csv.metresX"), t("csv.metresZ"), t("csv.dwellSeconds"), t("csv.visitors")],
    rows: [...rows(periodLabel(lng, range), now), ...(before && compare ? rows(periodLabel(lng, compare), before) : [])],
  } : null;

  return (
    <DashCard id="heatmap" title={t("heatmap.title")} lead={t("heatmap.lead")} csv={csv} wide testId="dash-heatmap">
      {main.state === "failed" && <LoadFailed error={main.error} />}
      {other.state === "failed" && <LoadFailed error={other.error} />}
      {!now && main.state === "loading" && <p className="muted" role="status">{t("loading")}</p>}
      {now && (
        <>
          {now.totalDwellSeconds === 0 && (!before || before.totalDwellSeconds === 0) && <Empty testId="heatmap-empty">{t("heatmap.empty")}</Empty>}
          <div className={`dash-plans${before ? " dash-plans--two" : ""}`} aria-busy={main.state === "loading"}>
            <FloorPlanHeatmap layout={layout} heatmap={now} maxDwellSeconds={max} lng={lng} caption={periodLabel(lng, range)} testId="heatmap-plan" />
            {before && compare && (
              <FloorPlanHeatmap layout={layout} heatmap={before} maxDwellSeconds={max} lng={lng} caption={periodLabel(lng, compare)} testId="heatmap-plan-compare" />
            )}
          </div>
          <HeatLegend maxDwellSeconds={max} />
        </>
      )}
    </DashCard>
  );
}

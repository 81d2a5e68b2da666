import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../i18n/language.ts";
import { fetchPeakHours, parkRangeQuery, type ParkRange } from "../../net/dashboardApi.ts";
import { DashCard, Empty, LoadFailed } from "./DashCard.tsx";
import { formatNumber, hourLabel, weekdayName } from "./dashboardFormat.ts";
import { EChart } from "./EChart.tsx";
import type { EChartsCoreOption } from "./echarts.ts";
import { heatColour, opaque, rgbaCss } from "./heatColour.ts";
import { peakGrid } from "./peakGrid.ts";
import { shown, useApiLoad } from "./useApiLoad.ts";

/** When the park is busiest: average people present in each hour of each weekday, over the range. */
export function PeakHoursSection({ token, range, lng, reload }: { token: string; range: ParkRange; lng: Language; reload: number }) {
  const { t } = useTranslation("dashboard");
  const load = useApiLoad(`${parkRangeQuery(range)}#${reload}`, () => fetchPeakHours(token, range));
  const report = shown(load);
  const grid = useMemo(() => (report ? peakGrid(report.cells) : null), [report]);

  const option = useMemo<EChartsCoreOption | null>(() => {
    if (!grid || !grid.busiest) return null;
    const days = [7, 6, 5, 4, 3, 2, 1].map((d) => weekdayName(lng, d));
    return {
      tooltip: {
        position: "top",
        formatter: (p: { data: [number, number, number, number] }) => {
          const [hour, row, average, peak] = p.data;
          return `${weekdayName(lng, 7 - row, "long")} ${hourLabel(hour)}<br/>${t("peak.tooltip", { average: formatNumber(lng, average, 1), peak })}`;
        },
      },
      grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
      xAxis: { type: "category", data: Array.from({ length: 24 }, (_, h) => String(h).padStart(2, "0")), splitArea: { show: true }, axisTick: { show: false } },
      yAxis: { type: "category", data: days, splitArea: { show: true }, axisTick: { show: false } },
      visualMap: {
        min: 0, max: Math.max(1, Math.ceil(grid.maxAverage)), calculable: false, orient: "horizontal", left: "center", bottom: 4, itemWidth: 12, itemHeight: 160,
        text: [t("peak.more"), t("peak.less")],
        inRange: { color: ["#f3f1ec", ...[0.2, 0.4, 0.6, 0.8, 1].map((s) => rgbaCss(opaque(heatColour(s))))] },
      },
      series: [{
        type: "heatmap", data: grid.data, label: { show: false },
        itemStyle: { borderColor: "#fff", borderWidth: 2, borderRadius: 3 },
        emphasis: { itemStyle: { borderColor: "#0f3d3e", borderWidth: 1 } },
      }],
    };
  }, [grid, lng, t]);

  const csv = report ? {
    name: ["peak-hours", range.parkId, range.from, range.to],
    header: [t("csv.weekday"), t("csv.hour"), t("csv.averagePeople"), t("csv.peakPeople")],
    rows: [...report.cells].sort((a, b) => a.weekday - b.weekday || a.hour - b.hour)
      .map((c) => [weekdayName(lng, c.weekday, "long"), hourLabel(c.hour), Math.round(c.averagePeople * 10) / 10, c.peakPeople]),
  } : null;

  return (
    <DashCard id="peak" title={t("peak.title")} lead={t("peak.lead")} csv={csv} wide testId="dash-peak">
      {load.state === "failed" && <LoadFailed error={load.error} />}
      {!report && load.state === "loading" && <p className="muted" role="status">{t("loading")}</p>}
      {grid && (grid.busiest
        ? (
          <>
            <p className="dash-highlight" data-testid="peak-busiest">
              {t("peak.busiest", { day: weekdayName(lng, grid.busiest.weekday, "long"), hour: hourLabel(grid.busiest.hour), average: formatNumber(lng, grid.busiest.averagePeople, 1) })}
            </p>
            {option && <EChart option={option} height={330} label={t("peak.chartLabel")} testId="peak-chart" />}
          </>
        )
        : <Empty>{t("peak.empty")}</Empty>)}
    </DashCard>
  );
}

import type { TFunction } from "i18next";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { BoothRow } from "../../../shared/protocol/dashboard.ts";
import type { Language } from "../../i18n/language.ts";
import { fetchBooths } from "../../net/dashboardApi.ts";
import { companyPath } from "../../router.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { DashCard, Empty, LoadFailed } from "./DashCard.tsx";
import { formatDuration, formatNumber, percentChange, periodLabel, toMinutes } from "./dashboardFormat.ts";
import { Change, DataTable, type Column } from "./DataTable.tsx";
import { EChart } from "./EChart.tsx";
import type { EChartsCoreOption } from "./echarts.ts";
import { shown, useComparedLoad, type ParkSectionProps } from "./useApiLoad.ts";

/** Booths drawn as bars (the table lists them all). */
const CHART_BOOTHS = 10;

/** Booths ranked by visits: who drew people, and for how long; against the compared period if any. */
export function BoothsSection({ token, range, compare, lng, reload }: ParkSectionProps) {
  const { t } = useTranslation("dashboard");
  const { main, other } = useComparedLoad((r) => fetchBooths(token, r), range, compare, reload);
  const report = shown(main);
  const before = compare ? shown(other) : null;
  const beforeBy = useMemo(() => new Map((before?.booths ?? []).map((b) => [b.slotId, b])), [before]);
  const rows = useMemo(() => (report?.booths ?? []).filter((b) => b.visits > 0), [report]);
  const columns = boothColumns(t, lng, before ? (b) => percentChange(b.visits, beforeBy.get(b.slotId)?.visits ?? 0) : null);

  const option = useMemo<EChartsCoreOption | null>(() => {
    if (rows.length === 0) return null;
    const top = rows.slice(0, CHART_BOOTHS).reverse();
    return {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: before ? { top: 0 } : undefined,
      grid: { left: 8, right: 24, top: before ? 30 : 8, bottom: 8, containLabel: true },
      xAxis: { type: "value", minInterval: 1, splitLine: { lineStyle: { color: "#eeebe4" } } },
      yAxis: { type: "category", data: top.map((b) => b.companyName ?? b.slotId), axisTick: { show: false }, axisLabel: { width: 140, overflow: "truncate" } },
      series: [
        { type: "bar", name: periodLabel(lng, range), data: top.map((b) => b.visits), itemStyle: { color: "#e07a5f", borderRadius: [0, 4, 4, 0] }, barMaxWidth: 18 },
        ...(before && compare ? [{
          type: "bar", name: periodLabel(lng, compare), data: top.map((b) => beforeBy.get(b.slotId)?.visits ?? 0),
          itemStyle: { color: "#c9d1d6", borderRadius: [0, 4, 4, 0] }, barMaxWidth: 18,
        }] : []),
      ],
    };
  }, [rows, before, beforeBy, lng, range, compare]);

  const csv = report ? {
    name: ["booths", range.parkId, range.from, range.to],
    header: [
      t("csv.slot"), t("csv.company"), t("csv.visits"), t("csv.visitors"), t("csv.averageDwellMinutes"), t("csv.totalDwellMinutes"),
      ...(before ? [t("csv.visitsBefore")] : []),
    ],
    rows: report.booths.map((b) => [
      b.slotId, b.companyName, b.visits, b.visitors, toMinutes(b.averageDwellSeconds), toMinutes(b.totalDwellSeconds),
      ...(before ? [beforeBy.get(b.slotId)?.visits ?? 0] : []),
    ]),
  } : null;

  return (
    <DashCard id="booths" title={t("booths.title")} lead={t("booths.lead")} csv={csv} wide testId="dash-booths">
      {main.state === "failed" && <LoadFailed error={main.error} />}
      {!report && main.state === "loading" && <p className="muted" role="status">{t("loading")}</p>}
      {report && (rows.length === 0
        ? <Empty>{t("booths.empty")}</Empty>
        : (
          <div className="dash-split">
            <DataTable columns={columns} rows={rows} rowKey={(b) => b.slotId} label={t("booths.title")} testId="booths-table" rowTestId="booth-row" />
            {option && <EChart option={option} height={Math.max(220, Math.min(rows.length, CHART_BOOTHS) * (before ? 44 : 32) + 60)} label={t("booths.chartLabel")} testId="booths-chart" />}
          </div>
        ))}
    </DashCard>
  );
}

/** The booth table's columns, shared with a company's own view (which has no comparison). */
export function boothColumns<T extends BoothRow>(
  t: TFunction<"dashboard">, lng: Language, change: ((b: T) => number | null) | null,
): Array<Column<T>> {
  return [
    { label: "#", rank: true, cell: (_, i) => i + 1 },
    {
      label: t("booths.booth"),
      cell: (b) => (b.companyId && b.companyName
        ? <AppLink to={companyPath(b.companyId)}>{b.companyName}</AppLink>
        : <span className="muted">{t("booths.emptySlot", { slot: b.slotId })}</span>),
    },
    { label: t("booths.slot"), cell: (b) => <code className="dash-code">{b.slotId}</code> },
    { label: t("figures.visits"), numeric: true, cell: (b) => formatNumber(lng, b.visits) },
    { label: t("figures.visitors"), numeric: true, cell: (b) => formatNumber(lng, b.visitors) },
    { label: t("figures.averageDwell"), numeric: true, cell: (b) => formatDuration(t, b.averageDwellSeconds) },
    { label: t("figures.totalDwell"), numeric: true, cell: (b) => formatDuration(t, b.totalDwellSeconds) },
    ...(change ? [{ label: t("figures.change"), numeric: true, cell: (b: T) => <Change percent={change(b)} fresh={t("figures.new")} label={t("figures.changeLabel")} /> }] : []),
  ];
}

import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ZoneReport, ZoneRow } from "../../../shared/protocol/dashboard.ts";
import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import type { Language } from "../../i18n/language.ts";
import { fetchZones, type ParkRange } from "../../net/dashboardApi.ts";
import { ZONE_COLOURS } from "../../world/park/palette.ts";
import { DashCard, Empty, LoadFailed } from "./DashCard.tsx";
import { formatDuration, formatNumber, percentChange, periodLabel, toMinutes } from "./dashboardFormat.ts";
import { Change, DataTable, type Column } from "./DataTable.tsx";
import { EChart } from "./EChart.tsx";
import type { EChartsCoreOption } from "./echarts.ts";
import { FlowsCard } from "./FlowsCard.tsx";
import { shown, useComparedLoad, type ParkSectionProps } from "./useApiLoad.ts";

/** Zones ranked by dwell (table and bars, against the compared period if any), then the moves between them. */
export function ZonesSection({ token, layout, range, compare, lng, reload }: ParkSectionProps & { layout: ParkLayout }) {
  const { t } = useTranslation("dashboard");
  const { main, other } = useComparedLoad((r) => fetchZones(token, r), range, compare, reload);
  const report = shown(main);
  const before = compare ? shown(other) : null;
  const beforeBy = useMemo(() => new Map((before?.zones ?? []).map((z) => [z.zoneId, z])), [before]);
  const rows = useMemo(() => (report?.zones ?? []).filter((z) => z.visits > 0 || z.totalDwellSeconds > 0), [report]);
  const option = useMemo(() => (rows.length > 0 ? barsOption(rows, before ? beforeBy : null, lng, range, compare, t("zones.minutes")) : null),
    [rows, before, beforeBy, lng, range, compare, t]);

  const columns: Array<Column<ZoneRow>> = [
    { label: "#", rank: true, cell: (_, i) => i + 1 },
    { label: t("zones.zone"), cell: (z) => <span className="dash-name"><span className="dash-swatch" style={{ background: ZONE_COLOURS[z.kind] }} aria-hidden="true" />{z.name[lng]}</span> },
    { label: t("figures.visits"), numeric: true, cell: (z) => formatNumber(lng, z.visits) },
    { label: t("figures.visitors"), numeric: true, cell: (z) => formatNumber(lng, z.visitors) },
    { label: t("figures.averageDwell"), numeric: true, cell: (z) => formatDuration(t, z.averageDwellSeconds) },
    { label: t("figures.totalDwell"), numeric: true, cell: (z) => <span data-testid="zone-dwell" data-seconds={z.totalDwellSeconds}>{formatDuration(t, z.totalDwellSeconds)}</span> },
    ...(before ? [{
      label: t("figures.change"), numeric: true,
      cell: (z: ZoneRow) => <Change percent={percentChange(z.totalDwellSeconds, beforeBy.get(z.zoneId)?.totalDwellSeconds ?? 0)} fresh={t("figures.new")} label={t("figures.changeLabel")} />,
    }] : []),
  ];

  const csv = report ? {
    name: ["zones", range.parkId, range.from, range.to],
    header: [
      t("csv.zoneId"), t("csv.zone"), t("csv.visits"), t("csv.visitors"), t("csv.averageDwellMinutes"), t("csv.totalDwellMinutes"),
      ...(before ? [t("csv.visitsBefore"), t("csv.totalDwellMinutesBefore")] : []),
    ],
    rows: report.zones.map((z) => [
      z.zoneId, z.name[lng], z.visits, z.visitors, toMinutes(z.averageDwellSeconds), toMinutes(z.totalDwellSeconds),
      ...(before ? [beforeBy.get(z.zoneId)?.visits ?? 0, toMinutes(beforeBy.get(z.zoneId)?.totalDwellSeconds ?? 0)] : []),
    ]),
  } : null;

  return (
    <>
      <DashCard id="zones" title={t("zones.title")} lead={t("zones.lead")} csv={csv} wide testId="dash-zones">
        {main.state === "failed" && <LoadFailed error={main.error} />}
        {!report && main.state === "loading" && <p className="muted" role="status">{t("loading")}</p>}
        {report && (rows.length === 0
          ? <Empty>{t("zones.empty")}</Empty>
          : (
            <div className="dash-split">
              <DataTable columns={columns} rows={rows} rowKey={(z) => z.zoneId} label={t("zones.title")} testId="zones-table" rowTestId="zone-row" />
              {option && <EChart option={option} height={Math.max(220, rows.length * (before ? 44 : 32) + 60)} label={t("zones.chartLabel")} testId="zones-chart" />}
            </div>
          ))}
      </DashCard>
      {report && <FlowsCard report={report} layout={layout} range={range} lng={lng} />}
    </>
  );
}

function barsOption(
  rows: ZoneReport["zones"], before: Map<string, ZoneRow> | null, lng: Language, range: ParkRange, compare: ParkRange | null, unit: string,
): EChartsCoreOption {
  const ordered = [...rows].reverse(); // ECharts draws the first category at the bottom.
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: (v: number) => `${v} ${unit}` },
    legend: before ? { top: 0 } : undefined,
    grid: { left: 8, right: 24, top: before ? 30 : 8, bottom: 24, containLabel: true },
    xAxis: { type: "value", name: unit, nameLocation: "middle", nameGap: 26, splitLine: { lineStyle: { color: "#eeebe4" } } },
    yAxis: { type: "category", data: ordered.map((z) => z.name[lng]), axisTick: { show: false } },
    series: [
      { type: "bar", name: periodLabel(lng, range), data: ordered.map((z) => ({ value: toMinutes(z.totalDwellSeconds), itemStyle: { color: "#1d6a66", borderRadius: [0, 4, 4, 0] } })), barMaxWidth: 18 },
      ...(before && compare ? [{
        type: "bar", name: periodLabel(lng, compare), itemStyle: { color: "#c9d1d6", borderRadius: [0, 4, 4, 0] },
        data: ordered.map((z) => toMinutes(before.get(z.zoneId)?.totalDwellSeconds ?? 0)), barMaxWidth: 18,
      }] : []),
    ],
  };
}

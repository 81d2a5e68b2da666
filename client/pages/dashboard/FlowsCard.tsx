import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ZoneFlow, ZoneReport } from "../../../shared/protocol/dashboard.ts";
import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import type { Language } from "../../i18n/language.ts";
import type { ParkRange } from "../../net/dashboardApi.ts";
import { DashCard, Empty } from "./DashCard.tsx";
import { formatNumber } from "./dashboardFormat.ts";
import { DataTable, type Column } from "./DataTable.tsx";
import { EChart } from "./EChart.tsx";
import type { EChartsCoreOption } from "./echarts.ts";
import { flowSankey } from "./flowSankey.ts";
import { ZONE_ACCENTS } from "./zoneAccents.ts";

/** Moves drawn in the sankey; the table lists more. */
const SANKEY_FLOWS = 12;
const TABLE_FLOWS = 15;

/** Where people go next: the biggest moves between zones, as a table and a left-to-right sankey. */
export function FlowsCard({ report, layout, range, lng }: { report: ZoneReport; layout: ParkLayout; range: ParkRange; lng: Language }) {
  const { t } = useTranslation("dashboard");
  const zones = useMemo(() => {
    const m = new Map(layout.zones.map((z) => [z.id, { name: z.name[lng], accent: ZONE_ACCENTS[z.kind] }]));
    for (const z of report.zones) m.set(z.zoneId, { name: z.name[lng], accent: ZONE_ACCENTS[z.kind] });
    return m;
  }, [layout, report, lng]);
  const nameOf = (id: string) => zones.get(id)?.name ?? id;
  const flows = useMemo(() => report.flows.filter((f) => f.fromZoneId !== f.toZoneId).sort((a, b) => b.moves - a.moves), [report]);
  const total = flows.reduce((n, f) => n + f.moves, 0);

  const option = useMemo<EChartsCoreOption | null>(() => {
    const { nodes, links } = flowSankey(flows, SANKEY_FLOWS);
    if (links.length === 0) return null;
    const label = (name: string) => zones.get(name.slice(name.indexOf(":") + 1))?.name ?? name;
    return {
      tooltip: {
        trigger: "item",
        formatter: (p: { dataType?: string; data: { source?: string; target?: string; value?: number; name?: string }; value?: number }) =>
          p.dataType === "edge" ? `${label(p.data.source ?? "")} → ${label(p.data.target ?? "")}: ${p.data.value ?? 0}` : `${label(p.data.name ?? "")}: ${p.value ?? 0}`,
      },
      series: [{
        type: "sankey", left: 8, right: 8, top: 8, bottom: 8, nodeWidth: 14, nodeGap: 10, layoutIterations: 32, draggable: false,
        emphasis: { focus: "adjacency" },
        label: { color: "#14292c", fontWeight: 600 },
        lineStyle: { color: "gradient", opacity: 0.4, curveness: 0.5 },
        data: nodes.map((n) => ({
          name: n.name, itemStyle: { color: zones.get(n.zoneId)?.accent ?? "#7c8c8e" },
          // A plain string, not a function: the names are then part of the option, whose glyphs EChart loads.
          label: { position: n.side === "from" ? "right" : "left", formatter: label(n.name) },
        })),
        links,
      }],
    };
  }, [flows, zones]);

  const columns: Array<Column<ZoneFlow>> = [
    { label: t("flows.from"), cell: (f) => nameOf(f.fromZoneId) },
    { label: t("flows.to"), cell: (f) => nameOf(f.toZoneId) },
    { label: t("flows.moves"), numeric: true, cell: (f) => formatNumber(lng, f.moves) },
    { label: t("flows.share"), numeric: true, cell: (f) => `${formatNumber(lng, total > 0 ? (f.moves / total) * 100 : 0, 1)}%` },
  ];
  const csv = {
    name: ["flows", range.parkId, range.from, range.to],
    header: [t("csv.fromZoneId"), t("csv.fromZone"), t("csv.toZoneId"), t("csv.toZone"), t("csv.moves")],
    rows: flows.map((f) => [f.fromZoneId, nameOf(f.fromZoneId), f.toZoneId, nameOf(f.toZoneId), f.moves]),
  };

  return (
    <DashCard id="flows" title={t("flows.title")} lead={t("flows.lead")} csv={csv} wide testId="dash-flows">
      {flows.length === 0
        ? <Empty>{t("flows.empty")}</Empty>
        : (
          <div className="dash-split">
            <DataTable columns={columns} rows={flows.slice(0, TABLE_FLOWS)} rowKey={(f) => `${f.fromZoneId}>${f.toZoneId}`} label={t("flows.title")} testId="flows-table" />
            {option && <EChart option={option} height={Math.max(240, Math.min(420, 60 + new Set(flows.slice(0, SANKEY_FLOWS).map((f) => f.fromZoneId)).size * 46))}
              label={t("flows.chartLabel")} testId="flows-chart" />}
          </div>
        )}
    </DashCard>
  );
}

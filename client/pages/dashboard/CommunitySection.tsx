import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { CommunityReport } from "../../../shared/protocol/dashboard.ts";
import type { Language } from "../../i18n/language.ts";
import { fetchCommunity, type ParkRange } from "../../net/dashboardApi.ts";
import { DashCard, Empty, LoadFailed } from "./DashCard.tsx";
import { formatNumber, percentChange, shortDay } from "./dashboardFormat.ts";
import { Change } from "./DataTable.tsx";
import { EChart } from "./EChart.tsx";
import type { EChartsCoreOption } from "./echarts.ts";
import { EventsCard } from "./EventsCard.tsx";
import { FunnelCard } from "./FunnelCard.tsx";
import { shown, useApiLoad } from "./useApiLoad.ts";

/** The headline figures of a community report, for the cards and their change against the compared period. */
function headline(r: CommunityReport) {
  const active = r.days.map((d) => d.activePeople);
  return {
    averageActive: active.length > 0 ? active.reduce((a, b) => a + b, 0) / active.length : 0,
    peakActive: Math.max(0, ...active),
    newPeople: r.days.reduce((n, d) => n + d.newPeople, 0),
    tasksPosted: r.funnel.steps[0]?.tasks ?? 0,
    attendees: r.events.reduce((n, e) => n + e.attendees, 0),
  };
}

/** Whether the community is alive, park-wide: active people, newcomers, the task funnel and events. */
export function CommunitySection({ token, range, compare, lng, reload }: { token: string; range: ParkRange; compare: ParkRange | null; lng: Language; reload: number }) {
  const { t } = useTranslation("dashboard");
  const days = { from: range.from, to: range.to };
  const main = useApiLoad(`${days.from}/${days.to}#${reload}`, () => fetchCommunity(token, days));
  const other = useApiLoad(compare ? `${compare.from}/${compare.to}#${reload}` : "none",
    () => (compare ? fetchCommunity(token, { from: compare.from, to: compare.to }) : Promise.resolve({ ok: true as const, value: null })));
  const report = shown(main);
  const before = compare ? shown(other) : null;
  const now = report ? headline(report) : null;
  const then = before ? headline(before) : null;

  const activity = useMemo<EChartsCoreOption | null>(() => (report ? {
    tooltip: { trigger: "axis" },
    legend: { top: 0, icon: "roundRect", itemWidth: 12, itemHeight: 6 },
    grid: { left: 36, right: 16, top: 36, bottom: 28 },
    xAxis: { type: "category", data: report.days.map((d) => shortDay(lng, d.day)), axisTick: { show: false } },
    yAxis: { type: "value", minInterval: 1, splitLine: { lineStyle: { color: "#eeebe4" } } },
    series: [
      { type: "bar", name: t("community.newPeople"), data: report.days.map((d) => d.newPeople), itemStyle: { color: "#f2b544", borderRadius: [3, 3, 0, 0] }, barMaxWidth: 22 },
      { type: "line", name: t("community.dailyActive"), data: report.days.map((d) => d.activePeople), smooth: 0.3, symbolSize: 6, lineStyle: { width: 3 }, itemStyle: { color: "#1d6a66" } },
    ],
  } : null), [report, lng, t]);

  const weekly = useMemo<EChartsCoreOption | null>(() => (report ? {
    tooltip: { trigger: "axis" },
    legend: { top: 0, icon: "roundRect", itemWidth: 12, itemHeight: 6 },
    grid: { left: 36, right: 8, top: 36, bottom: 28 },
    xAxis: { type: "category", data: report.weeks.map((w) => t("community.weekOf", { day: shortDay(lng, w.weekStart) })), axisTick: { show: false } },
    yAxis: { type: "value", minInterval: 1, splitLine: { lineStyle: { color: "#eeebe4" } } },
    series: [{ type: "bar", name: t("community.weeklyActive"), data: report.weeks.map((w) => w.activePeople), itemStyle: { color: "#2f7fd8", borderRadius: [3, 3, 0, 0] }, barMaxWidth: 28 }],
  } : null), [report, lng, t]);

  const csv = report ? {
    name: ["community", range.from, range.to],
    header: [t("csv.day"), t("csv.activePeople"), t("csv.newPeople"), t("csv.weekStart"), t("csv.weeklyActivePeople")],
    rows: [
      ...report.days.map((d) => [d.day, d.activePeople, d.newPeople, null, null]),
      ...report.weeks.map((w) => [null, null, null, w.weekStart, w.activePeople]),
    ],
  } : null;
  const nothing = report && report.days.every((d) => d.activePeople === 0 && d.newPeople === 0);
  const kpi = (key: string, value: string, change: number | null | undefined, testId?: string) => (
    <div className="dash-kpi">
      <span>{t(`community.kpi.${key}` as "community.kpi.averageActive")}</span>
      <strong data-testid={testId}>{value}</strong>
      {then && change !== undefined && <Change percent={change} fresh={t("figures.new")} label={t("figures.changeLabel")} />}
    </div>
  );

  return (
    <>
      <DashCard id="community" title={t("community.title")} lead={t("community.lead")} csv={csv} wide testId="dash-community">
        {main.state === "failed" && <LoadFailed error={main.error} />}
        {!report && main.state === "loading" && <p className="muted" role="status">{t("loading")}</p>}
        {report && now && (
          <>
            <div className="dash-kpis">
              {kpi("averageActive", formatNumber(lng, now.averageActive, 1), then ? percentChange(now.averageActive, then.averageActive) : undefined, "community-average-active")}
              {kpi("peakActive", formatNumber(lng, now.peakActive), then ? percentChange(now.peakActive, then.peakActive) : undefined)}
              {kpi("newPeople", formatNumber(lng, now.newPeople), then ? percentChange(now.newPeople, then.newPeople) : undefined, "community-new-people")}
              {kpi("tasksPosted", formatNumber(lng, now.tasksPosted), then ? percentChange(now.tasksPosted, then.tasksPosted) : undefined)}
              {kpi("attendees", formatNumber(lng, now.attendees), then ? percentChange(now.attendees, then.attendees) : undefined)}
            </div>
            {nothing
              ? <Empty>{t("community.empty")}</Empty>
              : (
                <div className="dash-split dash-split--wide-left">
                  {activity && <EChart option={activity} height={260} label={t("community.activityLabel")} testId="community-chart" />}
                  {weekly && <EChart option={weekly} height={260} label={t("community.weeklyLabel")} testId="community-weekly-chart" />}
                </div>
              )}
          </>
        )}
      </DashCard>
      {report && (
        <div className="dash-pair">
          <FunnelCard funnel={report.funnel} csvName={[range.from, range.to]} lng={lng} />
          <EventsCard events={report.events} csvName={[range.from, range.to]} lng={lng} />
        </div>
      )}
    </>
  );
}

import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TaskFunnel } from "../../../shared/protocol/dashboard.ts";
import type { Language } from "../../i18n/language.ts";
import { DashCard, Empty } from "./DashCard.tsx";
import { formatDuration, formatNumber } from "./dashboardFormat.ts";
import { EChart } from "./EChart.tsx";
import type { EChartsCoreOption } from "./echarts.ts";

const STEP_COLOURS = ["#0f3d3e", "#1d6a66", "#39b8cc", "#f2b544", "#e07a5f"];

/** How far the tasks posted in the range got: posted → applied → assigned → delivered → accepted, with the median wait per step. */
export function FunnelCard({ funnel, csvName, lng, lead }: { funnel: TaskFunnel; csvName: readonly string[]; lng: Language; lead?: string }) {
  const { t } = useTranslation("dashboard");
  const posted = funnel.steps[0]?.tasks ?? 0;
  const option = useMemo<EChartsCoreOption | null>(() => (posted === 0 ? null : {
    tooltip: { trigger: "item", formatter: (p: { name: string; value: number }) => `${p.name}: ${p.value}` },
    series: [{
      type: "funnel", sort: "none", left: "6%", right: "6%", top: 8, bottom: 8, minSize: "18%", gap: 3,
      label: { position: "inside", color: "#fff", fontWeight: 600, formatter: (p: { name: string; value: number }) => `${p.name}  ${p.value}` },
      itemStyle: { borderWidth: 0 },
      data: funnel.steps.map((s, i) => ({ name: t(`funnel.steps.${s.step}`), value: s.tasks, itemStyle: { color: STEP_COLOURS[i] } })),
    }],
  }), [funnel, posted, t]);

  const hours = (h: number | null) => (h === null ? "—" : h < 1 ? formatDuration(t, h * 3600) : t("units.hours", { count: formatNumber(lng, h, 1) }));
  const csv = {
    name: ["task-funnel", ...csvName],
    header: [t("csv.step"), t("csv.tasks"), t("csv.shareOfPosted"), t("csv.medianHoursFromPrevious")],
    rows: funnel.steps.map((s) => [t(`funnel.steps.${s.step}`), s.tasks, posted > 0 ? Math.round((s.tasks / posted) * 1000) / 10 : null, s.medianHoursFromPrevious]),
  };

  return (
    <DashCard id="funnel" title={t("funnel.title")} lead={lead ?? t("funnel.lead")} csv={csv} testId="dash-funnel">
      {posted === 0
        ? <Empty>{t("funnel.empty")}</Empty>
        : (
          <>
            {option && <EChart option={option} height={230} label={t("funnel.chartLabel")} testId="funnel-chart" />}
            <table className="dash-table dash-table--compact" aria-label={t("funnel.title")} data-testid="funnel-table">
              <thead><tr><th scope="col">{t("funnel.step")}</th><th scope="col" className="num">{t("funnel.tasks")}</th><th scope="col" className="num">{t("funnel.share")}</th><th scope="col" className="num">{t("funnel.median")}</th></tr></thead>
              <tbody>
                {funnel.steps.map((s) => (
                  <tr key={s.step} data-step={s.step}>
                    <td>{t(`funnel.steps.${s.step}`)}</td>
                    <td className="num">{formatNumber(lng, s.tasks)}</td>
                    <td className="num">{formatNumber(lng, (s.tasks / posted) * 100, 0)}%</td>
                    <td className="num">{s.step === "posted" ? "" : hours(s.medianHoursFromPrevious)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
    </DashCard>
  );
}

import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CompanyDashboard, DayRange } from "../../../shared/protocol/dashboard.ts";
import { can } from "../../../shared/rules/permissions.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { fetchCompany } from "../../net/companyApi.ts";
import { fetchCompanyDashboard } from "../../net/dashboardApi.ts";
import { companyPath } from "../../router.ts";
import { useSession } from "../../state/session.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { PageShell } from "../companies/PageShell.tsx";
import { useParks } from "../companies/useParks.ts";
import { boothColumns } from "./BoothsSection.tsx";
import { DashCard, Empty, LoadFailed } from "./DashCard.tsx";
import { parkToday, presetRange, RANGE_PRESETS, rangeProblem, type RangePreset } from "./dashboardRange.ts";
import { toMinutes } from "./dashboardFormat.ts";
import { DataTable } from "./DataTable.tsx";
import { EChart } from "./EChart.tsx";
import type { EChartsCoreOption } from "./echarts.ts";
import { EventsCard } from "./EventsCard.tsx";
import { FunnelCard } from "./FunnelCard.tsx";
import { shown, useApiLoad } from "./useApiLoad.ts";
import "./dashboard.css";

type Booth = CompanyDashboard["booths"][number];

/**
 * /companies/:id/dashboard: a company's own figures: visits to its booths, its task funnel and its
 * events, for a chosen period, with CSV export. Nothing about where else its visitors went. Its
 * members and park managers only (the server decides; others are told so).
 */
export default function CompanyDashboardPage({ companyId }: { companyId: string }) {
  const { t } = useTranslation("dashboard");
  const lng = useLanguage();
  const session = useSession();
  const token = session?.token ?? null;
  const parks = useParks();
  const [preset, setPreset] = useState<RangePreset>("last30");
  const [range, setRange] = useState<DayRange>(() => presetRange("last30", parkToday(new Date())));
  const valid = rangeProblem(range) === null;

  const company = useApiLoad(token ? `${companyId}` : null, () => fetchCompany(companyId, token));
  const name = company.state === "ready" ? company.value.name : "";
  const member = company.state === "ready" && (company.value.myRole != null || (session !== null && can(session.user.role, "dashboard.view")));
  const figures = useApiLoad(token && member && valid ? `${companyId}/${range.from}/${range.to}` : null,
    () => fetchCompanyDashboard(token, companyId, range));
  const data = shown(figures);
  const parkName = useCallback((id: string) => parks.find((p) => p.id === id)?.name[lng] ?? id, [parks, lng]);

  const choose = (p: RangePreset) => {
    setPreset(p);
    if (p !== "custom") setRange(presetRange(p, parkToday(new Date())));
  };

  const refused = !session || (company.state === "ready" && !member) || (figures.state === "failed" && figures.error.status === 403);
  const booths = useMemo(() => [...(data?.booths ?? [])].sort((a, b) => b.visits - a.visits), [data]);
  const visited = booths.filter((b) => b.visits > 0);
  const option = useMemo<EChartsCoreOption | null>(() => (visited.length === 0 ? null : {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1, splitLine: { lineStyle: { color: "#eeebe4" } } },
    yAxis: { type: "category", data: [...visited].reverse().map((b) => `${parkName(b.parkId)} · ${b.slotId}`), axisTick: { show: false } },
    series: [{ type: "bar", name: t("figures.visits"), data: [...visited].reverse().map((b) => b.visits), itemStyle: { color: "#e07a5f", borderRadius: [0, 4, 4, 0] }, barMaxWidth: 18 }],
  }), [visited, t, parkName]);

  const columns = boothColumns<Booth>(t, lng, null);
  // Its own booths: the company column says nothing here, the park does.
  columns.splice(1, 2, { label: t("booths.slot"), cell: (b) => <span>{parkName(b.parkId)} · <code className="dash-code">{b.slotId}</code></span> });

  return (
    <PageShell title={name ? `${t("company.title")} · ${name}` : t("company.title")}>
      <div className="dash" data-testid="company-dashboard">
        <p className="company-back"><AppLink to={companyPath(companyId)}>← {name ? t("company.back", { company: name }) : t("company.title")}</AppLink></p>
        {refused ? (
          <div className="card dash-refused" role="alert" data-testid="dash-members-only">
            <h1>{t("company.title")}</h1>
            <p>{t("company.membersOnly")}</p>
          </div>
        ) : (
          <>
            <section className="company-hero dash-hero">
              <div>
                <h1>{name ? `${name} · ${t("company.title")}` : t("company.title")}</h1>
                {name && <p className="hero__lead">{t("company.lead", { company: name })}</p>}
              </div>
            </section>
            {company.state === "failed" && <LoadFailed error={company.error} />}

            <section className="card dash-toolbar" aria-label={t("toolbar.label")}>
              <div className="dash-field">
                <span id="company-range-label">{t("toolbar.range")}</span>
                <div className="dash-segments" role="group" aria-labelledby="company-range-label">
                  {RANGE_PRESETS.map((p) => (
                    <button key={p} type="button" aria-pressed={preset === p} onClick={() => choose(p)} data-testid={`preset-${p}`}>{t(`presets.${p}`)}</button>
                  ))}
                </div>
              </div>
              {preset === "custom" && (
                <div className="dash-field dash-dates">
                  <span>{t("toolbar.customRange")}</span>
                  <div>
                    <input type="date" className="company-input" aria-label={t("toolbar.from")} value={range.from} onChange={(e) => setRange({ ...range, from: e.target.value })} />
                    <span aria-hidden="true">–</span>
                    <input type="date" className="company-input" aria-label={t("toolbar.to")} value={range.to} onChange={(e) => setRange({ ...range, to: e.target.value })} />
                  </div>
                  {!valid && <p className="form-error" role="alert">{t(`rangeProblems.${rangeProblem(range)!}`)}</p>}
                </div>
              )}
            </section>

            {figures.state === "failed" && <LoadFailed error={figures.error} />}
            {!data && figures.state === "loading" && <p className="muted" role="status">{t("loading")}</p>}
            {data && (
              <>
                <DashCard id="company-booths" title={t("company.boothsTitle")} lead={t("company.boothsLead")} wide testId="company-booths"
                  csv={{
                    name: ["company-booths", name, range.from, range.to],
                    header: [t("csv.park"), t("csv.slot"), t("csv.company"), t("csv.visits"), t("csv.visitors"), t("csv.averageDwellMinutes"), t("csv.totalDwellMinutes")],
                    rows: booths.map((b) => [parkName(b.parkId), b.slotId, b.companyName, b.visits, b.visitors, toMinutes(b.averageDwellSeconds), toMinutes(b.totalDwellSeconds)]),
                  }}>
                  {booths.length === 0 ? <Empty>{t("company.noBooth")}</Empty>
                    : visited.length === 0 ? <Empty>{t("company.boothsEmpty")}</Empty>
                    : (
                      <div className="dash-split">
                        <DataTable columns={columns} rows={visited} rowKey={(b) => `${b.parkId}/${b.slotId}`} label={t("company.boothsTitle")} testId="company-booths-table" rowTestId="booth-row" />
                        {option && <EChart option={option} height={Math.max(200, visited.length * 34 + 50)} label={t("company.visitsChart")} testId="company-booths-chart" />}
                      </div>
                    )}
                </DashCard>
                <div className="dash-pair">
                  <FunnelCard funnel={data.funnel} csvName={[name, range.from, range.to]} lng={lng} lead={t("company.funnelLead")} />
                  <EventsCard events={data.events} csvName={[name, range.from, range.to]} lng={lng} lead={t("company.eventsLead")} />
                </div>
              </>
            )}
          </>
        )}
      </div>
    </PageShell>
  );
}

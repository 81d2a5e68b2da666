import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import { can } from "../../../shared/rules/permissions.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { fetchPark } from "../../net/api.ts";
import type { ParkRange } from "../../net/dashboardApi.ts";
import { parkReportPath } from "../../router.ts";
import { useSession } from "../../state/session.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { PageShell } from "../companies/PageShell.tsx";
import { useParks } from "../companies/useParks.ts";
import { CommunitySection } from "./CommunitySection.tsx";
import { DashboardToolbar, type Filters } from "./DashboardToolbar.tsx";
import { parkToday, presetRange, previousPeriod, rangeProblem, type RangePreset } from "./dashboardRange.ts";
import { HeatmapSection } from "./HeatmapSection.tsx";
import { LiveSection } from "./LiveSection.tsx";
import { PeakHoursSection } from "./PeakHoursSection.tsx";
import { BoothsSection } from "./BoothsSection.tsx";
import { ZonesSection } from "./ZonesSection.tsx";
import "./dashboard.css";

/**
 * /dashboard: the park managers' figures. A toolbar picks the park, the period (with weekdays and
 * hours) and what to compare it with; each section below loads its own aggregates for that choice,
 * and every table and chart exports as CSV. Everyone else is told the page is for managers (the
 * server refuses them anyway).
 */
export default function DashboardPage() {
  const { t } = useTranslation("dashboard");
  const session = useSession();
  if (!session || !can(session.user.role, "dashboard.view")) {
    return (
      <PageShell title={t("title")}>
        <ManagersOnly />
      </PageShell>
    );
  }
  return <PageShell title={t("title")}><Dashboard token={session.token} /></PageShell>;
}

function ManagersOnly() {
  const { t } = useTranslation("dashboard");
  return (
    <div className="card dash-refused" role="alert" data-testid="dash-managers-only">
      <h1>{t("managersOnly.title")}</h1>
      <p>{t("managersOnly.body")}</p>
      <AppLink to="/" className="button button--ghost">{t("managersOnly.back")}</AppLink>
    </div>
  );
}

const initialFilters = (): Filters => {
  const today = parkToday(new Date());
  const range = presetRange("last7", today);
  return { parkId: "", preset: "last7", range, weekdays: [], hours: { from: 0, to: 23 }, compare: "off", compareRange: previousPeriod(range) };
};

function Dashboard({ token }: { token: string }) {
  const { t } = useTranslation("dashboard");
  const lng = useLanguage();
  const parks = useParks();
  const [filters, setFilters] = useState<Filters>(initialFilters);
  const [reload, setReload] = useState(0);
  const [layout, setLayout] = useState<ParkLayout | null>(null);
  const parkId = filters.parkId || parks[0]?.id || "";

  useEffect(() => {
    if (!parkId) return;
    let live = true;
    void fetchPark(parkId).then((r) => { if (live && r.ok) setLayout(r.value.layout); });
    return () => { live = false; };
  }, [parkId]);

  const onPreset = (preset: RangePreset) => {
    setFilters((f) => {
      const range = preset === "custom" ? f.range : presetRange(preset, parkToday(new Date()));
      return { ...f, preset, range, compareRange: f.compare === "custom" ? f.compareRange : previousPeriod(range) };
    });
  };

  // A range being typed that is not a range yet keeps the last good one on screen.
  const [applied, setApplied] = useState<{ range: ParkRange; compare: ParkRange | null } | null>(null);
  useEffect(() => {
    if (!parkId || rangeProblem(filters.range)) return;
    const base = { parkId, weekdays: filters.weekdays, hours: filters.hours };
    const compareDays = filters.compare === "previous" ? previousPeriod(filters.range)
      : filters.compare === "custom" && !rangeProblem(filters.compareRange) ? filters.compareRange : null;
    if (filters.compare === "custom" && !compareDays) return;
    setApplied({ range: { ...base, ...filters.range }, compare: compareDays ? { ...base, ...compareDays } : null });
  }, [parkId, filters]);

  const parkName = useMemo(() => parks.find((p) => p.id === parkId)?.name[lng] ?? parkId, [parks, parkId, lng]);

  return (
    <div className="dash" data-testid="dashboard">
      <section className="company-hero dash-hero">
        <div>
          <h1>{t("title")}</h1>
          <p className="hero__lead">{t("lead")}</p>
        </div>
        {parkId && (
          <AppLink to={parkReportPath(parkId)} className="button button--ghost" data-testid="park-report-link">
            {t("parkReport", { park: parkName })}
          </AppLink>
        )}
      </section>

      <DashboardToolbar parks={parks} filters={{ ...filters, parkId }} lng={lng} onChange={setFilters} onPreset={onPreset}
        onRefresh={() => setReload((n) => n + 1)} />

      <LiveSection token={token} parkId={parkId} lng={lng} />

      {applied && layout && applied.range.parkId === layout.id && (
        <>
          <HeatmapSection reload={reload} token={token} layout={layout} range={applied.range} compare={applied.compare} lng={lng} />
          <ZonesSection reload={reload} token={token} layout={layout} range={applied.range} compare={applied.compare} lng={lng} />
          <BoothsSection reload={reload} token={token} range={applied.range} compare={applied.compare} lng={lng} />
          <PeakHoursSection reload={reload} token={token} range={applied.range} lng={lng} />
          <CommunitySection reload={reload} token={token} range={applied.range} compare={applied.compare} lng={lng} />
        </>
      )}
    </div>
  );
}

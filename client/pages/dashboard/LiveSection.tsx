import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { PARK_TIME_ZONE, TELEMETRY_BUCKET_MINUTES } from "../../../shared/constants.ts";
import { LIVE_HISTORY_HOURS, type LiveOccupancy, type ParkLive } from "../../../shared/protocol/dashboard.ts";
import type { Language } from "../../i18n/language.ts";
import { fetchLive } from "../../net/dashboardApi.ts";
import { ZONE_COLOURS } from "../../world/park/palette.ts";
import { DashCard, Empty, LoadFailed } from "./DashCard.tsx";
import { formatNumber } from "./dashboardFormat.ts";
import { EChart } from "./EChart.tsx";
import { liveTimeline, onTimeline } from "./liveTimeline.ts";
import type { EChartsCoreOption } from "./echarts.ts";
import type { Load } from "./useApiLoad.ts";

/** How often the live figures are asked for again. */
const REFRESH_MS = 10_000;
/** Zones drawn as their own lines beside the whole park (the busiest ones). */
const ZONE_LINES = 4;

/** People online now per park and per zone of the chosen park, and the last hours as lines; refreshed every ten seconds. */
export function LiveSection({ token, parkId, lng }: { token: string; parkId: string; lng: Language }) {
  const { t } = useTranslation("dashboard");
  const [load, setLoad] = useState<Load<LiveOccupancy>>({ state: "loading", last: null });

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      const r = await fetchLive(token);
      if (!live) return;
      setLoad((prev) => (r.ok ? { state: "ready", value: r.value } : prev.state === "ready" && r.error.status !== 403 ? prev : { state: "failed", error: r.error }));
      timer = setTimeout(() => void tick(), REFRESH_MS);
    };
    void tick();
    return () => { live = false; clearTimeout(timer); };
  }, [token]);

  const data = load.state === "ready" ? load.value : null;
  const park = data?.parks.find((p) => p.parkId === parkId) ?? null;
  const option = useMemo(() => (park && data ? historyOption(park, data.at, lng, t("live.wholePark")) : null), [park, data, lng, t]);
  const total = data?.parks.reduce((n, p) => n + p.online, 0) ?? 0;

  const csv = park ? {
    name: ["live", park.parkId],
    header: [t("csv.time"), t("csv.zone"), t("csv.averagePeople"), t("csv.peakPeople")],
    rows: [
      ...park.history.map((p) => [p.at, t("live.wholePark"), round1(p.average), p.peak]),
      ...park.zoneHistory.flatMap((z) => {
        const name = park.zones.find((x) => x.zoneId === z.zoneId)?.name[lng] ?? z.zoneId;
        return z.points.map((p) => [p.at, name, round1(p.average), p.peak]);
      }),
    ],
  } : null;

  return (
    <DashCard id="live" title={t("live.title")} lead={t("live.lead")} csv={csv} wide testId="dash-live"
      extra={<span className="dash-live-dot" aria-hidden="true" />}>
      {load.state === "failed" && <LoadFailed error={load.error} />}
      {load.state === "loading" && <p className="muted" role="status">{t("loading")}</p>}
      {data && (
        <>
          <div className="dash-kpis" data-testid="live-parks">
            <div className="dash-kpi dash-kpi--main">
              <span>{t("live.allParks")}</span>
              <strong data-testid="live-total">{formatNumber(lng, total)}</strong>
            </div>
            {data.parks.map((p) => (
              <div key={p.parkId} className={`dash-kpi${p.parkId === parkId ? " dash-kpi--current" : ""}`} data-park={p.parkId}>
                <span>{p.name[lng]}</span>
                <strong data-testid={`live-online-${p.parkId}`}>{formatNumber(lng, p.online)}</strong>
              </div>
            ))}
          </div>
          {park && (
            <div className="dash-live">
              <ul className="dash-zones-now" aria-label={t("live.zonesNow")} data-testid="live-zones">
                {park.zones.map((z) => (
                  <li key={z.zoneId} data-zone={z.zoneId}>
                    <span className="dash-swatch" style={{ background: ZONE_COLOURS[z.kind] }} aria-hidden="true" />
                    <span className="dash-zones-now__name">{z.name[lng]}</span>
                    <strong>{formatNumber(lng, z.people)}</strong>
                  </li>
                ))}
              </ul>
              <div className="dash-live__chart">
                {park.history.some((p) => p.peak > 0)
                  ? option && <EChart option={option} height={240} label={t("live.chartLabel")} testId="live-chart" />
                  : <Empty>{t("live.quiet")}</Empty>}
              </div>
            </div>
          )}
        </>
      )}
    </DashCard>
  );
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** "14:05" on the park's clock, whatever the viewer's own zone. */
const parkClock = (at: number, lng: Language) =>
  new Date(at).toLocaleTimeString(lng, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: PARK_TIME_ZONE });

function historyOption(park: ParkLive, at: string, lng: Language, wholePark: string): EChartsCoreOption {
  const timeline = liveTimeline(at, LIVE_HISTORY_HOURS, TELEMETRY_BUCKET_MINUTES);
  const busiest = [...park.zoneHistory]
    .map((z) => ({ z, sum: z.points.reduce((n, p) => n + p.average, 0) }))
    .filter((x) => x.sum > 0)
    .sort((a, b) => b.sum - a.sum)
    .slice(0, ZONE_LINES);
  const line = (name: string, points: ParkLive["history"], main: boolean) => ({
    type: "line", name, showSymbol: false, smooth: 0.3,
    lineStyle: { width: main ? 3 : 1.5 },
    ...(main ? { areaStyle: { opacity: 0.12 } } : {}),
    data: onTimeline(timeline, points).map(round1),
  });
  return {
    tooltip: { trigger: "axis" },
    legend: { top: 0, type: "plain", icon: "roundRect", itemWidth: 12, itemHeight: 6 },
    grid: { left: 36, right: 16, top: 36, bottom: 28 },
    xAxis: {
      type: "category", boundaryGap: false, data: timeline.map((t) => parkClock(t, lng)), axisTick: { show: false },
      // A label on each full hour.
      axisLabel: { interval: (_: number, label: string) => label.endsWith(":00") },
    },
    yAxis: { type: "value", minInterval: 1, splitLine: { lineStyle: { color: "#eeebe4" } } },
    series: [
      line(wholePark, park.history, true),
      ...busiest.map(({ z }) => line(park.zones.find((x) => x.zoneId === z.zoneId)?.name[lng] ?? z.zoneId, z.points, false)),
    ],
  };
}

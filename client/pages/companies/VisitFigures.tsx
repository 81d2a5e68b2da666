import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BoothVisitReport } from "../../../shared/protocol/companies.ts";
import type { ApiError } from "../../../shared/protocol/http.ts";
import { fetchVisits } from "../../net/companyApi.ts";
import { companyErrorText } from "./companyErrors.ts";
import { dailyVisits } from "./visitDays.ts";

const DAYS = 30;

type Load = { state: "loading" } | { state: "ready"; report: BoothVisitReport } | { state: "failed"; error: ApiError };

/** Booth visits per day as plain bars (the charts library is for the managers' dashboard). */
export function VisitFigures({ token, companyId }: { token: string; companyId: string }) {
  const { t, i18n } = useTranslation();
  const [load, setLoad] = useState<Load>({ state: "loading" });

  useEffect(() => {
    let live = true;
    void fetchVisits(token, companyId, DAYS).then((r) => {
      if (live) setLoad(r.ok ? { state: "ready", report: r.value } : { state: "failed", error: r.error });
    });
    return () => { live = false; };
  }, [token, companyId]);

  const days = load.state === "ready" ? dailyVisits(load.report.days, DAYS, new Date()) : [];
  const top = Math.max(1, ...days.map((d) => d.visits));
  const label = (day: string) => {
    const [y, m, d] = day.split("-").map(Number) as [number, number, number];
    return new Date(y, m - 1, d).toLocaleDateString(i18n.language, { month: "numeric", day: "numeric" });
  };

  return (
    <section className="card company-card" aria-labelledby="company-visits">
      <h2 id="company-visits">{t("company.visits.title")}</h2>
      <p className="muted">{t("company.visits.lead", { days: DAYS })}</p>
      {load.state === "loading" && <p className="muted" role="status">{t("company.loading")}</p>}
      {load.state === "failed" && <p className="form-error" role="alert">{t("company.visits.failed")} {companyErrorText(t, load.error)}</p>}
      {load.state === "ready" && (
        <>
          <div className="company-stats">
            <div><strong data-testid="visits-total">{load.report.totalVisits}</strong><span>{t("company.visits.total")}</span></div>
            <div><strong>{load.report.totalVisitors}</strong><span>{t("company.visits.visitors")}</span></div>
          </div>
          {load.report.totalVisits === 0 ? (
            <p className="company-empty">{t("company.visits.empty")}</p>
          ) : (
            <ol className="company-bars" aria-label={t("company.visits.title")}>
              {days.map((d) => (
                <li key={d.day} title={t("company.visits.bar", { day: label(d.day), visits: d.visits, visitors: d.visitors })}>
                  <span className="company-bars__bar" style={{ height: `${(d.visits / top) * 100}%` }} />
                  <span className="company-sr-only">{t("company.visits.bar", { day: label(d.day), visits: d.visits, visitors: d.visitors })}</span>
                </li>
              ))}
            </ol>
          )}
          {load.report.totalVisits > 0 && (
            <div className="company-bars__axis muted" aria-hidden="true">
              <span>{label(days[0]!.day)}</span>
              <span>{label(days[days.length - 1]!.day)}</span>
            </div>
          )}
        </>
      )}
    </section>
  );
}

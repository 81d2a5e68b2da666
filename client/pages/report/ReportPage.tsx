import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError } from "../../../shared/protocol/http.ts";
import type { CompanyReport, ParkReport, PersonReport } from "../../../shared/protocol/reports.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { fetchCompanyReport, fetchMyReport, fetchParkReport } from "../../net/reportApi.ts";
import { useSession } from "../../state/session.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { PageShell } from "../companies/PageShell.tsx";
import { CompanyReportView } from "./CompanyReportView.tsx";
import { ParkReportView } from "./ParkReportView.tsx";
import { PersonReportView } from "./PersonReportView.tsx";
import { isEmptyCompanyYear, isEmptyParkYear, isEmptyPersonYear } from "./reportFacts.ts";
import { parkYearAt, reportYears, yearFromQuery } from "./reportYear.ts";

/** Whose yearly report a page shows. */
export type ReportSubject = { kind: "person" } | { kind: "company"; companyId: string } | { kind: "park"; parkId: string };

type Loaded = { kind: "person"; report: PersonReport } | { kind: "company"; report: CompanyReport } | { kind: "park"; report: ParkReport };
type Load = { state: "loading" } | { state: "ready"; loaded: Loaded } | { state: "failed"; error: ApiError };

function fetchReport(subject: ReportSubject, token: string, year: number): Promise<{ ok: true; loaded: Loaded } | { ok: false; error: ApiError }> {
  const wrap = <K extends Loaded["kind"], R>(kind: K, r: { ok: true; value: R } | { ok: false; error: ApiError }) =>
    (r.ok ? { ok: true as const, loaded: { kind, report: r.value } as Loaded } : r);
  switch (subject.kind) {
    case "person": return fetchMyReport(token, year).then((r) => wrap("person", r));
    case "company": return fetchCompanyReport(token, subject.companyId, year).then((r) => wrap("company", r));
    case "park": return fetchParkReport(token, subject.parkId, year).then((r) => wrap("park", r));
  }
}

const isEmpty = (l: Loaded): boolean =>
  l.kind === "person" ? isEmptyPersonYear(l.report) : l.kind === "company" ? isEmptyCompanyYear(l.report) : isEmptyParkYear(l.report);

/** /report, /companies/:id/report, /park/:id/report: a yearly report, its year in ?year= (the park's current year without). */
export default function ReportPage({ subject }: { subject: ReportSubject }) {
  const { t } = useTranslation("report");
  const lng = useLanguage();
  const session = useSession();
  const id = useId();
  const current = parkYearAt(new Date());
  const [year, setYear] = useState(() => yearFromQuery(location.search, current));
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);
  const token = session?.token ?? null;
  const guest = session?.user.role === "guest";

  useEffect(() => {
    if (!token || guest) return;
    let live = true;
    setLoad({ state: "loading" });
    void fetchReport(subject, token, year).then((r) => {
      if (live) setLoad(r.ok ? { state: "ready", loaded: r.loaded } : { state: "failed", error: r.error });
    });
    return () => { live = false; };
    // The subject is fixed for the page's life: App keys the page by the company's or park's id.
  }, [subject.kind, token, guest, year, attempt]);

  const chooseYear = (y: number) => {
    setYear(y);
    // Kept in the address, so a shared or reloaded link opens the same year.
    const q = new URLSearchParams(location.search);
    q.set("year", String(y));
    history.replaceState(history.state, "", `${location.pathname}?${q}`);
  };

  const name = load.state === "ready"
    ? load.loaded.kind === "person" ? load.loaded.report.displayName
      : load.loaded.kind === "company" ? load.loaded.report.name : load.loaded.report.name[lng]
    : subject.kind === "person" ? session?.user.displayName ?? "" : "";
  const heading = name ? t(`heading.${subject.kind}`, { name, year }) : t("title");

  return (
    <PageShell title={heading}>
      <section className="company-hero report-hero">
        <div>
          <p className="report-hero__eyebrow">{t("title")}</p>
          <h1 data-testid="report-heading">{heading}</h1>
          <p className="hero__lead">{t(`lead.${subject.kind}`)}</p>
        </div>
        <div className="field company-field report-year">
          <label htmlFor={`${id}-year`}>{t("year")}</label>
          <select id={`${id}-year`} className="company-input" value={year} onChange={(e) => chooseYear(Number(e.target.value))} data-testid="report-year">
            {reportYears(current).map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
      </section>

      {!session && <p className="notice report-notice" role="status">{t("errors.signIn")} <AppLink to="/" className="button button--primary">{t("empty.cta")}</AppLink></p>}
      {guest && <p className="notice report-notice" role="status">{t("errors.guest")}</p>}
      {session && !guest && load.state === "loading" && <p className="muted report-loading" role="status">{t("loading")}</p>}
      {session && !guest && load.state === "failed" && (
        <div className="notice notice--error" role="alert" data-testid="report-error">
          <span>{load.error.status === 403 ? t("errors.forbidden") : load.error.status === 404 ? t("errors.notFound") : t("errors.generic", { detail: load.error.message })}</span>
          {load.error.status !== 403 && load.error.status !== 404 && (
            <button type="button" className="button button--ghost" onClick={() => setAttempt((n) => n + 1)}>{t("retry")}</button>
          )}
        </div>
      )}
      {session && !guest && load.state === "ready" && (isEmpty(load.loaded) ? (
        <div className="card report-empty" data-testid="report-empty">
          <p>{t(`empty.${load.loaded.kind}`, { year })}</p>
          <AppLink to="/" className="button button--primary">{t("empty.cta")}</AppLink>
        </div>
      ) : load.loaded.kind === "person" ? <PersonReportView report={load.loaded.report} />
        : load.loaded.kind === "company" ? <CompanyReportView report={load.loaded.report} />
          : <ParkReportView report={load.loaded.report} />)}
    </PageShell>
  );
}

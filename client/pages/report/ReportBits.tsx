import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import type { ReportKeyword } from "../../../shared/protocol/reports.ts";
import { KEYWORD_THRESHOLDS } from "../../../shared/rules/reportKeywords.ts";

/** One big, friendly figure with what it counts. */
export function StatTile({ value, label, accent, testId }: { value: ReactNode; label: string; accent?: boolean; testId?: string }) {
  return (
    <div className={accent ? "report-stat report-stat--accent" : "report-stat"} data-testid={testId}>
      <strong className="report-stat__value">{value}</strong>
      <span className="report-stat__label">{label}</span>
    </div>
  );
}

/** A titled block of the report. */
export function ReportSection({ title, children, wide, testId }: { title: string; children: ReactNode; wide?: boolean; testId?: string }) {
  return (
    <section className={wide ? "card report-section report-section--wide" : "card report-section"} data-testid={testId}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** A titled block of big figures. */
export function StatsSection({ title, tiles, wide, testId }: { title: string; tiles: ReadonlyArray<{ value: ReactNode; label: string }>; wide?: boolean; testId?: string }) {
  return (
    <ReportSection title={title} wide={wide} testId={testId}>
      <div className="report-stats">
        {tiles.map((tile) => <StatTile key={tile.label} value={tile.value} label={tile.label} />)}
      </div>
    </ReportSection>
  );
}

type Subject = keyof typeof KEYWORD_THRESHOLDS;

/** What earned a keyword, in the reader's language; none for one the subject's rules never give. */
function keywordHint(t: TFunction<"report">, subject: Subject, keyword: ReportKeyword): string | undefined {
  const thresholds: Partial<Record<ReportKeyword, number>> = KEYWORD_THRESHOLDS[subject];
  const n = thresholds[keyword];
  if (n === undefined) return undefined;
  const hints: Partial<Record<ReportKeyword, string>> = t(`keywordHints.${subject}`, { returnObjects: true, n });
  return hints[keyword];
}

/** The year's keywords as chips, worded in the reader's language, with what earned each on hover. */
export function KeywordChips({ keywords, title, subject }: { keywords: readonly ReportKeyword[]; title: string; subject: Subject }) {
  const { t } = useTranslation("report");
  if (keywords.length === 0) return null;
  return (
    <section className="report-keywords" aria-label={title} data-testid="report-keywords">
      <h2>{title}</h2>
      <ul>
        {keywords.map((k) => (
          <li key={k} className="report-keyword" title={keywordHint(t, subject, k)} data-keyword={k}>{t(`keywords.${k}`)}</li>
        ))}
      </ul>
    </section>
  );
}

/** A ranked list: a name and a figure on each row, with a bar for its share of the first. */
export function RankedList({ rows, empty, testId }: { rows: Array<{ key: string; name: string; figure: string; share: number }>; empty: string; testId?: string }) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ol className="report-ranked" data-testid={testId}>
      {rows.map((r, i) => (
        <li key={r.key}>
          <span className="report-ranked__place">{i + 1}</span>
          <span className="report-ranked__name">{r.name}</span>
          <span className="report-ranked__figure">{r.figure}</span>
          <span className="report-ranked__bar" style={{ width: `${Math.max(4, r.share * 100)}%` }} aria-hidden="true" />
        </li>
      ))}
    </ol>
  );
}

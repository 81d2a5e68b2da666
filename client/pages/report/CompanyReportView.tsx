import { useTranslation } from "react-i18next";
import type { CompanyReport } from "../../../shared/protocol/reports.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import type { CardContent } from "./reportCard.ts";
import { KeywordChips, StatTile, StatsSection } from "./ReportBits.tsx";
import { hoursOf } from "./reportFacts.ts";
import { ShareCard } from "./ShareCard.tsx";

/** A month's name in the reader's language (1 = January). */
export const monthName = (month: number, lng: string): string =>
  new Intl.DateTimeFormat(lng, { timeZone: "UTC", month: "long" }).format(new Date(Date.UTC(2026, month - 1, 15)));

/** A company's year: its booth, tasks, ratings and events, the keywords and the card. */
export function CompanyReportView({ report }: { report: CompanyReport }) {
  const { t } = useTranslation("report");
  const lng = useLanguage();
  const n = new Intl.NumberFormat(lng, { maximumFractionDigits: 1 });
  const month = report.busiestMonth === null ? t("figures.none") : monthName(report.busiestMonth, lng);

  const card: CardContent = {
    eyebrow: t("card.eyebrow"), year: report.year, name: report.name, tagline: t("card.tagline.company"),
    figures: [
      { value: n.format(report.booth.visits), label: t("figures.boothVisits") },
      { value: n.format(report.booth.visitors), label: t("figures.boothVisitors") },
      { value: n.format(report.tasks.posted), label: t("figures.tasksPosted") },
      { value: n.format(report.tasks.completed), label: t("figures.tasksCompleted") },
      { value: n.format(report.events.held), label: t("figures.eventsHeld") },
      { value: n.format(report.events.attendees), label: t("figures.attendees") },
    ],
    keywords: report.keywords.map((k) => t(`keywords.${k}`)),
    footer: t("card.footer"),
  };

  return (
    <div className="report-body" data-testid="company-report">
      <div className="report-band">
        <StatTile accent value={n.format(report.booth.visits)} label={t("figures.boothVisits")} testId="report-booth-visits" />
        <StatTile accent value={n.format(report.booth.visitors)} label={t("figures.boothVisitors")} testId="report-booth-visitors" />
        <StatTile accent value={month} label={t("figures.busiestMonth")} testId="report-busiest-month" />
      </div>
      <KeywordChips keywords={report.keywords} title={t("sections.keywordsOther")} subject="company" />
      <div className="report-columns">
        <StatsSection title={t("sections.booth")} tiles={[
          { value: n.format(hoursOf(report.booth.totalDwellSeconds)), label: t("figures.boothHours") },
          { value: n.format(report.booth.visitors), label: t("figures.boothVisitors") },
        ]} />
        <StatsSection title={t("sections.tasks")} tiles={[
          { value: n.format(report.tasks.posted), label: t("figures.tasksPosted") },
          { value: n.format(report.tasks.completed), label: t("figures.tasksCompleted") },
        ]} />
        <StatsSection title={t("sections.ratings")} tiles={[
          { value: n.format(report.ratings.received), label: t("figures.ratingsReceived") },
          { value: report.ratings.average === null ? t("figures.none") : `${n.format(report.ratings.average)} ★`, label: t("figures.averageRating") },
        ]} />
        <StatsSection title={t("sections.events")} tiles={[
          { value: n.format(report.events.held), label: t("figures.eventsHeld") },
          { value: n.format(report.events.attendees), label: t("figures.attendees") },
        ]} />
      </div>
      <ShareCard content={card} fileName={`enclave-${report.year}-company.png`} />
    </div>
  );
}

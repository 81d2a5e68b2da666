import { useTranslation } from "react-i18next";
import type { ParkReport } from "../../../shared/protocol/reports.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import type { CardContent } from "./reportCard.ts";
import { KeywordChips, RankedList, ReportSection, StatTile, StatsSection } from "./ReportBits.tsx";
import { hoursOf } from "./reportFacts.ts";
import { ShareCard } from "./ShareCard.tsx";

/** A park-local day (YYYY-MM-DD) as the reader says a date. */
const dayName = (day: string, lng: string): string =>
  new Intl.DateTimeFormat(lng, { timeZone: "UTC", month: "long", day: "numeric" }).format(new Date(`${day}T12:00:00Z`));

/** A park's year: people, hours, the busiest day, top zones, tasks and events, the keywords and the card. */
export function ParkReportView({ report }: { report: ParkReport }) {
  const { t } = useTranslation("report");
  const lng = useLanguage();
  const n = new Intl.NumberFormat(lng, { maximumFractionDigits: 1 });
  const top = report.topZones[0]?.seconds ?? 1;
  const busiest = report.busiestDay;

  const card: CardContent = {
    eyebrow: t("card.eyebrow"), year: report.year, name: report.name[lng], tagline: t("card.tagline.park"),
    figures: [
      { value: n.format(report.people), label: t("figures.people") },
      { value: n.format(report.hoursInPark), label: t("figures.hours") },
      { value: n.format(report.newPeople), label: t("figures.newPeople") },
      { value: busiest ? n.format(busiest.people) : t("figures.none"), label: t("figures.busiestDayPeople") },
      { value: n.format(report.tasks.posted), label: t("figures.tasksPosted") },
      { value: n.format(report.events.held), label: t("figures.eventsHeld") },
    ],
    keywords: report.keywords.map((k) => t(`keywords.${k}`)),
    footer: t("card.footer"),
  };

  return (
    <div className="report-body" data-testid="park-report">
      <div className="report-band">
        <StatTile accent value={n.format(report.people)} label={t("figures.people")} testId="report-people" />
        <StatTile accent value={n.format(report.hoursInPark)} label={t("figures.hours")} />
        <StatTile accent value={busiest ? dayName(busiest.day, lng) : t("figures.none")} label={t("figures.busiestDay")} />
      </div>
      <KeywordChips keywords={report.keywords} title={t("sections.keywordsOther")} subject="park" />
      <div className="report-columns">
        <ReportSection title={t("sections.topZones")}>
          <RankedList
            empty={t("places.none")}
            rows={report.topZones.map((z) => ({
              key: z.zoneId, name: z.name[lng], figure: t("places.zoneTime", { hours: n.format(hoursOf(z.seconds)) }), share: z.seconds / top,
            }))}
          />
        </ReportSection>
        <StatsSection title={t("sections.people")} tiles={[
          { value: n.format(report.newPeople), label: t("figures.newPeople") },
          { value: busiest ? n.format(busiest.people) : t("figures.none"), label: t("figures.busiestDayPeople") },
        ]} />
        <StatsSection title={t("sections.tasks")} tiles={[
          { value: n.format(report.tasks.posted), label: t("figures.tasksPosted") },
          { value: n.format(report.tasks.completed), label: t("figures.tasksCompleted") },
        ]} />
        <StatsSection title={t("sections.events")} tiles={[
          { value: n.format(report.events.held), label: t("figures.eventsHeld") },
          { value: n.format(report.events.attendees), label: t("figures.parkAttendees") },
        ]} />
      </div>
      <ShareCard content={card} fileName={`enclave-${report.year}-${report.parkId}.png`} />
    </div>
  );
}

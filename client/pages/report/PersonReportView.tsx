import { useTranslation } from "react-i18next";
import type { PersonReport } from "../../../shared/protocol/reports.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import type { CardContent } from "./reportCard.ts";
import { KeywordChips, RankedList, ReportSection, StatTile, StatsSection } from "./ReportBits.tsx";
import { hoursOf } from "./reportFacts.ts";
import { ShareCard } from "./ShareCard.tsx";

/** A person's year: time, places, tasks, ratings, events and meetings, the keywords and the card. */
export function PersonReportView({ report }: { report: PersonReport }) {
  const { t } = useTranslation("report");
  const lng = useLanguage();
  const n = new Intl.NumberFormat(lng, { maximumFractionDigits: 1 });
  const hours = n.format(hoursOf(report.secondsInPark));
  const topZone = report.favouriteZones[0]?.seconds ?? 1;
  const topBooth = report.favouriteBooths[0]?.visits ?? 1;

  const card: CardContent = {
    eyebrow: t("card.eyebrow"), year: report.year, name: report.displayName, tagline: t("card.tagline.person"),
    figures: [
      { value: hours, label: t("figures.hours") },
      { value: n.format(report.daysInPark), label: t("figures.days") },
      { value: n.format(report.lateEvenings), label: t("figures.lateEvenings") },
      { value: n.format(report.tasks.completed), label: t("figures.tasksCompleted") },
      { value: n.format(report.eventsAttended), label: t("figures.eventsAttended") },
      { value: n.format(report.meetingsHeld), label: t("figures.meetingsHeld") },
    ],
    keywords: report.keywords.map((k) => t(`keywords.${k}`)),
    footer: t("card.footer"),
  };

  return (
    <div className="report-body" data-testid="person-report">
      <div className="report-band">
        <StatTile accent value={hours} label={t("figures.hours")} testId="report-hours" />
        <StatTile accent value={n.format(report.daysInPark)} label={t("figures.days")} testId="report-days" />
        <StatTile accent value={n.format(report.lateEvenings)} label={t("figures.lateEvenings")} testId="report-late" />
      </div>
      <KeywordChips keywords={report.keywords} title={t("sections.keywords")} subject="person" />
      <div className="report-columns">
        <ReportSection title={t("sections.zones")} testId="report-zones">
          <RankedList
            empty={t("places.none")}
            rows={report.favouriteZones.map((z) => ({
              key: `${z.parkId}/${z.zoneId}`, name: z.name[lng], figure: t("places.zoneTime", { hours: n.format(hoursOf(z.seconds)) }), share: z.seconds / topZone,
            }))}
          />
        </ReportSection>
        <ReportSection title={t("sections.booths")} testId="report-booths">
          <RankedList
            empty={t("places.none")}
            rows={report.favouriteBooths.map((b) => ({
              key: `${b.parkId}/${b.slotId}/${b.companyId ?? ""}`, name: b.companyName ?? t("places.emptySlot", { slot: b.slotId }),
              figure: t("places.boothVisits", { count: b.visits }), share: b.visits / topBooth,
            }))}
          />
        </ReportSection>
        <StatsSection title={t("sections.tasks")} testId="report-tasks" tiles={[
          { value: n.format(report.tasks.posted), label: t("figures.tasksPosted") },
          { value: n.format(report.tasks.taken), label: t("figures.tasksTaken") },
          { value: n.format(report.tasks.completed), label: t("figures.tasksCompleted") },
        ]} />
        <StatsSection title={t("sections.ratings")} testId="report-ratings" tiles={[
          { value: n.format(report.ratings.received), label: t("figures.ratingsReceived") },
          { value: report.ratings.average === null ? t("figures.none") : `${n.format(report.ratings.average)} ★`, label: t("figures.averageRating") },
          { value: n.format(report.ratings.given), label: t("figures.ratingsGiven") },
        ]} />
        <StatsSection title={t("sections.together")} wide testId="report-together" tiles={[
          { value: n.format(report.eventsAttended), label: t("figures.eventsAttended") },
          { value: n.format(report.meetingsHeld), label: t("figures.meetingsHeld") },
        ]} />
      </div>
      <ShareCard content={card} fileName={`enclave-${report.year}-${report.displayName.replace(/[^\p{L}\p{N}]+/gu, "-")}.png`} />
    </div>
  );
}

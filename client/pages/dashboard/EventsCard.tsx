import { useTranslation } from "react-i18next";
import { PARK_TIME_ZONE } from "../../../shared/constants.ts";
import type { EventAttendanceRow } from "../../../shared/protocol/dashboard.ts";
import type { Language } from "../../i18n/language.ts";
import { eventPath } from "../../router.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { DashCard, Empty } from "./DashCard.tsx";
import { formatNumber } from "./dashboardFormat.ts";
import { DataTable, type Column } from "./DataTable.tsx";

const startsAt = (iso: string, lng: Language) =>
  new Date(iso).toLocaleString(lng, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: PARK_TIME_ZONE });

/** Events of the range: RSVPs against the people who came in. */
export function EventsCard({ events, csvName, lng, lead }: { events: readonly EventAttendanceRow[]; csvName: readonly string[]; lng: Language; lead?: string }) {
  const { t } = useTranslation("dashboard");
  const { t: te } = useTranslation("events");
  const turnout = (e: EventAttendanceRow) => (e.rsvps > 0 ? Math.round((e.attendees / e.rsvps) * 100) : null);
  const columns: Array<Column<EventAttendanceRow>> = [
    { label: t("events.event"), cell: (e) => <AppLink to={eventPath(e.eventId)}>{e.title}</AppLink> },
    { label: t("events.kind"), cell: (e) => te(`kinds.${e.kind}`) },
    { label: t("events.startsAt"), cell: (e) => startsAt(e.startsAt, lng) },
    { label: t("events.rsvps"), numeric: true, cell: (e) => formatNumber(lng, e.rsvps) },
    { label: t("events.attendees"), numeric: true, cell: (e) => formatNumber(lng, e.attendees) },
    { label: t("events.turnout"), numeric: true, cell: (e) => { const p = turnout(e); return p === null ? "—" : `${p}%`; } },
  ];
  const csv = {
    name: ["events", ...csvName],
    header: [t("csv.event"), t("csv.kind"), t("csv.startsAt"), t("csv.rsvps"), t("csv.attendees")],
    rows: events.map((e) => [e.title, te(`kinds.${e.kind}`), e.startsAt, e.rsvps, e.attendees]),
  };
  return (
    <DashCard id="events" title={t("events.title")} lead={lead ?? t("events.lead")} csv={csv} testId="dash-events">
      {events.length === 0
        ? <Empty>{t("events.empty")}</Empty>
        : <DataTable columns={columns} rows={events} rowKey={(e) => e.eventId} label={t("events.title")} testId="events-table" />}
    </DashCard>
  );
}

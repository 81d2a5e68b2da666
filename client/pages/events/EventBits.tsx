import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { EventKind, EventStatus, EventSummary } from "../../../shared/protocol/events.ts";
import type { ApiError } from "../../../shared/protocol/http.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { companyPath, eventPath } from "../../router.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { companyErrorText } from "../companies/companyErrors.ts";
import { Picture } from "../companies/CompanyShowcase.tsx";
import { formatSpan } from "../meetings/meetingTime.ts";
import { eventPhase } from "./eventTimes.ts";

const KIND_ICONS: Record<EventKind, string> = {
  // A rocket; a road sign; a cup; two speech bubbles; a trophy.
  launch: "M12 2c3 2 5 6 5 10l2 3v3l-3-1-1 2H9l-1-2-3 1v-3l2-3c0-4 2-8 5-10zm0 6a2 2 0 1 0 0 4 2 2 0 0 0 0-4z",
  roadshow: "M11 2h2v3h6l2 2.5L19 10h-6v2h-2v-2H5L3 7.5 5 5h6zM11 14h2v8h-2z",
  salon: "M5 8h11v5a5 5 0 0 1-5 5h-1a5 5 0 0 1-5-5zM16 9h2a2 2 0 0 1 0 4h-2M4 20h14",
  sharing: "M3 4h11v7H7l-4 3zM10 13h4l3-2h4v7h-3l-3 3v-3h-5z",
  competition: "M7 3h10v3h3v2a4 4 0 0 1-4 4 5 5 0 0 1-3 2v3h3v3H8v-3h3v-3a5 5 0 0 1-3-2 4 4 0 0 1-4-4V6h3z",
};

/** An event's kind as a coloured mark with its name. */
export function EventKindBadge({ kind }: { kind: EventKind }) {
  const { t } = useTranslation("events");
  return (
    <span className={`event-kind event-kind--${kind}`} data-testid="event-kind">
      <svg viewBox="0 0 24 24" aria-hidden="true"><path d={KIND_ICONS[kind]} /></svg>
      {t(`kinds.${kind}`)}
    </span>
  );
}

/** "Pending approval", "Rejected", "Cancelled" as a chip; nothing for an approved event. */
export function EventStatusChip({ status }: { status: EventStatus }) {
  const { t } = useTranslation("events");
  if (status === "approved") return null;
  return <span className={`chip event-status event-status--${status}`} data-testid="event-status">{t(`status.${status}`)}</span>;
}

/** Where an event is held, in words. */
export function venueName(t: TFunction<"events">, venue: EventSummary["venue"]): string {
  return venue.kind === "launch-hall" ? t("venue.launchHall") : venue.roomName;
}

/** "Live now · 120 watching" while an event runs; nothing otherwise. */
export function LiveChip({ event, now }: { event: EventSummary; now: Date }) {
  const { t } = useTranslation("events");
  if (event.status !== "approved" || eventPhase(event, now) !== "live") return null;
  return <span className="event-live" data-testid="event-live"><span className="event-live__dot" aria-hidden="true" />{t("liveWatching", { count: event.watching })}</span>;
}

/** One event in the list: cover, kind, title, company, time on the park's clock, venue, RSVPs and whether it is live. */
export function EventCard({ event, now }: { event: EventSummary; now: Date }) {
  const { t } = useTranslation("events");
  const lng = useLanguage();
  return (
    <li className={`event-card event-card--${event.kind}`} data-testid="event-card" data-event-id={event.id}>
      <AppLink to={eventPath(event.id)} className="event-card__cover" aria-hidden="true" tabIndex={-1}>
        <Picture imageId={event.coverImageId} alt="" className="event-card__picture" />
      </AppLink>
      <div className="event-card__body">
        <div className="event-card__top">
          <EventKindBadge kind={event.kind} />
          <EventStatusChip status={event.status} />
          <LiveChip event={event} now={now} />
        </div>
        <AppLink to={eventPath(event.id)} className="event-card__title">{event.title}</AppLink>
        <p className="event-card__company">
          {event.company ? <AppLink to={companyPath(event.company.id)}>{event.company.name}</AppLink> : t("byPark")}
        </p>
        <p className="event-card__when" data-testid="event-when">{formatSpan(event.startsAt, event.endsAt, lng)}</p>
        <p className="event-card__meta">
          <span>{venueName(t, event.venue)}</span>
          <span data-testid="event-rsvps">{t("rsvps", { count: event.rsvps })}</span>
          {event.going && <span className="chip event-going">{t("going")}</span>}
        </p>
      </div>
    </li>
  );
}

/** A failed events call in the person's words: refusals and missing events by status, the rest as the company pages say them. */
export function eventErrorText(t: TFunction<"events">, tt: TFunction, error: ApiError): string {
  switch (error.code) {
    case "bad_time": return t("errors.badTime");
    case "not_a_member": return t("errors.notAMember");
    case "managers_only": return t("errors.managersOnly");
    case "unknown_image": return t("errors.unknownImage");
    case "room_elsewhere": case "room_not_found": return t("errors.roomGone");
    case "person_not_found": return t("errors.personGone");
    case "ended": return t("errors.ended");
    case "cancelled": case "not_cancellable": return t("errors.cancelled");
    case "not_open": return t("errors.notOpen");
    case "not_pending": return t("errors.notPending");
    case "event_not_found": return t("errors.notFound");
  }
  if (error.status === 403) return t("errors.forbidden");
  if (error.status === 404) return t("errors.notFound");
  if (error.status === 409) return t("errors.conflict", { detail: error.message });
  if (error.status === 400) return t("errors.invalid", { detail: error.message });
  return companyErrorText(tt, error);
}

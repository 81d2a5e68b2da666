import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { ApiError } from "../../../shared/protocol/http.ts";
import type { MeetingKind, MeetingOwnerView, MeetingVisibility, PersonRef } from "../../../shared/protocol/meetings.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { companyErrorText } from "../companies/companyErrors.ts";
import { companyPath } from "../../router.ts";
import { ExpertBadge } from "../tasks/TaskBits.tsx";

const KIND_ICONS: Record<MeetingKind, string> = {
  // A table with two chairs; a cross; a light bulb; a cup.
  meeting: "M4 10h16v2H4zM6 12v6M18 12v6M8 6h8v3H8z",
  clinic: "M10 4h4v6h6v4h-6v6h-4v-6H4v-4h6z",
  brainstorm: "M12 3a6 6 0 0 0-3.5 10.9V17h7v-3.1A6 6 0 0 0 12 3zM9.5 19h5v2h-5z",
  salon: "M5 8h11v5a5 5 0 0 1-5 5h-1a5 5 0 0 1-5-5zM16 9h2a2 2 0 0 1 0 4h-2M4 20h14",
};

/** A room's kind as a coloured mark with its name: meeting, clinic, brainstorm or salon. */
export function KindBadge({ kind }: { kind: MeetingKind }) {
  const { t } = useTranslation("meetings");
  return (
    <span className={`room-kind room-kind--${kind}`} data-testid="room-kind">
      <svg viewBox="0 0 24 24" aria-hidden="true"><path d={KIND_ICONS[kind]} /></svg>
      {t(`kinds.${kind}`)}
    </span>
  );
}

export function VisibilityChip({ visibility }: { visibility: MeetingVisibility }) {
  const { t } = useTranslation("meetings");
  return <span className={`chip room-visibility room-visibility--${visibility}`} title={t(`visibilityHints.${visibility}`)}>{t(`visibility.${visibility}`)}</span>;
}

/** Whose room it is: a company (linked), an expert with their badge, or the park. */
export function OwnerLine({ owner }: { owner: MeetingOwnerView }) {
  const { t } = useTranslation("meetings");
  if (owner.kind === "company") return <span className="room-owner">{t("owner.company")} <AppLink to={companyPath(owner.companyId)}>{owner.name}</AppLink></span>;
  if (owner.kind === "expert") return <span className="room-owner">{t("owner.expert")} <strong>{owner.displayName}</strong> <ExpertBadge level={owner.level} /></span>;
  return <span className="room-owner">{t("owner.park")}</span>;
}

export function Person({ person }: { person: PersonRef }) {
  return (
    <span className="task-person" data-testid="meeting-person">
      <span className="avatar-dot" style={{ background: person.colour }} aria-hidden="true">{Array.from(person.displayName)[0]?.toUpperCase()}</span>
      <span className="task-person__name">{person.displayName}</span>
    </span>
  );
}

/**
 * A failed meeting call in the person's words: the meeting API's codes get this feature's
 * sentences, a refusal or a missing room by status; the rest are said as the company and task
 * pages say them.
 */
export function meetingErrorText(t: TFunction<"meetings">, tt: TFunction, error: ApiError): string {
  switch (error.code) {
    case "booking_overlap": return t("errors.taken");
    case "bad_time": return t("errors.badTime");
    case "not_bookable": return t("book.mayNotBook");
    case "invitee_not_found": return t("errors.inviteeGone");
    case "not_on_the_task": return t("errors.notOnTask");
    case "not_your_booking": return t("errors.notYourBooking");
    case "too_many_invitees": return t("errors.tooManyInvitees");
    case "already_cancelled": return t("errors.alreadyCancelled");
    case "already_ended": return t("errors.alreadyEnded");
    case "hours_overlap": return t("errors.hoursOverlap");
  }
  if (error.status === 403) return t("errors.forbidden");
  if (error.status === 404) return t("errors.notFound");
  return companyErrorText(tt, error);
}

/** The park a page shows: ?park= when it names one, else the first park. */
export function parkFromQuery(parks: readonly { id: string }[]): string | null {
  const wanted = new URLSearchParams(location.search).get("park");
  return parks.find((p) => p.id === wanted)?.id ?? parks[0]?.id ?? null;
}

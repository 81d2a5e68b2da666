import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { EventSummary } from "../../../shared/protocol/events.ts";
import type { ApiError } from "../../../shared/protocol/http.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { decideEvent, listEvents } from "../../net/eventApi.ts";
import { companyPath, eventPath } from "../../router.ts";
import { useSession } from "../../state/session.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { Picture } from "../companies/CompanyShowcase.tsx";
import { PageShell } from "../companies/PageShell.tsx";
import { formatSpan } from "../meetings/meetingTime.ts";
import { EventKindBadge, eventErrorText, venueName } from "./EventBits.tsx";

type Load = { state: "loading" } | { state: "ready"; events: EventSummary[] } | { state: "failed"; error: ApiError };

/** /manage/events: the companies' events waiting for a manager, each approved or rejected with a reason. */
export default function ManageEventsPage() {
  const { t } = useTranslation("events");
  const { t: tt } = useTranslation();
  const session = useSession();
  const token = session?.token ?? null;
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [done, setDone] = useState<Array<{ id: string; title: string; approved: boolean }>>([]);

  const reload = useCallback(async () => {
    if (!token) return;
    const r = await listEvents({ when: "pending" }, token);
    setLoad(r.ok ? { state: "ready", events: r.value.events } : { state: "failed", error: r.error });
  }, [token]);
  useEffect(() => { void reload(); }, [reload]);

  if (session?.user.role !== "manager") {
    return <PageShell title={t("queue.title")}><div className="notice notice--error" role="alert">{t("queue.managersOnly")}</div></PageShell>;
  }

  return (
    <PageShell title={t("queue.title")}>
      <p className="company-back"><AppLink to="/events">← {t("title")}</AppLink></p>
      <section className="company-hero">
        <div>
          <h1>{t("queue.title")}</h1>
          <p className="hero__lead">{t("queue.lead")}</p>
        </div>
      </section>
      {done.length > 0 && (
        <ul className="event-decided" role="status">
          {done.map((d) => <li key={d.id}><AppLink to={eventPath(d.id)}>{d.title}</AppLink> · {d.approved ? t("queue.approved") : t("queue.rejected")}</li>)}
        </ul>
      )}
      {load.state === "loading" && <p className="muted" role="status">{tt("company.loading")}</p>}
      {load.state === "failed" && <div className="notice notice--error" role="alert">{eventErrorText(t, tt, load.error)}</div>}
      {load.state === "ready" && (load.events.length === 0
        ? <p className="company-empty" data-testid="queue-empty">{t("queue.empty")}</p>
        : (
          <ul className="event-queue" data-testid="event-queue">
            {load.events.map((e) => (
              <PendingEvent key={e.id} event={e} token={session.token} onDecided={(approved) => {
                setDone((d) => [{ id: e.id, title: e.title, approved }, ...d]);
                void reload();
              }} />
            ))}
          </ul>
        ))}
    </PageShell>
  );
}

function PendingEvent({ event, token, onDecided }: { event: EventSummary; token: string; onDecided: (approved: boolean) => void }) {
  const { t } = useTranslation("events");
  const { t: tt } = useTranslation();
  const lng = useLanguage();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const decide = async (approve: boolean) => {
    if (!approve && !reason.trim()) return setError(t("queue.needReason"));
    setBusy(true);
    setError(null);
    const r = await decideEvent(token, event.id, approve ? { approve } : { approve, reason: reason.trim() });
    setBusy(false);
    if (!r.ok) return setError(eventErrorText(t, tt, r.error));
    onDecided(approve);
  };

  return (
    <li className="card company-card event-queue__item" data-testid="pending-event" data-event-id={event.id}>
      <Picture imageId={event.coverImageId} alt="" className="event-queue__picture" />
      <div className="event-queue__body">
        <div className="event-card__top"><EventKindBadge kind={event.kind} /></div>
        <AppLink to={eventPath(event.id)} className="event-card__title">{event.title}</AppLink>
        <p className="event-card__company">{event.company ? <AppLink to={companyPath(event.company.id)}>{event.company.name}</AppLink> : t("byPark")}</p>
        <p className="event-card__when">{formatSpan(event.startsAt, event.endsAt, lng)} · {venueName(t, event.venue)}</p>
        {rejecting && (
          <textarea className="company-input" rows={2} maxLength={500} placeholder={t("queue.reasonPlaceholder")} aria-label={t("queue.reason")}
            value={reason} onChange={(e) => setReason(e.target.value)} data-testid="reject-reason" />
        )}
        {error && <p className="notice notice--error" role="alert">{error}</p>}
        <div className="room-form__buttons">
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void decide(true)} data-testid="approve-event">{t("queue.approve")}</button>
          {rejecting
            ? <button type="button" className="button button--ghost event-danger" disabled={busy} onClick={() => void decide(false)} data-testid="confirm-reject">{t("queue.confirmReject")}</button>
            : <button type="button" className="button button--ghost" onClick={() => setRejecting(true)} data-testid="reject-event">{t("queue.reject")}</button>}
        </div>
      </div>
    </li>
  );
}

import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { PARK_TIME_ZONE } from "../../../shared/constants.ts";
import { imageUrl } from "../../../shared/protocol/companies.ts";
import type { AttendanceReport, EventDeck, EventDetail } from "../../../shared/protocol/events.ts";
import type { ApiError } from "../../../shared/protocol/http.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { cancelEvent, eventIcsUrl, fetchAttendance, fetchEvent, rsvp } from "../../net/eventApi.ts";
import { companyPath, eventLivePath, navigate } from "../../router.ts";
import { useSession } from "../../state/session.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { Picture } from "../companies/CompanyShowcase.tsx";
import { PageShell } from "../companies/PageShell.tsx";
import { Person } from "../meetings/MeetingBits.tsx";
import { formatSpan } from "../meetings/meetingTime.ts";
import { EventKindBadge, EventStatusChip, eventErrorText, LiveChip, venueName } from "./EventBits.tsx";
import { canJoinHall, eventPhase, formatFigures, nextPhaseChange } from "./eventTimes.ts";

type Load = { state: "loading" } | { state: "ready"; event: EventDetail } | { state: "failed"; error: ApiError };

/** Now, moved on whenever the event's join button would change by itself (doors open, start, end). */
function usePhaseClock(event: EventDetail | null): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (!event) return;
    const wait = nextPhaseChange(event, now);
    if (wait === null) return;
    // Timers longer than about 24.8 days overflow; a day at a time is plenty.
    const timer = setTimeout(() => setNow(new Date()), Math.min(wait + 500, 86_400_000));
    return () => clearTimeout(timer);
  }, [event, now]);
  return now;
}

/** /events/:id: the event, RSVP, the calendar file, the way into the live hall, and afterwards what it left. */
export default function EventPage({ eventId }: { eventId: string }) {
  const { t } = useTranslation("events");
  const { t: tt } = useTranslation();
  const lng = useLanguage();
  const session = useSession();
  const token = session?.token ?? null;
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<AttendanceReport | null>(null);
  const event = load.state === "ready" ? load.event : null;
  const now = usePhaseClock(event);

  const reload = useCallback(async () => {
    const r = await fetchEvent(eventId, token);
    setLoad(r.ok ? { state: "ready", event: r.value } : { state: "failed", error: r.error });
  }, [eventId, token]);
  useEffect(() => { void reload(); }, [reload, attempt]);
  // The attendance rows are the company's and the managers' (the server decides; others get nothing to show).
  const mayReport = !!event && !!token && event.status === "approved" && (event.can.edit || session?.user.role === "manager")
    && (eventPhase(event, now) === "live" || eventPhase(event, now) === "ended");
  useEffect(() => {
    if (!mayReport || !token) return setReport(null);
    let live = true;
    void fetchAttendance(token, eventId).then((r) => { if (live) setReport(r.ok ? r.value : null); });
    return () => { live = false; };
  }, [mayReport, token, eventId]);

  if (load.state === "loading") return <PageShell title={t("title")}><p className="muted" role="status">{tt("company.loading")}</p></PageShell>;
  if (load.state === "failed") {
    return (
      <PageShell title={t("title")}>
        <p className="company-back"><AppLink to="/events">← {t("title")}</AppLink></p>
        <div className="notice notice--error" role="alert">
          <span>{eventErrorText(t, tt, load.error)}</span>
          <button type="button" className="button button--ghost" onClick={() => setAttempt((n) => n + 1)}>{tt("company.retry")}</button>
        </div>
      </PageShell>
    );
  }

  const e = load.event;
  const phase = eventPhase(e, now);
  const joinable = canJoinHall(e, now);
  const act = async (run: () => Promise<{ ok: true } | { ok: false; error: ApiError }>) => {
    setBusy(true);
    setError(null);
    const r = await run();
    setBusy(false);
    if (!r.ok) return setError(eventErrorText(t, tt, r.error));
    await reload();
  };
  const toggleRsvp = () => { if (token) void act(() => rsvp(token, e.id, !e.going)); };
  const cancel = () => {
    if (!token || !window.confirm(t("detail.confirmCancel"))) return;
    void act(() => cancelEvent(token, e.id));
  };
  // The file is fetched with the reader's session, so it works for events only they may see.
  const downloadIcs = async () => {
    const res = await fetch(eventIcsUrl(e.id), { headers: token ? { authorization: `Bearer ${token}` } : {} }).catch(() => null);
    if (!res?.ok) return setError(t("detail.icsFailed"));
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement("a");
    a.href = url;
    a.download = `${e.title.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "event"}.ics`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const figures = formatFigures(e.attendance, lng);
  const hosts = e.people.filter((p) => p.role === "host");
  const speakers = e.people.filter((p) => p.role === "speaker");
  const moderators = e.people.filter((p) => p.role === "moderator");

  return (
    <PageShell title={e.title}>
      <p className="company-back"><AppLink to="/events">← {t("title")}</AppLink></p>
      {e.status === "pending" && <div className="notice event-banner" role="status" data-testid="event-banner">{t("detail.pending")}</div>}
      {e.status === "rejected" && (
        <div className="notice notice--error event-banner" role="status" data-testid="event-banner">
          {t("detail.rejected")}{e.decisionReason ? ` ${t("detail.reason", { reason: e.decisionReason })}` : ""}
        </div>
      )}
      {e.status === "cancelled" && <div className="notice notice--error event-banner" role="status" data-testid="event-banner">{t("detail.cancelled")}</div>}

      <article className="event-detail" data-testid="event-detail" data-event-id={e.id}>
        <div className="event-detail__cover"><Picture imageId={e.coverImageId} alt={e.title} className="event-detail__picture" /></div>
        <section className="card company-card event-detail__main">
          <div className="event-card__top"><EventKindBadge kind={e.kind} /><EventStatusChip status={e.status} /><LiveChip event={e} now={now} /></div>
          <h1 data-testid="event-title">{e.title}</h1>
          <p className="event-card__company">{e.company ? <AppLink to={companyPath(e.company.id)}>{e.company.name}</AppLink> : t("byPark")}</p>
          <dl className="event-facts">
            <dt>{t("detail.when")}</dt><dd data-testid="event-when">{formatSpan(e.startsAt, e.endsAt, lng)} <small className="muted">{t("calendar.zone")}</small></dd>
            <dt>{t("detail.where")}</dt><dd>{venueName(t, e.venue)}</dd>
            <dt>{t("detail.rsvps")}</dt><dd data-testid="event-rsvps">{t("rsvps", { count: e.rsvps })}</dd>
          </dl>
          {e.description && <p className="event-detail__description">{e.description}</p>}
          <div className="event-detail__actions">
            {e.can.rsvp && phase !== "ended" && (
              <button type="button" className={`button ${e.going ? "button--ghost" : "button--primary"}`} onClick={toggleRsvp} disabled={busy}
                aria-pressed={e.going} data-testid="event-rsvp">{e.going ? t("detail.notGoing") : t("detail.rsvp")}</button>
            )}
            {e.status === "approved" && (
              <button type="button" className="button button--ghost" onClick={() => void downloadIcs()} data-testid="event-ics">{t("detail.addToCalendar")}</button>
            )}
            {e.status === "approved" && phase !== "ended" && (
              <button type="button" className="button button--primary" disabled={!joinable} onClick={() => navigate(eventLivePath(e.id))} data-testid="event-join"
                title={joinable ? undefined : t("detail.joinLater")}>{t("detail.join")}</button>
            )}
            {e.can.edit && e.status !== "cancelled" && phase !== "ended" && (
              <>
                <AppLink to={`/events/${e.id}/edit`} className="button button--ghost" data-testid="event-edit">{t("detail.edit")}</AppLink>
                <button type="button" className="button button--ghost event-danger" onClick={cancel} disabled={busy} data-testid="event-cancel">{t("detail.cancel")}</button>
              </>
            )}
          </div>
          {!joinable && e.status === "approved" && phase === "upcoming" && <small className="company-hint">{t("detail.joinLater")}</small>}
          {!session && <small className="company-hint">{t("detail.signInToRsvp")}</small>}
          {error && <div className="notice notice--error" role="alert" data-testid="event-error">{error}</div>}
        </section>
        <aside className="card company-card event-detail__people" aria-label={t("detail.people")}>
          <h2>{t("detail.people")}</h2>
          {/* The creator hosts anyway; named apart only when the people list leaves them out. */}
          {e.createdBy && !e.people.some((p) => p.id === e.createdBy?.id) && <PeopleRow label={t("roles.createdBy")} people={[e.createdBy]} />}
          {hosts.length > 0 && <PeopleRow label={t("roles.host")} people={hosts} />}
          {speakers.length > 0 && <PeopleRow label={t("roles.speaker")} people={speakers} />}
          {moderators.length > 0 && <PeopleRow label={t("roles.moderator")} people={moderators} />}
        </aside>
      </article>

      {e.decks.length > 0 && <Slides decks={e.decks} />}
      {(phase === "live" || phase === "ended") && e.status === "approved" && (
        <section className="card company-card event-after" data-testid="event-figures">
          <h2>{t("after.figures")}</h2>
          <div className="event-figures">
            <div><strong>{figures.peak}</strong><span>{t("after.peak")}</span></div>
            <div><strong>{figures.total}</strong><span>{t("after.total")}</span></div>
            <div><strong>{figures.averageMinutes}</strong><span>{t("after.average")}</span></div>
          </div>
        </section>
      )}
      {e.answered.length > 0 && (
        <section className="card company-card event-after" data-testid="event-answered">
          <h2>{t("after.answered")}</h2>
          <ol className="event-questions">
            {e.answered.map((q) => <li key={q.id}><p>{q.text}</p><small className="muted">{q.name} · {t("after.votes", { count: q.votes })}</small></li>)}
          </ol>
        </section>
      )}
      {report && (
        <section className="card company-card event-after" data-testid="event-attendance">
          <h2>{t("after.attendance")}</h2>
          {report.records.length === 0 ? <p className="muted">{t("after.nobody")}</p> : (
            <div className="event-table-wrap">
              <table className="event-table">
                <thead><tr><th>{t("after.who")}</th><th>{t("after.from")}</th><th>{t("after.to")}</th><th>{t("after.minutes")}</th></tr></thead>
                <tbody>
                  {report.records.map((r, i) => (
                    <tr key={i}>
                      <td>{r.user ? <Person person={r.user} /> : <span className="muted">{t("after.guest")}</span>}{r.instance > 0 && <small className="muted"> · {t("after.instance", { n: r.instance + 1 })}</small>}</td>
                      <td>{clock(r.joinedAt, lng)}</td>
                      <td>{r.leftAt ? clock(r.leftAt, lng) : t("after.stillHere")}</td>
                      <td>{Math.round(r.minutes * 10) / 10}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </PageShell>
  );
}

const clock = (iso: string, lng: string) =>
  new Intl.DateTimeFormat(lng, { timeZone: PARK_TIME_ZONE, month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso));

function PeopleRow({ label, people }: { label: string; people: Array<{ id: string; displayName: string; colour: string }> }) {
  return (
    <div className="event-people-row">
      <span className="muted">{label}</span>
      <ul>{people.map((p) => <li key={p.id}><Person person={p} /></li>)}</ul>
    </div>
  );
}

/** The decks shown in the hall, paged through one picture at a time. */
function Slides({ decks }: { decks: EventDeck[] }) {
  const { t } = useTranslation("events");
  const [deckIndex, setDeckIndex] = useState(0);
  const [page, setPage] = useState(0);
  const deck = decks[Math.min(deckIndex, decks.length - 1)];
  if (!deck) return null;
  const pageId = deck.pageIds[Math.min(page, deck.pageIds.length - 1)];
  return (
    <section className="card company-card event-after event-slides" data-testid="event-slides">
      <div className="event-slides__head">
        <h2>{t("after.slides")}</h2>
        {decks.length > 1 && (
          <select className="company-input" value={deckIndex} onChange={(ev) => { setDeckIndex(Number(ev.target.value)); setPage(0); }} aria-label={t("after.deck")}>
            {decks.map((d, i) => <option key={d.id} value={i}>{d.title}</option>)}
          </select>
        )}
      </div>
      {pageId && <img className="event-slides__page" src={imageUrl(pageId)} alt={t("after.page", { n: page + 1, total: deck.pageIds.length })} data-testid="event-slide" />}
      <div className="event-slides__nav">
        <button type="button" className="button button--ghost company-button--small" disabled={page === 0} onClick={() => setPage((p) => p - 1)} aria-label={t("after.previous")}>‹</button>
        <span>{t("after.page", { n: page + 1, total: deck.pageIds.length })}</span>
        <button type="button" className="button button--ghost company-button--small" disabled={page >= deck.pageIds.length - 1} onClick={() => setPage((p) => p + 1)} aria-label={t("after.next")}>›</button>
      </div>
    </section>
  );
}

import { useEffect, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { PARK_TIME_ZONE } from "../../../shared/constants.ts";
import type { EventSummary } from "../../../shared/protocol/events.ts";
import type { ApiError } from "../../../shared/protocol/http.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { listEvents, type EventListWhen } from "../../net/eventApi.ts";
import { eventPath } from "../../router.ts";
import { useSession } from "../../state/session.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { PageShell } from "../companies/PageShell.tsx";
import { useParks } from "../companies/useParks.ts";
import { parkFromQuery } from "../meetings/MeetingBits.tsx";
import { formatClockSpan } from "../meetings/meetingTime.ts";
import { zonedIso, zonedParts } from "../meetings/parkTime.ts";
import { EventCard, eventErrorText } from "./EventBits.tsx";
import { eventPhase } from "./eventTimes.ts";
import { addMonths, eventsByDay, gridSpan, monthOf, monthWeeks } from "./monthGrid.ts";

type Load = { state: "loading" } | { state: "ready"; events: EventSummary[] } | { state: "failed"; error: ApiError };
type Tab = Exclude<EventListWhen, "pending">;
type View = "calendar" | "list";

/** A clock that ticks each minute, so "live now" comes and goes without a reload. */
function useMinute(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** /events: a park's upcoming, past and own events, as a month calendar or a list. */
export default function EventsPage() {
  const { t } = useTranslation("events");
  const { t: tt } = useTranslation();
  const lng = useLanguage();
  const session = useSession();
  const parks = useParks();
  const id = useId();
  const now = useMinute();
  const signedIn = !!session && session.user.role !== "guest";
  const manager = session?.user.role === "manager";
  const [parkId, setParkId] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>("upcoming");
  const [view, setView] = useState<View>("calendar");
  const [month, setMonth] = useState(() => monthOf(zonedParts(new Date(), PARK_TIME_ZONE).day));
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);
  const token = session?.token;

  useEffect(() => { if (!parkId && parks.length > 0) setParkId(parkFromQuery(parks)); }, [parks, parkId]);
  useEffect(() => {
    if (!parkId) return;
    let live = true;
    setLoad({ state: "loading" });
    const fetchAll = async () => {
      if (view === "list") return listEvents({ parkId, when: tab }, token).then((r) => (r.ok ? { ok: true as const, events: r.value.events } : r));
      // The month holds both what has passed and what is to come.
      const span = gridSpan(month);
      const from = zonedIso(span.first, 0, PARK_TIME_ZONE);
      const whens: EventListWhen[] = tab === "mine" ? ["mine"] : ["upcoming", "past"];
      const answers = await Promise.all(whens.map((when) => listEvents({ parkId, when, from, days: span.days }, token)));
      const failed = answers.find((a) => !a.ok);
      if (failed && !failed.ok) return failed;
      const byId = new Map(answers.flatMap((a) => (a.ok ? a.value.events : [])).map((e) => [e.id, e]));
      return { ok: true as const, events: [...byId.values()] };
    };
    void fetchAll().then((r) => {
      if (live) setLoad(r.ok ? { state: "ready", events: r.events } : { state: "failed", error: r.error });
    });
    return () => { live = false; };
  }, [parkId, tab, view, month, token, attempt]);

  const tabs: Tab[] = signedIn ? ["upcoming", "past", "mine"] : ["upcoming", "past"];

  return (
    <PageShell title={t("title")}>
      <section className="company-hero">
        <div>
          <h1>{t("title")}</h1>
          <p className="hero__lead">{t("lead")}</p>
        </div>
        <div className="event-hero__actions">
          {manager && <AppLink to="/manage/events" className="button button--ghost" data-testid="events-queue-link">{t("queue.title")}</AppLink>}
          {signedIn && <AppLink to="/events/new" className="button button--primary" data-testid="new-event-link">{t("new")}</AppLink>}
        </div>
      </section>

      <div className="company-toolbar event-toolbar">
        {parks.length > 1 && (
          <div className="field company-field">
            <label htmlFor={`${id}-park`}>{t("park")}</label>
            <select id={`${id}-park`} className="company-input" value={parkId ?? ""} onChange={(e) => setParkId(e.target.value)} data-testid="events-park">
              {parks.map((p) => <option key={p.id} value={p.id}>{p.name[lng]}</option>)}
            </select>
          </div>
        )}
        <div className="event-tabs" role="group" aria-label={t("tabs.label")}>
          {tabs.map((k) => (
            <button key={k} type="button" className="chip task-subtab" aria-pressed={tab === k} onClick={() => setTab(k)} data-testid={`events-tab-${k}`}>{t(`tabs.${k}`)}</button>
          ))}
        </div>
        <div className="event-tabs" role="group" aria-label={t("views.label")}>
          {(["calendar", "list"] as const).map((v) => (
            <button key={v} type="button" className="chip task-subtab" aria-pressed={view === v} onClick={() => setView(v)} data-testid={`events-view-${v}`}>{t(`views.${v}`)}</button>
          ))}
        </div>
      </div>

      {load.state === "failed" && (
        <div className="notice notice--error" role="alert">
          <span>{eventErrorText(t, tt, load.error)}</span>
          <button type="button" className="button button--ghost" onClick={() => setAttempt((n) => n + 1)}>{tt("company.retry")}</button>
        </div>
      )}
      {view === "calendar"
        ? <MonthCalendar month={month} onMonth={setMonth} events={load.state === "ready" ? load.events : []} loading={load.state === "loading"} now={now} />
        : load.state === "loading" ? <p className="muted" role="status">{tt("company.loading")}</p>
          : load.state === "ready" && (load.events.length === 0
            ? <p className="company-empty">{t(`empty.${tab}`)}</p>
            : <ul className="event-grid" data-testid="event-list">{load.events.map((e) => <EventCard key={e.id} event={e} now={now} />)}</ul>)}
    </PageShell>
  );
}

/** The month on the park's clock: a row per week, each day with its events as chips that lead to them. */
function MonthCalendar({ month, onMonth, events, loading, now }: {
  month: string; onMonth: (month: string) => void; events: EventSummary[]; loading: boolean; now: Date;
}) {
  const { t } = useTranslation("events");
  const lng = useLanguage();
  const weeks = monthWeeks(month);
  const byDay = useMemo(() => eventsByDay(events.filter((e) => e.status !== "cancelled" && e.status !== "rejected"), PARK_TIME_ZONE), [events]);
  const today = zonedParts(now, PARK_TIME_ZONE).day;
  const title = new Intl.DateTimeFormat(lng, { timeZone: "UTC", year: "numeric", month: "long" }).format(new Date(`${month}-15T12:00:00Z`));
  const weekdays = (weeks[0] ?? []).map((d) => new Intl.DateTimeFormat(lng, { timeZone: "UTC", weekday: "short" }).format(new Date(`${d.day}T12:00:00Z`)));

  return (
    <section className="card event-calendar" aria-label={title} data-testid="event-calendar" aria-busy={loading}>
      <div className="event-calendar__head">
        <button type="button" className="button button--ghost company-button--small" onClick={() => onMonth(addMonths(month, -1))} aria-label={t("calendar.previous")} data-testid="calendar-prev">‹</button>
        <h2 data-testid="calendar-month">{title}</h2>
        <button type="button" className="button button--ghost company-button--small" onClick={() => onMonth(addMonths(month, 1))} aria-label={t("calendar.next")} data-testid="calendar-next">›</button>
        <button type="button" className="button button--ghost company-button--small" onClick={() => onMonth(monthOf(today))}>{t("calendar.today")}</button>
        <small className="company-hint event-calendar__zone">{t("calendar.zone")}</small>
      </div>
      <div className="event-calendar__grid" role="grid">
        <div className="event-calendar__row event-calendar__row--names" role="row">
          {weekdays.map((w, i) => <div key={i} className="event-calendar__name" role="columnheader">{w}</div>)}
        </div>
        {weeks.map((week) => (
          <div key={week[0]?.day} className="event-calendar__row" role="row">
            {week.map(({ day, inMonth }) => (
              <div key={day} role="gridcell" data-day={day}
                className={`event-calendar__day${inMonth ? "" : " event-calendar__day--out"}${day === today ? " event-calendar__day--today" : ""}`}>
                <span className="event-calendar__date">{Number(day.slice(8))}</span>
                {(byDay.get(day) ?? []).map((e) => (
                  <AppLink key={e.id} to={eventPath(e.id)} data-testid="calendar-event"
                    className={`event-chip event-chip--${e.kind}${eventPhase(e, now) === "ended" ? " event-chip--past" : ""}${e.status === "pending" ? " event-chip--pending" : ""}`}
                    title={`${e.title} · ${formatClockSpan(e.startsAt, e.endsAt, lng)}`}>
                    <span className="event-chip__time">{formatClockSpan(e.startsAt, e.endsAt, lng).split(" ")[0]}</span> {e.title}
                  </AppLink>
                ))}
              </div>
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}

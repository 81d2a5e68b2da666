import { useEffect, useId, useMemo, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { PARK_TIME_ZONE } from "../../../shared/constants.ts";
import type { MyCompany } from "../../../shared/protocol/companies.ts";
import { EVENT_DESCRIPTION_MAX, EVENT_KINDS, EVENT_TITLE_MAX, type EventDetail } from "../../../shared/protocol/events.ts";
import type { MeetingRoomSummary } from "../../../shared/protocol/meetings.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { fetchMyCompanies } from "../../net/companyApi.ts";
import { createEvent, fetchEvent, updateEvent } from "../../net/eventApi.ts";
import { listParkRooms } from "../../net/meetingApi.ts";
import { eventPath, navigate } from "../../router.ts";
import { useSession } from "../../state/session.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { ImagePicker } from "../companies/ImagePicker.tsx";
import { PageShell } from "../companies/PageShell.tsx";
import { useParks } from "../companies/useParks.ts";
import { addDays, minuteToClock, zonedParts } from "../meetings/parkTime.ts";
import { eventErrorText } from "./EventBits.tsx";
import { createEventBody, draftOfEvent, eventProblems, LAUNCH_HALL, updateEventBody, type EventDraft, type EventField } from "./eventDraft.ts";
import { PeoplePicker, type ChosenPerson } from "./PeoplePicker.tsx";

/** A new event starts tomorrow at 14:00 for an hour on the park's clock. */
function freshDraft(now: Date): EventDraft {
  const today = zonedParts(now, PARK_TIME_ZONE).day;
  return {
    parkId: "", kind: "launch", title: "", description: "", coverImageId: null,
    day: addDays(today, 1), start: minuteToClock(14 * 60), end: minuteToClock(15 * 60), venue: LAUNCH_HALL, companyId: "", people: [],
  };
}

/** /events/new and /events/:id/edit: what, when, where, whose, and who is on stage. */
export default function EventFormPage({ eventId }: { eventId?: string }) {
  const { t } = useTranslation("events");
  const { t: tt } = useTranslation();
  const lng = useLanguage();
  const session = useSession();
  const parks = useParks();
  const id = useId();
  const editing = !!eventId;
  const token = session?.token ?? null;
  const manager = session?.user.role === "manager";
  const [draft, setDraft] = useState<EventDraft>(() => freshDraft(new Date()));
  const [chosen, setChosen] = useState<ChosenPerson[]>([]);
  const [original, setOriginal] = useState<EventDetail | null>(null);
  const [companies, setCompanies] = useState<MyCompany[] | null>(null);
  const [rooms, setRooms] = useState<MeetingRoomSummary[]>([]);
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<EventDraft>) => setDraft((d) => ({ ...d, ...patch }));

  useEffect(() => {
    if (!eventId) return;
    void fetchEvent(eventId, token).then((r) => {
      if (!r.ok) return setError(eventErrorText(t, tt, r.error));
      setOriginal(r.value);
      setDraft(draftOfEvent(r.value, PARK_TIME_ZONE));
      setChosen(r.value.people.filter((p) => p.id !== r.value.createdBy?.id).map((p) => ({ person: p, role: p.role })));
    });
  }, [eventId, token, t, tt]);
  useEffect(() => {
    if (!token) return;
    void fetchMyCompanies(token).then((r) => {
      const list = r.ok ? r.value.companies : [];
      setCompanies(list);
      // A member holds events for their company; a manager starts with the park's own.
      if (!editing && !manager && list[0]) setDraft((d) => (d.companyId ? d : { ...d, companyId: list[0]?.id ?? "" }));
    });
  }, [token, editing, manager]);
  useEffect(() => { if (!draft.parkId && parks[0] && !editing) set({ parkId: parks[0].id }); }, [parks, draft.parkId, editing]);
  useEffect(() => {
    if (!draft.parkId) return;
    void listParkRooms(draft.parkId, token).then((r) => { if (r.ok) setRooms(r.value.rooms); });
  }, [draft.parkId, token]);

  const full: EventDraft = useMemo(() => ({ ...draft, people: chosen.map((c) => ({ userId: c.person.id, role: c.role })) }), [draft, chosen]);
  const title = editing ? t("form.editTitle") : t("form.newTitle");

  if (!session || session.user.role === "guest") {
    return (
      <PageShell title={title}>
        <div className="notice" role="status">{t("form.signIn")} <AppLink to="/">{tt("company.nav.parks")}</AppLink></div>
      </PageShell>
    );
  }
  if (!editing && !manager && companies !== null && companies.length === 0) {
    return (
      <PageShell title={title}>
        <p className="company-back"><AppLink to="/events">← {t("title")}</AppLink></p>
        <div className="notice" role="status" data-testid="event-form-no-company">{t("form.noCompany")} <AppLink to="/companies">{tt("company.nav.companies")}</AppLink></div>
      </PageShell>
    );
  }

  const options = { mayHoldForPark: manager || (editing && !original?.company), editing };
  const problems = eventProblems(full, new Date(), PARK_TIME_ZONE, options);
  const problem = (f: EventField) => (touched && problems[f] ? t(`form.problems.${problems[f]}`) : null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    setError(null);
    if (Object.keys(eventProblems(full, new Date(), PARK_TIME_ZONE, options)).length > 0) return;
    setBusy(true);
    const r = eventId
      ? await updateEvent(session.token, eventId, updateEventBody(full, PARK_TIME_ZONE))
      : await createEvent(session.token, createEventBody(full, PARK_TIME_ZONE));
    setBusy(false);
    if (!r.ok) return setError(eventErrorText(t, tt, r.error));
    navigate(eventPath(r.value.id));
  };
  const field = (name: EventField | "kind" | "venue" | "park", label: string, control: ReactNode) => (
    <div className="field company-field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {control}
      {name !== "kind" && name !== "venue" && name !== "park" && problem(name) && (
        <small className="room-form__problem" role="alert" data-testid={`problem-${name}`}>{problem(name)}</small>
      )}
    </div>
  );
  const approvalNote = draft.companyId && !manager;

  return (
    <PageShell title={title}>
      <p className="company-back">{eventId ? <AppLink to={eventPath(eventId)}>← {original?.title ?? t("title")}</AppLink> : <AppLink to="/events">← {t("title")}</AppLink>}</p>
      <section className="company-hero">
        <div>
          <h1>{title}</h1>
          <p className="hero__lead">{t("form.lead")}</p>
        </div>
      </section>
      <form className="card company-card company-form event-form" onSubmit={(e) => void submit(e)} noValidate data-testid="event-form">
        <div className="room-form__row">
          {field("kind", t("form.kind"), (
            <select id={`${id}-kind`} name="kind" className="company-input" value={draft.kind} onChange={(e) => set({ kind: EVENT_KINDS.find((k) => k === e.target.value) ?? "launch" })}>
              {EVENT_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
            </select>
          ))}
          {field("company", t("form.company"), (
            <select id={`${id}-company`} name="company" className="company-input" value={draft.companyId} disabled={editing}
              onChange={(e) => set({ companyId: e.target.value })} aria-invalid={!!problem("company")}>
              {(manager || (editing && !original?.company)) && <option value="">{t("form.thePark")}</option>}
              {!manager && !draft.companyId && <option value="">{t("form.chooseCompany")}</option>}
              {(companies ?? []).map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              {original?.company && !(companies ?? []).some((c) => c.id === original.company?.id) && <option value={original.company.id}>{original.company.name}</option>}
            </select>
          ))}
        </div>
        {field("title", t("form.title"), (
          <input id={`${id}-title`} name="title" className="company-input" value={draft.title} maxLength={EVENT_TITLE_MAX + 10}
            onChange={(e) => set({ title: e.target.value })} aria-invalid={!!problem("title")} />
        ))}
        {field("description", t("form.description"), (
          <textarea id={`${id}-description`} name="description" className="company-input" rows={5} value={draft.description} maxLength={EVENT_DESCRIPTION_MAX + 100}
            onChange={(e) => set({ description: e.target.value })} aria-invalid={!!problem("description")} />
        ))}
        <div className="field company-field">
          <span className="event-form__label">{t("form.cover")}</span>
          <ImagePicker token={session.token} imageId={draft.coverImageId} onChange={(coverImageId) => set({ coverImageId })} label={t("form.cover")} alt={draft.title} />
        </div>
        {!editing && parks.length > 1 && field("park", t("park"), (
          <select id={`${id}-park`} className="company-input" value={draft.parkId} onChange={(e) => set({ parkId: e.target.value, venue: LAUNCH_HALL })}>
            {parks.map((p) => <option key={p.id} value={p.id}>{p.name[lng]}</option>)}
          </select>
        ))}
        <div className="room-form__row room-form__row--three">
          {field("day", t("form.day"), (
            <input id={`${id}-day`} name="day" type="date" className="company-input" value={draft.day} onChange={(e) => set({ day: e.target.value })} aria-invalid={!!problem("day")} />
          ))}
          {field("start", t("form.start"), (
            <input id={`${id}-start`} name="start" type="time" step={300} className="company-input" value={draft.start} onChange={(e) => set({ start: e.target.value })} aria-invalid={!!problem("start")} />
          ))}
          {field("end", t("form.end"), (
            <input id={`${id}-end`} name="end" type="time" step={300} className="company-input" value={draft.end} onChange={(e) => set({ end: e.target.value })} aria-invalid={!!problem("end")} />
          ))}
        </div>
        <small className="company-hint">{t("calendar.zone")}</small>
        {field("venue", t("form.venue"), (
          <select id={`${id}-venue`} name="venue" className="company-input" value={draft.venue} onChange={(e) => set({ venue: e.target.value })}>
            <option value={LAUNCH_HALL}>{t("venue.launchHall")}</option>
            {rooms.map((r) => <option key={r.id} value={r.id}>{r.name} · {t("form.seats", { count: r.capacity })}</option>)}
            {draft.venue !== LAUNCH_HALL && !rooms.some((r) => r.id === draft.venue) && original?.venue.kind === "meeting-room" && <option value={draft.venue}>{original.venue.roomName}</option>}
          </select>
        ))}
        <PeoplePicker token={session.token} selfId={session.user.id} chosen={chosen} onChange={setChosen} />
        {problem("people") && <small className="room-form__problem" role="alert">{problem("people")}</small>}
        {approvalNote && <p className="notice" data-testid="event-approval-note">{t("form.needsApproval")}</p>}
        {error && <div className="notice notice--error" role="alert" data-testid="event-form-error">{error}</div>}
        <div className="room-form__buttons">
          <button type="submit" className="button button--primary" disabled={busy} data-testid="event-submit">{editing ? t("form.save") : t("form.create")}</button>
        </div>
      </form>
    </PageShell>
  );
}

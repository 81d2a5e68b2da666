import { useEffect, useId, useMemo, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { PARK_TIME_ZONE } from "../../../shared/constants.ts";
import { MEETING_TITLE_MAX, type MeetingBooking, type MeetingRoomDetail, type MeetingRoomSummary } from "../../../shared/protocol/meetings.ts";
import type { TaskDetail } from "../../../shared/protocol/tasks.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { createBooking, fetchRoom, listParkRooms, listRoomBookings } from "../../net/meetingApi.ts";
import { fetchTask } from "../../net/taskApi.ts";
import { navigate, roomPath } from "../../router.ts";
import { useSession } from "../../state/session.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { PageShell } from "../companies/PageShell.tsx";
import { useParks } from "../companies/useParks.ts";
import { bookingBody, bookingProblems, DURATIONS, type BookingDraft, type BookingField } from "./bookingDraft.ts";
import { slotOf } from "./calendarLayout.ts";
import { InviteePicker } from "./InviteePicker.tsx";
import { KindBadge, meetingErrorText, Person } from "./MeetingBits.tsx";
import { formatClockSpan } from "./meetingTime.ts";
import { isDayKey, minuteToClock, zonedIso, zonedParts } from "./parkTime.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const uuidParam = (q: URLSearchParams, key: string): string | null => {
  const v = q.get(key);
  return v && UUID.test(v) ? v : null;
};

/** The next quarter hour from now on the park's clock: where a form with no start begins. */
function nextQuarter(now: Date): { day: string; minute: number } {
  const { day, minute } = zonedParts(now, PARK_TIME_ZONE);
  const m = Math.ceil((minute + 1) / 15) * 15;
  return m >= 1440 ? slotOf(zonedIso(day, m, PARK_TIME_ZONE), PARK_TIME_ZONE) ?? { day, minute: 0 } : { day, minute: m };
}

/** /meetings/new?room=&task=&with=&start=: book a room, for a task and with people, seeing what the day holds. */
export default function BookingPage() {
  const { t } = useTranslation("meetings");
  const { t: tt } = useTranslation();
  const lng = useLanguage();
  const session = useSession();
  const parks = useParks();
  const id = useId();
  const query = useMemo(() => new URLSearchParams(location.search), []);
  const withId = uuidParam(query, "with");
  const taskId = uuidParam(query, "task");
  const [draft, setDraft] = useState<BookingDraft>(() => {
    const start = slotOf(query.get("start") ?? "", PARK_TIME_ZONE) ?? nextQuarter(new Date());
    return { roomId: uuidParam(query, "room") ?? "", day: start.day, start: minuteToClock(start.minute), minutes: 60, title: "", inviteeIds: withId ? [withId] : [], taskId };
  });
  const [parkId, setParkId] = useState<string | null>(query.get("park"));
  const [rooms, setRooms] = useState<MeetingRoomSummary[]>([]);
  const [room, setRoom] = useState<MeetingRoomDetail | null>(null);
  const [task, setTask] = useState<TaskDetail | null>(null);
  const [dayBookings, setDayBookings] = useState<MeetingBooking[] | null>(null);
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const token = session?.token ?? null;
  const set = (patch: Partial<BookingDraft>) => setDraft((d) => ({ ...d, ...patch }));

  // The task gives the title and the people; the room named in the address gives the park.
  useEffect(() => {
    if (!taskId) return;
    void fetchTask(taskId, token).then((r) => {
      if (!r.ok) return;
      setTask(r.value);
      setDraft((d) => (d.title ? d : { ...d, title: r.value.title.slice(0, MEETING_TITLE_MAX) }));
    });
  }, [taskId, token]);
  useEffect(() => {
    if (!draft.roomId) return setRoom(null);
    let live = true;
    void fetchRoom(draft.roomId, token).then((r) => {
      if (!live) return;
      setRoom(r.ok ? r.value : null);
      if (r.ok) setParkId((p) => p ?? r.value.parkId);
    });
    return () => { live = false; };
  }, [draft.roomId, token]);
  useEffect(() => {
    if (!parkId && !draft.roomId && parks[0]) setParkId(parks[0].id);
  }, [parks, parkId, draft.roomId]);
  useEffect(() => {
    if (!parkId) return;
    void listParkRooms(parkId, token).then((r) => { if (r.ok) setRooms(r.value.rooms); });
  }, [parkId, token]);
  useEffect(() => {
    if (!draft.roomId || !isDayKey(draft.day)) return setDayBookings(null);
    let live = true;
    void listRoomBookings(draft.roomId, zonedIso(draft.day, 0, PARK_TIME_ZONE), 1, token).then((r) => {
      if (live) setDayBookings(r.ok ? r.value.bookings.filter((b) => !b.cancelled && zonedParts(new Date(b.startsAt), PARK_TIME_ZONE).day <= draft.day) : null);
    });
    return () => { live = false; };
  }, [draft.roomId, draft.day, token]);

  if (!session || session.user.role === "guest") {
    return (
      <PageShell title={t("book.title")}>
        <div className="notice" role="status">{t("book.signIn")} <AppLink to="/">{tt("company.nav.parks")}</AppLink></div>
      </PageShell>
    );
  }

  const problems = bookingProblems(draft, new Date(), PARK_TIME_ZONE, room?.capacity);
  const problem = (field: BookingField) => (touched && problems[field] ? t(`book.problems.${problems[field]}`) : null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    setError(null);
    if (Object.keys(bookingProblems(draft, new Date(), PARK_TIME_ZONE, room?.capacity)).length > 0) return;
    setBusy(true);
    const r = await createBooking(session.token, draft.roomId, bookingBody(draft, PARK_TIME_ZONE));
    setBusy(false);
    if (!r.ok) return setError(meetingErrorText(t, tt, r.error));
    navigate(`/meetings?booked=${r.value.id}`);
  };
  const field = (name: BookingField, label: string, control: ReactNode) => (
    <div className="field company-field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {control}
      {problem(name) && <small className="room-form__problem" role="alert" data-testid={`problem-${name}`}>{problem(name)}</small>}
    </div>
  );

  return (
    <PageShell title={t("book.title")}>
      <p className="company-back">{room ? <AppLink to={roomPath(room.id)}>← {room.name}</AppLink> : <AppLink to="/rooms">← {t("title")}</AppLink>}</p>
      <section className="company-hero">
        <div>
          <h1>{t("book.title")}</h1>
          <p className="hero__lead">{task ? t("book.forTask", { title: task.title }) : t("book.lead")}</p>
        </div>
      </section>
      <div className="room-book">
        <form className="card company-card company-form" onSubmit={(e) => void submit(e)} noValidate data-testid="booking-form">
          {parks.length > 1 && (
            <div className="field company-field">
              <label htmlFor={`${id}-park`}>{t("park")}</label>
              <select id={`${id}-park`} className="company-input" value={parkId ?? ""} onChange={(e) => { setParkId(e.target.value); set({ roomId: "" }); }}>
                {parks.map((p) => <option key={p.id} value={p.id}>{p.name[lng]}</option>)}
              </select>
            </div>
          )}
          {field("room", t("book.room"), (
            <select id={`${id}-room`} name="room" className="company-input" value={draft.roomId} onChange={(e) => set({ roomId: e.target.value })} aria-invalid={!!problem("room")}>
              <option value="">{t("book.chooseRoom")}</option>
              {rooms.map((r) => <option key={r.id} value={r.id}>{r.name} · {t(`kinds.${r.kind}`)} · {t("capacity", { capacity: r.capacity })}</option>)}
              {room && !rooms.some((r) => r.id === room.id) && <option value={room.id}>{room.name}</option>}
            </select>
          ))}
          {room && !room.can.book && <p className="notice notice--error" role="alert">{t("book.mayNotBook")}</p>}
          {field("title", t("book.what"), (
            <input id={`${id}-title`} name="title" className="company-input" value={draft.title} maxLength={MEETING_TITLE_MAX + 10}
              onChange={(e) => set({ title: e.target.value })} aria-invalid={!!problem("title")} />
          ))}
          <div className="room-form__row room-form__row--three">
            {field("day", t("book.day"), (
              <input id={`${id}-day`} name="day" type="date" className="company-input" value={draft.day} onChange={(e) => set({ day: e.target.value })} aria-invalid={!!problem("day")} />
            ))}
            {field("start", t("book.start"), (
              <input id={`${id}-start`} name="start" type="time" step={300} className="company-input" value={draft.start}
                onChange={(e) => set({ start: e.target.value })} aria-invalid={!!problem("start")} />
            ))}
            {field("minutes", t("book.length"), (
              <select id={`${id}-minutes`} name="minutes" className="company-input" value={draft.minutes} onChange={(e) => set({ minutes: Number(e.target.value) })}>
                {DURATIONS.map((m) => <option key={m} value={m}>{m < 60 ? t("durationMinutes", { count: m }) : t("durationHours", { count: m / 60 })}</option>)}
              </select>
            ))}
          </div>
          <small className="company-hint">{t("calendar.zone")}</small>
          {task && <p className="room-book__task">{t("book.task")} <AppLink to={`/tasks/${task.id}`}>{task.title}</AppLink></p>}
          <InviteePicker token={session.token} selfId={session.user.id} withId={withId} task={task} chosen={draft.inviteeIds}
            onChange={(inviteeIds) => set({ inviteeIds })} />
          {problem("invitees") && <small className="room-form__problem" role="alert">{problem("invitees")}</small>}
          {error && <div className="notice notice--error" role="alert" data-testid="booking-error">{error}</div>}
          <div className="room-form__buttons">
            <button type="submit" className="button button--primary" disabled={busy || (room !== null && !room.can.book)} data-testid="booking-submit">{t("book.submit")}</button>
          </div>
        </form>

        <aside className="card company-card room-book__day" aria-label={t("book.dayTaken")} data-testid="booking-day">
          <h2>{t("book.dayTaken")}</h2>
          {room && <p><strong>{room.name}</strong> <KindBadge kind={room.kind} /></p>}
          {!draft.roomId ? <p className="muted">{t("book.chooseRoomFirst")}</p>
            : dayBookings === null ? <p className="muted">{tt("company.loading")}</p>
              : dayBookings.length === 0 ? <p className="muted">{t("book.dayFree")}</p>
                : (
                  <ul className="room-upcoming">
                    {dayBookings.map((b) => (
                      <li key={b.id}><strong>{formatClockSpan(b.startsAt, b.endsAt, lng)}</strong> <span>{b.title || t("calendar.taken")}</span> <Person person={b.booker} /></li>
                    ))}
                  </ul>
                )}
        </aside>
      </div>
    </PageShell>
  );
}

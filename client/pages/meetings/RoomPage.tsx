import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { PARK_TIME_ZONE } from "../../../shared/constants.ts";
import type { ApiError } from "../../../shared/protocol/http.ts";
import type { MeetingBooking, MeetingRoomAbilities, MeetingRoomDetail } from "../../../shared/protocol/meetings.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { fetchRoom, listRoomBookings } from "../../net/meetingApi.ts";
import { navigate, parkPath, roomInsidePath } from "../../router.ts";
import { useSession } from "../../state/session.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { PageShell } from "../companies/PageShell.tsx";
import { ClinicHoursEditor, ClinicHoursList } from "./ClinicHoursEditor.tsx";
import { KindBadge, meetingErrorText, OwnerLine, Person, VisibilityChip } from "./MeetingBits.tsx";
import { bookingPath, roomsPath } from "./meetingLinks.ts";
import { formatSpan } from "./meetingTime.ts";
import { addDays, mondayOf, zonedIso, zonedParts } from "./parkTime.ts";
import { RoomSettings } from "./RoomSettings.tsx";
import { WeekCalendar } from "./WeekCalendar.tsx";

type Load = { state: "loading" } | { state: "ready"; room: MeetingRoomDetail } | { state: "failed"; error: ApiError };
/** Entering refused outright: the button says why and does nothing. */
const REFUSED: ReadonlySet<MeetingRoomAbilities["enter"]> = new Set(["full", "invite-only", "locked"]);

/** /rooms/:id: a room, the way in, its week of bookings, clinic hours, and its settings for those who may change them. */
export default function RoomPage({ roomId }: { roomId: string }) {
  const { t } = useTranslation("meetings");
  const { t: tt } = useTranslation();
  const lng = useLanguage();
  const session = useSession();
  const token = session?.token ?? null;
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [monday, setMonday] = useState(() => mondayOf(zonedParts(new Date(), PARK_TIME_ZONE).day));
  const [week, setWeek] = useState<{ monday: string; bookings: MeetingBooking[] } | null>(null);
  const [weekError, setWeekError] = useState<ApiError | null>(null);
  const [now, setNow] = useState(() => new Date());
  const confirmed = new URLSearchParams(location.search).get("booked");

  const reload = useCallback(async () => {
    const r = await fetchRoom(roomId, token);
    setLoad(r.ok ? { state: "ready", room: r.value } : { state: "failed", error: r.error });
  }, [roomId, token]);
  useEffect(() => { void reload(); }, [reload]);

  useEffect(() => {
    let live = true;
    setWeekError(null);
    void listRoomBookings(roomId, zonedIso(monday, 0, PARK_TIME_ZONE), 7, token).then((r) => {
      if (!live) return;
      if (r.ok) setWeek({ monday, bookings: r.value.bookings });
      else setWeekError(r.error);
    });
    setNow(new Date());
    return () => { live = false; };
  }, [roomId, monday, token]);

  if (load.state !== "ready") {
    return (
      <PageShell title={t("title")}>
        <p className="company-back"><AppLink to="/rooms">← {t("title")}</AppLink></p>
        {load.state === "loading" ? <p className="muted" role="status">{tt("company.loading")}</p>
          : <div className="notice notice--error" role="alert">{meetingErrorText(t, tt, load.error)}</div>}
      </PageShell>
    );
  }
  const room = load.room;
  const enter = room.can.enter;
  const manager = session?.user.role === "manager";
  const goIn = () => {
    if (enter === "sign-in") navigate("/");
    else navigate(roomInsidePath(room.id));
  };
  const pick = room.can.book
    ? (day: string, minute: number) => navigate(bookingPath({ room: room.id, start: zonedIso(day, minute, PARK_TIME_ZONE) }))
    : null;

  return (
    <PageShell title={room.name}>
      <p className="company-back"><AppLink to={roomsPath(room.parkId)}>← {t("title")}</AppLink></p>
      {confirmed && <div className="notice room-notice--ok" role="status" data-testid="booking-confirmed">{t("book.confirmed")}</div>}
      <article className={`room-page room-card--${room.kind}`} data-testid="room-page" data-room-id={room.id}>
        <header className="card room-page__head">
          <div className="room-page__title">
            <h1 data-testid="room-name">{room.name}</h1>
            <KindBadge kind={room.kind} />
          </div>
          {room.description && <p className="company-description">{room.description}</p>}
          <div className="room-card__meta">
            <VisibilityChip visibility={room.visibility} />
            <span className="room-present" data-testid="room-present">{t("present", { present: room.present, capacity: room.capacity })}</span>
            {room.kind === "clinic" && (
              <span className={`chip room-clinic${room.clinicOpen ? " room-clinic--open" : ""}`}>{room.clinicOpen ? t("clinicOpen") : t("clinicClosed")}</span>
            )}
            <OwnerLine owner={room.owner} />
          </div>
          {room.current && (
            <p className="room-page__now" data-testid="room-current">
              <strong>{t("now")}</strong> {room.current.title || t("calendar.taken")} · {formatSpan(room.current.startsAt, room.current.endsAt, lng)}
            </p>
          )}
          <div className="room-page__actions">
            <button type="button" className="button button--primary" disabled={REFUSED.has(enter)} onClick={goIn} data-testid="room-go-in" data-enter={enter}>
              {t(`enter.${enter}`)}
            </button>
            {room.doorId && (
              <button type="button" className="button button--ghost" data-testid="room-walk"
                onClick={() => navigate(parkPath(room.parkId), { state: { door: room.doorId ?? undefined } })}>{t("walkThere")}</button>
            )}
            {room.can.book && <AppLink to={bookingPath({ room: room.id })} className="button button--ghost" data-testid="room-book">{t("book.action")}</AppLink>}
          </div>
        </header>

        <div className="room-page__body">
          <section className="card company-card room-page__calendar" aria-label={t("calendar.title")}>
            <h2>{t("calendar.title")}</h2>
            {weekError && <div className="notice notice--error" role="alert">{meetingErrorText(t, tt, weekError)}</div>}
            <WeekCalendar monday={monday} bookings={week?.monday === monday ? week.bookings : []} now={now} clinicHours={room.kind === "clinic" ? room.hours : []}
              busy={week?.monday !== monday} onWeek={(d) => setMonday((m) => addDays(m, 7 * d))} onPick={pick} />
          </section>

          <aside className="room-page__side">
            {room.upcoming.length > 0 && (
              <section className="card company-card" aria-label={t("upcoming")}>
                <h2>{t("upcoming")}</h2>
                <ul className="room-upcoming">
                  {room.upcoming.slice(0, 6).map((b) => (
                    <li key={b.id}>
                      <strong>{b.title || t("calendar.taken")}</strong>
                      <span className="muted">{formatSpan(b.startsAt, b.endsAt, lng)}</span>
                      <Person person={b.booker} />
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {room.kind === "clinic" && !room.can.edit && (
              <section className="card company-card" aria-label={t("hours.title")}>
                <h2>{t("hours.title")}</h2>
                <ClinicHoursList hours={room.hours} />
              </section>
            )}
            {room.can.edit && token && (
              <>
                <RoomSettings room={room} token={token} manager={manager} onSaved={(next) => setLoad({ state: "ready", room: next })} />
                {room.kind === "clinic" && (
                  <ClinicHoursEditor room={room} token={token} onSaved={(next) => setLoad({ state: "ready", room: next })} />
                )}
              </>
            )}
          </aside>
        </div>
      </article>
    </PageShell>
  );
}

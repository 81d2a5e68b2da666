import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError } from "../../../shared/protocol/http.ts";
import type { MeetingBooking } from "../../../shared/protocol/meetings.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { cancelBooking, fetchMyMeetings } from "../../net/meetingApi.ts";
import { navigate, roomInsidePath, roomPath } from "../../router.ts";
import { useSession } from "../../state/session.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { PageShell } from "../companies/PageShell.tsx";
import { meetingErrorText, Person } from "./MeetingBits.tsx";
import { formatSpan, GO_IN_EARLY_MINUTES, meetingOpen } from "./meetingTime.ts";

type Load = { state: "loading" } | { state: "ready"; bookings: MeetingBooking[] } | { state: "failed"; error: ApiError };

/** /meetings: the meetings I booked or was invited to, from now on, with the way in and cancelling for the booker. */
export default function MyMeetingsPage() {
  const { t } = useTranslation("meetings");
  const { t: tt } = useTranslation();
  const lng = useLanguage();
  const session = useSession();
  const token = session?.token ?? null;
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [now, setNow] = useState(() => new Date());
  const booked = new URLSearchParams(location.search).get("booked");

  const reload = useCallback(async () => {
    if (!token) return;
    const r = await fetchMyMeetings(token);
    setLoad(r.ok ? { state: "ready", bookings: r.value.bookings } : { state: "failed", error: r.error });
    setNow(new Date());
  }, [token]);
  useEffect(() => { void reload(); }, [reload]);
  // "Go in" opens a few minutes before the start: look at the clock again every half minute.
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);

  if (!session || session.user.role === "guest") {
    return (
      <PageShell title={t("myMeetings")}>
        <div className="notice" role="status">{t("book.signIn")} <AppLink to="/">{tt("company.nav.parks")}</AppLink></div>
      </PageShell>
    );
  }

  const cancel = async (b: MeetingBooking) => {
    if (!window.confirm(t("mine.cancelConfirm", { title: b.title }))) return;
    setMessage(null);
    const r = await cancelBooking(session.token, b.id);
    if (!r.ok) return setMessage({ kind: "error", text: meetingErrorText(t, tt, r.error) });
    setMessage({ kind: "ok", text: t("mine.cancelled", { title: b.title }) });
    await reload();
  };
  const shown = load.state === "ready" ? load.bookings.filter((b) => !b.cancelled && new Date(b.endsAt).getTime() > now.getTime()) : [];

  return (
    <PageShell title={t("myMeetings")}>
      <section className="company-hero">
        <div>
          <h1>{t("myMeetings")}</h1>
          <p className="hero__lead">{t("mine.lead")}</p>
        </div>
        <AppLink to="/rooms" className="button button--ghost">{t("title")}</AppLink>
      </section>
      {booked && <div className="notice room-notice--ok" role="status" data-testid="booking-confirmed">{t("book.confirmed")}</div>}
      {message && <div className={message.kind === "error" ? "notice notice--error" : "notice room-notice--ok"} role={message.kind === "error" ? "alert" : "status"}>{message.text}</div>}
      {load.state === "loading" && <p className="muted" role="status">{tt("company.loading")}</p>}
      {load.state === "failed" && <div className="notice notice--error" role="alert">{meetingErrorText(t, tt, load.error)}</div>}
      {load.state === "ready" && (shown.length === 0
        ? <p className="company-empty">{t("mine.none")} <AppLink to="/rooms">{t("mine.findRoom")}</AppLink></p>
        : (
          <ul className="room-meetings" data-testid="my-meetings">
            {shown.map((b) => {
              const open = meetingOpen(b, now);
              const mine = b.booker.id === session.user.id;
              return (
                <li key={b.id} className={`card room-meeting${b.id === booked ? " room-meeting--new" : ""}`} data-testid="meeting" data-booking-id={b.id}>
                  <div className="room-meeting__when">
                    <strong>{formatSpan(b.startsAt, b.endsAt, lng)}</strong>
                    {open && <span className="chip room-clinic--open">{t("mine.open")}</span>}
                  </div>
                  <div className="room-meeting__what">
                    <h2 data-testid="meeting-title">{b.title}</h2>
                    <p>
                      <AppLink to={roomPath(b.roomId)}>{b.roomName}</AppLink>
                      {b.task && <> · {t("mine.task")} <AppLink to={`/tasks/${b.task.id}`} data-testid="meeting-task">{b.task.title}</AppLink></>}
                    </p>
                    <div className="room-meeting__people">
                      <span className="muted">{mine ? t("mine.youBooked") : t("mine.bookedBy")}</span> {!mine && <Person person={b.booker} />}
                      {b.invitees.length > 0 && <><span className="muted">{t("mine.with")}</span> {b.invitees.map((p) => <Person key={p.id} person={p} />)}</>}
                    </div>
                  </div>
                  <div className="room-meeting__actions">
                    <button type="button" className="button button--primary" disabled={!open} onClick={() => navigate(roomInsidePath(b.roomId))}
                      title={open ? undefined : t("mine.opensAt", { minutes: GO_IN_EARLY_MINUTES })} data-testid="meeting-go-in">{t("enter.enter")}</button>
                    {mine && <button type="button" className="button button--ghost company-button--danger" onClick={() => void cancel(b)} data-testid="meeting-cancel">{t("mine.cancel")}</button>}
                  </div>
                </li>
              );
            })}
          </ul>
        ))}
    </PageShell>
  );
}

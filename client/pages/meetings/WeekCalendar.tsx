import { useTranslation } from "react-i18next";
import { PARK_TIME_ZONE } from "../../../shared/constants.ts";
import type { ClinicHours, MeetingBooking } from "../../../shared/protocol/meetings.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { CALENDAR_FIRST_MINUTE, CALENDAR_LAST_MINUTE, calendarSlots, inClinicHours, layoutWeek, slotFree, SLOT_MINUTES } from "./calendarLayout.ts";
import { formatClockSpan, formatDayHeading, formatSpan } from "./meetingTime.ts";
import { minuteToClock, weekOf, zonedParts } from "./parkTime.ts";

const HOURS = Array.from({ length: (CALENDAR_LAST_MINUTE - CALENDAR_FIRST_MINUTE) / 60 }, (_, i) => CALENDAR_FIRST_MINUTE + i * 60);

/**
 * A week of a room's bookings on the park's clock, 08:00–20:00: each booking a block placed by its
 * time, each free half hour a button that books it (when `onPick` is given), a clinic's hours tinted.
 */
export function WeekCalendar({ monday, bookings, clinicHours, now, onWeek, onPick, busy }: {
  monday: string;
  bookings: readonly MeetingBooking[];
  clinicHours: readonly ClinicHours[];
  now: Date;
  onWeek: (delta: number) => void;
  onPick: ((day: string, minute: number) => void) | null;
  busy: boolean;
}) {
  const { t } = useTranslation("meetings");
  const lng = useLanguage();
  const days = weekOf(monday);
  const blocks = layoutWeek(bookings, days, PARK_TIME_ZONE);
  const today = zonedParts(now, PARK_TIME_ZONE).day;
  const first = formatDayHeading(days[0]!, lng);
  const last = formatDayHeading(days[6]!, lng);

  return (
    <div className="room-calendar" data-testid="room-calendar" aria-busy={busy}>
      <div className="room-calendar__bar">
        <button type="button" className="button button--ghost company-button--small" onClick={() => onWeek(-1)} data-testid="calendar-prev">← {t("calendar.prev")}</button>
        <strong className="room-calendar__range" data-testid="calendar-range">{first.date} – {last.date}</strong>
        <button type="button" className="button button--ghost company-button--small" onClick={() => onWeek(1)} data-testid="calendar-next">{t("calendar.next")} →</button>
      </div>
      <p className="company-hint room-calendar__hint">
        <span>{onPick ? t("calendar.hint") : t("calendar.readOnly")}</span><span>{t("calendar.zone")}</span>
        {clinicHours.length > 0 && <span className="room-calendar__legend">{t("calendar.clinicHours")}</span>}
      </p>
      <div className="room-calendar__grid">
        <div className="room-calendar__corner" aria-hidden="true" />
        {days.map((day) => {
          const h = formatDayHeading(day, lng);
          return <div key={day} className={`room-calendar__day-head${day === today ? " room-calendar__day-head--today" : ""}`}><span>{h.weekday}</span> <span>{h.date}</span></div>;
        })}
        <div className="room-calendar__hours" aria-hidden="true">
          {HOURS.map((m) => <span key={m} className="room-calendar__hour">{minuteToClock(m)}</span>)}
        </div>
        {days.map((day, dayIndex) => (
          <div key={day} className="room-calendar__column" data-day={day}>
            {calendarSlots().map((minute) => {
              const free = onPick !== null && slotFree(bookings, day, minute, PARK_TIME_ZONE, now);
              const clinic = inClinicHours(clinicHours, day, minute) ? " room-calendar__slot--clinic" : "";
              const label = `${formatDayHeading(day, lng).weekday} ${formatDayHeading(day, lng).date} ${minuteToClock(minute)}`;
              return free
                ? <button key={minute} type="button" className={`room-calendar__slot room-calendar__slot--free${clinic}`} data-slot={`${day}T${minuteToClock(minute)}`}
                  aria-label={t("calendar.book", { when: label })} title={t("calendar.book", { when: label })} onClick={() => onPick(day, minute)} />
                : <span key={minute} className={`room-calendar__slot${clinic}`} aria-hidden="true" />;
            })}
            {blocks.filter((b) => b.dayIndex === dayIndex).map((b) => (
              <div key={b.booking.id} className={`room-calendar__block${b.cutBefore ? " room-calendar__block--cut-before" : ""}${b.cutAfter ? " room-calendar__block--cut-after" : ""}`}
                style={{ top: `${b.top * 100}%`, height: `${b.height * 100}%` }} data-testid="calendar-block" data-booking-id={b.booking.id}
                title={`${b.booking.title || t("calendar.taken")} · ${formatSpan(b.booking.startsAt, b.booking.endsAt, lng)} · ${b.booking.booker.displayName}`}>
                <strong>{b.booking.title || t("calendar.taken")}</strong>
                <span>{formatClockSpan(b.booking.startsAt, b.booking.endsAt, lng)}</span>
              </div>
            ))}
          </div>
        ))}
      </div>
      <span className="company-sr-only">{t("calendar.slotLength", { minutes: SLOT_MINUTES })}</span>
    </div>
  );
}

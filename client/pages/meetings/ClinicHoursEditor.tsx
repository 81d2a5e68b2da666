import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ClinicHours, MeetingRoomDetail } from "../../../shared/protocol/meetings.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { putClinicHours } from "../../net/meetingApi.ts";
import { hoursRows, nextRow, readHours, type HoursRow } from "./clinicHoursDraft.ts";
import { meetingErrorText } from "./MeetingBits.tsx";
import { minuteToClock } from "./parkTime.ts";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
/** ISO weekday 1 (Monday) … 7 as the reader says it; 2024-01-01 was a Monday. */
const weekdayName = (weekday: number, lng: string, width: "long" | "short" = "long") =>
  new Intl.DateTimeFormat(lng, { weekday: width, timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, weekday)));

/** The weekly clinic hours as text, for visitors. */
export function ClinicHoursList({ hours }: { hours: readonly ClinicHours[] }) {
  const { t } = useTranslation("meetings");
  const lng = useLanguage();
  if (hours.length === 0) return <p className="muted">{t("hours.none")}</p>;
  return (
    <ul className="room-hours" data-testid="clinic-hours">
      {hoursRows(hours).map((h) => <li key={`${h.weekday}-${h.start}`}><span>{weekdayName(h.weekday, lng)}</span> <span>{h.start} – {h.end}</span></li>)}
    </ul>
  );
}

/** Weekly clinic hours, span by span (a weekday and its start and end), saved all at once. */
export function ClinicHoursEditor({ room, token, onSaved }: { room: MeetingRoomDetail; token: string; onSaved: (room: MeetingRoomDetail) => void }) {
  const { t } = useTranslation("meetings");
  const { t: tt } = useTranslation();
  const lng = useLanguage();
  const id = useId();
  const [rows, setRows] = useState<HoursRow[]>(() => hoursRows(room.hours));
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (i: number, patch: Partial<HoursRow>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const save = async () => {
    setMessage(null);
    const read = readHours(rows);
    if (!read.ok) return setMessage({ kind: "error", text: t(`hours.problems.${read.problem}`, { row: read.row + 1 }) });
    setBusy(true);
    const r = await putClinicHours(token, room.id, read.hours);
    setBusy(false);
    if (!r.ok) return setMessage({ kind: "error", text: meetingErrorText(t, tt, r.error) });
    setRows(hoursRows(r.value.hours));
    setMessage({ kind: "ok", text: t("settings.saved") });
    onSaved(r.value);
  };

  return (
    <section className="card company-card" aria-labelledby={`${id}-h`} data-testid="clinic-hours-editor">
      <h2 id={`${id}-h`}>{t("hours.title")}</h2>
      <p className="company-hint">{t("hours.hint")}</p>
      {rows.length === 0 && <p className="muted">{t("hours.none")}</p>}
      <ul className="room-hours-edit">
        {rows.map((r, i) => (
          <li key={i} className="room-hours-edit__row">
            <select className="company-input" aria-label={t("hours.weekday")} value={r.weekday} onChange={(e) => set(i, { weekday: Number(e.target.value) })}>
              {WEEKDAYS.map((w) => <option key={w} value={w}>{weekdayName(w, lng)}</option>)}
            </select>
            <input type="time" className="company-input" aria-label={t("hours.start")} value={r.start} step={900} onChange={(e) => set(i, { start: e.target.value })} />
            <span aria-hidden="true">–</span>
            <input type="time" className="company-input" aria-label={t("hours.end")} value={r.end === minuteToClock(1440) ? "23:59" : r.end} step={900}
              onChange={(e) => set(i, { end: e.target.value === "23:59" ? minuteToClock(1440) : e.target.value })} />
            <button type="button" className="button button--ghost company-button--small" aria-label={t("hours.remove")} title={t("hours.remove")}
              onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}>✕</button>
          </li>
        ))}
      </ul>
      {message && <p className={message.kind === "error" ? "notice notice--error" : "company-saved"} role={message.kind === "error" ? "alert" : "status"}>{message.text}</p>}
      <div className="room-form__buttons">
        <button type="button" className="button button--ghost company-button--small" onClick={() => setRows((rs) => [...rs, nextRow(rs)])}>+ {t("hours.add")}</button>
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void save()} data-testid="hours-save">{t("hours.save")}</button>
      </div>
    </section>
  );
}

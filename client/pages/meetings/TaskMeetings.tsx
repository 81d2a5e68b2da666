import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MeetingBooking } from "../../../shared/protocol/meetings.ts";
import type { TaskDetail } from "../../../shared/protocol/tasks.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { fetchTaskMeetings } from "../../net/meetingApi.ts";
import { roomPath } from "../../router.ts";
import { useSession } from "../../state/session.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { formatSpan } from "./meetingTime.ts";
import { bookingPath } from "./meetingLinks.ts";
import { readerSide, taskMeetingPartners } from "./taskMeetingPartners.ts";

/** On a task's page: the meetings booked about it, and "Book a meeting" with the people on the other side. */
export function TaskMeetings({ task }: { task: TaskDetail }) {
  const { t } = useTranslation("meetings");
  const lng = useLanguage();
  const session = useSession();
  const id = useId();
  const token = session?.token ?? null;
  const [meetings, setMeetings] = useState<MeetingBooking[]>([]);
  const selfId = session && session.user.role !== "guest" ? session.user.id : null;
  const partners = taskMeetingPartners(task, selfId);
  // Only the task's sides and managers may see its meetings: others are not asked (the refusal would be logged).
  const mayList = session?.user.role === "manager" || readerSide(task, selfId) !== null;

  useEffect(() => {
    if (!token || !mayList) return;
    let live = true;
    // A refusal (the side changed since the page loaded) lists none.
    void fetchTaskMeetings(token, task.id).then((r) => { if (live) setMeetings(r.ok ? r.value.bookings.filter((b) => !b.cancelled) : []); });
    return () => { live = false; };
  }, [token, task.id, mayList]);

  if (partners.length === 0 && meetings.length === 0) return null;
  return (
    <section className="card company-card room-task-meetings" aria-labelledby={`${id}-h`} data-testid="task-meetings">
      <h2 id={`${id}-h`}>{t("task.title")}</h2>
      {meetings.length === 0 ? <p className="muted">{t("task.none")}</p> : (
        <ul>
          {meetings.map((b) => (
            <li key={b.id} data-testid="task-meeting">
              <strong>{b.title}</strong>
              <span className="muted">{formatSpan(b.startsAt, b.endsAt, lng)} · <AppLink to={roomPath(b.roomId)}>{b.roomName}</AppLink></span>
            </li>
          ))}
        </ul>
      )}
      {partners.length > 0 && (
        <div className="room-task-meetings__book">
          {partners.map((p) => (
            <AppLink key={p.id} to={bookingPath({ task: task.id, with: p.id })} className="button button--ghost company-button--small"
              data-testid="task-book-meeting" data-with={p.id}>
              {partners.length === 1 ? t("task.book") : t("task.bookWith", { name: p.displayName })}
            </AppLink>
          ))}
        </div>
      )}
    </section>
  );
}

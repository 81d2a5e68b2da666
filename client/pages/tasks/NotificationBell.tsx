import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { EVENT_NOTIFICATION_KINDS } from "../../../shared/protocol/events.ts";
import type { Notification } from "../../../shared/protocol/tasks.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { eventPath, navigate, roomPath } from "../../router.ts";
import { notificationsStore, useNotifications } from "../../state/notifications.ts";
import { useSession } from "../../state/session.ts";
import { isLabelled } from "./TaskHistory.tsx";
import { taskPath } from "./TaskBits.tsx";

/** The event notification kinds (shared/protocol/events.ts) and the events:notify.* line each gets. */
type EventSaid = "starting" | "approved" | "rejected" | "cancelled";
const EVENT_KINDS: Record<(typeof EVENT_NOTIFICATION_KINDS)[number], EventSaid> = {
  "event-starting": "starting", "event-approved": "approved", "event-rejected": "rejected", "event-cancelled": "cancelled",
};
const EVENT_KINDS_SAID: Partial<Record<string, EventSaid>> = EVENT_KINDS;

const text = (v: unknown): string | null => (typeof v === "string" && v ? v : null);

/** Where a notification leads, and what it says: the task's title and what happened to it, or the meeting's and its room. */
function describe(n: Notification): {
  to: string; title: string; action: string | null; by: string | null; meeting?: "invited" | "cancelled"; event?: EventSaid;
} {
  const eventId = text(n.payload.eventId);
  const eventKind = EVENT_KINDS_SAID[n.kind];
  if (eventKind && eventId) return { to: eventPath(eventId), title: text(n.payload.title) ?? "", action: null, by: null, event: eventKind };
  const roomId = text(n.payload.roomId);
  if ((n.kind === "meeting-invited" || n.kind === "meeting-cancelled") && roomId) {
    const room = text(n.payload.roomName);
    return { to: roomPath(roomId), title: `${text(n.payload.title) ?? ""}${room ? ` · ${room}` : ""}`, action: null, by: text(n.payload.byName), meeting: n.kind === "meeting-invited" ? "invited" : "cancelled" };
  }
  const taskId = text(n.payload.taskId);
  if (taskId) return { to: taskPath(taskId), title: text(n.payload.taskTitle) ?? "", action: text(n.payload.action), by: text(n.payload.byName) };
  return { to: "/me", title: "", action: null, by: null };
}

/**
 * The bell of a signed-in person: unread count, the list on open (loaded then, and again when the
 * park room pings), each entry a link to its task. `inPark`: links leave the park in a new tab.
 */
export function NotificationBell({ inPark = false }: { inPark?: boolean }) {
  const { t } = useTranslation();
  const { t: tm } = useTranslation("meetings");
  const { t: te } = useTranslation("events");
  const lng = useLanguage();
  const session = useSession();
  const id = useId();
  const unread = useNotifications((s) => s.unread);
  const items = useNotifications((s) => s.items);
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const token = session?.token ?? null;

  useEffect(() => { if (token) void notificationsStore.refresh(token); }, [token]);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => { if (box.current && !box.current.contains(e.target as Node)) setOpen(false); };
    const key = (e: KeyboardEvent) => { if (e.key === "Escape") setOpen(false); };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", key);
    return () => { document.removeEventListener("mousedown", close); document.removeEventListener("keydown", key); };
  }, [open]);

  if (!session || session.user.role === "guest") return null;

  const toggle = () => {
    if (!open) void notificationsStore.refresh(session.token);
    setOpen(!open);
  };
  const follow = (n: Notification, to: string) => {
    if (!n.read) void notificationsStore.markRead(session.token, [n.id]);
    setOpen(false);
    if (inPark) window.open(to, "_blank", "noopener");
    else navigate(to);
  };

  return (
    <div className="task-bell" ref={box}>
      <button type="button" className="task-bell__button" aria-expanded={open} aria-controls={`${id}-list`} onClick={toggle}
        aria-label={`${t("tasks.notifications.label")}${unread > 0 ? ` (${unread})` : ""}`} data-testid="notification-bell">
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.5A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.5L18 12.6V9a6 6 0 0 0-6-6zm-2.5 15.5a2.5 2.5 0 0 0 5 0z" /></svg>
        {unread > 0 && <span className="task-bell__count" data-testid="notification-count">{unread > 99 ? "99+" : unread}</span>}
      </button>
      {open && (
        <div id={`${id}-list`} className="task-bell__panel" role="dialog" aria-label={t("tasks.notifications.label")}>
          <div className="task-bell__head">
            <strong>{t("tasks.notifications.label")}</strong>
            {unread > 0 && <button type="button" className="button button--ghost company-button--small" onClick={() => void notificationsStore.markRead(session.token)}>{t("tasks.notifications.markRead")}</button>}
          </div>
          {items.length === 0 ? <p className="muted task-bell__empty">{t("tasks.notifications.empty")}</p> : (
            <ul className="task-bell__list">
              {items.map((n) => {
                const d = describe(n);
                return (
                  <li key={n.id} className={n.read ? "task-bell__item" : "task-bell__item task-bell__item--unread"}>
                    <a href={d.to} onClick={(e) => { e.preventDefault(); follow(n, d.to); }}>
                      <span className="task-bell__what">{d.by && `${d.by} · `}{d.event ? te(`notify.${d.event}`) : d.meeting ? tm(`notify.${d.meeting}`) : d.action && isLabelled(d.action) ? t(`tasks.actions.${d.action}`) : d.title ? t("tasks.title") : t("tasks.queues.experts")}</span>
                      {d.title && <span className="task-bell__title">{d.title}</span>}
                      <span className="task-bell__when muted">{new Date(n.createdAt).toLocaleString(lng, { dateStyle: "short", timeStyle: "short" })}</span>
                    </a>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

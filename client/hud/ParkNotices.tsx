import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../pages/companies/AppLink.tsx";
import { dismissNotice, expireNotices, nextExpiry, noticesStore, noticeWording, useNotices } from "../state/notices.ts";
import { taskPath } from "../state/taskBoard.ts";

/** Park news at the top centre: a task posted, taken or completed, each for a few seconds, linking to the task. */
export function ParkNotices() {
  const { t } = useTranslation();
  const entries = useNotices();

  // One timer for the next notice to run out; it is set again whenever the list changes.
  useEffect(() => {
    const at = nextExpiry(entries);
    if (at === null) return;
    const timer = setTimeout(() => expireNotices(noticesStore, Date.now()), Math.max(0, at - Date.now()) + 20);
    return () => clearTimeout(timer);
  }, [entries]);

  if (entries.length === 0) return null;
  return (
    <section className="notice-stack" aria-label={t("tasks.park.notice.region")} aria-live="polite" data-testid="park-notices">
      {entries.map((e) => {
        const w = noticeWording(e.notice);
        return (
          <div key={e.id} className={`notice-toast notice-toast--${e.notice.kind}`} data-testid="park-notice" data-kind={e.notice.kind}>
            <span className="notice-toast__dot" aria-hidden="true" />
            <AppLink to={taskPath(e.notice.taskId)} className="notice-toast__text">{t(w.key, w.values)}</AppLink>
            <button type="button" className="notice-toast__close" aria-label={t("tasks.park.notice.dismiss")} onClick={() => dismissNotice(noticesStore, e.id)}>×</button>
          </div>
        );
      })}
    </section>
  );
}

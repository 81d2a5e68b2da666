import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TaskSummary } from "../../shared/protocol/tasks.ts";
import { listCompanyTasks } from "../net/taskApi.ts";
import { AppLink } from "../pages/companies/AppLink.tsx";
import { useLatestNotice, useNoticesReceived } from "../state/notices.ts";
import { useSession } from "../state/session.ts";
import { taskPath } from "../state/taskBoard.ts";

/**
 * A booth's open tasks, each linking to its page. Loaded again when the booth's company changes
 * (its sign's version) or a park notice names this company; nothing is shown when there are none.
 */
export function BoothOpenTasks({ companyId, companyName, version }: { companyId: string; companyName: string; version: number }) {
  const { t, i18n } = useTranslation();
  const token = useSession()?.token ?? null;
  const [tasks, setTasks] = useState<TaskSummary[]>([]);
  const received = useNoticesReceived();
  const latest = useLatestNotice();
  // Only notices about this company count; others leave the key (and the list) alone.
  const [noticeKey, setNoticeKey] = useState(0);
  useEffect(() => {
    if (latest && latest.company === companyName) setNoticeKey(received);
  }, [latest, received, companyName]);

  useEffect(() => {
    let live = true;
    void listCompanyTasks(companyId, token).then((r) => {
      // A failed load keeps what is shown.
      if (live && r.ok) setTasks(r.value.tasks.filter((task) => task.status === "open"));
    });
    return () => { live = false; };
  }, [companyId, version, token, noticeKey]);

  if (tasks.length === 0) return null;
  return (
    <section className="booth-panel__section" data-testid="booth-open-tasks">
      <h3>{t("tasks.park.booth.openTasks")}</h3>
      <ul className="taskcard-list">
        {tasks.map((task) => (
          <li key={task.id}>
            <AppLink to={taskPath(task.id)} className="taskcard-list__title">{task.title}</AppLink>
            <span className="taskcard-list__meta">
              {task.budget === null ? t("tasks.park.board.negotiable") : t("tasks.park.board.budget", { amount: task.budget.toLocaleString(i18n.language) })}
              {" · "}
              {task.deadline === null ? t("tasks.park.board.noDeadline") : t("tasks.park.board.due", { date: task.deadline })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

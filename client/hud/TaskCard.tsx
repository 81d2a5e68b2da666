import { addEffect } from "@react-three/fiber";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ParkLayout } from "../../shared/protocol/parkLayout.ts";
import type { TaskDetail } from "../../shared/protocol/tasks.ts";
import { fetchTask } from "../net/taskApi.ts";
import { useTaskBoardFeed } from "../net/taskBoardFeed.ts";
import { AppLink } from "../pages/companies/AppLink.tsx";
import { useSession } from "../state/session.ts";
import { closeTaskCard, taskBoardScreen, taskPath, useDrawnRows, useOpenTaskId } from "../state/taskBoard.ts";

type Load = { state: "loading" } | { state: "ready"; task: TaskDetail } | { state: "failed" };

/** How much of the description the card shows: the rest is on the task page. */
const DESCRIPTION_CHARS = 220;

/**
 * The task board's side of the HUD: keeps the board's list fresh while the park has a task board,
 * and shows the card of the task clicked on it (title, who, budget, deadline, skills, the start of
 * the description) with links to the task page and its application form.
 */
export function TaskCard({ layout }: { layout: ParkLayout }) {
  const hasBoard = layout.boards.some((b) => b.kind === "task-board");
  useTaskBoardFeed(hasBoard);
  const openId = useOpenTaskId();
  // Leaving the park (or editing it) closes the card: it belongs to this visit.
  useEffect(() => closeTaskCard, []);
  return (
    <>
      {hasBoard && <BoardRowsProbe />}
      {openId && <OpenCard key={openId} id={openId} />}
    </>
  );
}

/** What the board shows, readable from the page (tests read the rows and where they are on screen). */
function BoardRowsProbe() {
  const drawn = useDrawnRows();
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => addEffect(() => {
    const text = JSON.stringify(taskBoardScreen.rows);
    if (el.current && el.current.dataset.screen !== text) el.current.dataset.screen = text;
  }), []);
  return <div ref={el} hidden data-testid="task-board-rows" data-rows={JSON.stringify(drawn.map((r) => r.title))} />;
}

function OpenCard({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const token = useSession()?.token ?? null;
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const titleId = useId();
  const card = useRef<HTMLElement>(null);

  useEffect(() => {
    let live = true;
    void fetchTask(id, token).then((r) => {
      if (live) setLoad(r.ok ? { state: "ready", task: r.value } : { state: "failed" });
    });
    return () => { live = false; };
  }, [id, token]);

  useEffect(() => {
    const key = (e: KeyboardEvent) => {
      if (e.key === "Escape" && card.current?.contains(document.activeElement)) closeTaskCard();
    };
    window.addEventListener("keydown", key);
    return () => window.removeEventListener("keydown", key);
  }, []);

  const task = load.state === "ready" ? load.task : null;
  const description = task ? Array.from(task.description) : [];
  return (
    <section ref={card} className="hud-panel taskcard" aria-labelledby={titleId} data-testid="task-card" data-task-id={id}>
      <header className="taskcard__head">
        <span className="taskcard__label">{t("tasks.park.card.label")}</span>
        <button type="button" className="taskcard__close" aria-label={t("tasks.park.card.close")} onClick={closeTaskCard}>×</button>
      </header>
      {load.state === "loading" && <p className="muted" role="status">{t("tasks.park.card.loading")}</p>}
      {load.state === "failed" && <p className="form-error" role="alert">{t("tasks.park.card.failed")}</p>}
      {task && (
        <>
          <h2 id={titleId} className="taskcard__title" data-testid="task-card-title">{task.title}</h2>
          <p className="taskcard__by">
            {task.company ? `${task.company.name}${task.company.verified ? " ✓" : ""}` : t("tasks.park.card.by", { name: task.poster.displayName })}
          </p>
          <dl className="taskcard__facts">
            <div>
              <dt>{t("tasks.park.card.budget")}</dt>
              <dd>{task.budget === null ? t("tasks.park.board.negotiable") : t("tasks.park.board.budget", { amount: task.budget.toLocaleString(i18n.language) })}</dd>
            </div>
            <div>
              <dt>{t("tasks.park.card.deadline")}</dt>
              <dd>{task.deadline ?? t("tasks.park.board.noDeadline")}</dd>
            </div>
          </dl>
          {task.skills.length > 0 && (
            <ul className="taskcard__skills" aria-label={t("tasks.park.card.skills")}>
              {task.skills.map((s) => <li key={s}>{s}</li>)}
            </ul>
          )}
          <p className="taskcard__description">
            {description.slice(0, DESCRIPTION_CHARS).join("")}{description.length > DESCRIPTION_CHARS ? "…" : ""}
          </p>
          <div className="taskcard__actions">
            <AppLink to={taskPath(task.id)} className="button button--dark">{t("tasks.park.card.open")}</AppLink>
            {task.status === "open" && <AppLink to={`${taskPath(task.id)}#apply`} className="button button--primary">{t("tasks.park.card.apply")}</AppLink>}
          </div>
        </>
      )}
    </section>
  );
}

import { useEffect } from "react";
import { useNoticesReceived } from "../state/notices.ts";
import { useSession } from "../state/session.ts";
import { TASK_BOARD_ROWS, taskBoardStore } from "../state/taskBoard.ts";
import { listTasks } from "./taskApi.ts";

/** A board that nobody's notice moved still catches up this often (a task that lapsed, a missed message). */
export const BOARD_REFRESH_MS = 60_000;

/**
 * Keeps the task board's list fresh while a park with a task board is shown: loads the newest open
 * tasks at once, again after every park notice, and every minute. A failed load keeps what is shown.
 */
export function useTaskBoardFeed(enabled: boolean): void {
  const received = useNoticesReceived();
  const token = useSession()?.token ?? null;
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const load = () => {
      void listTasks(`status=open&limit=${TASK_BOARD_ROWS}`, token).then((r) => {
        if (live && r.ok) taskBoardStore.setState({ tasks: r.value.tasks, loaded: true });
      });
    };
    load();
    const timer = setInterval(load, BOARD_REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [enabled, received, token]);
}

import { createStore } from "zustand/vanilla";
import { useStore } from "zustand";
import type { TaskSummary } from "../../shared/protocol/tasks.ts";

/** How many tasks a board shows: as many as stay readable from a few steps away. */
export const TASK_BOARD_ROWS = 6;

/** What the park's task boards show and which task's card is open. */
export interface TaskBoardState {
  /** The newest open tasks, newest first (net/taskBoardFeed.ts keeps them fresh). */
  tasks: TaskSummary[];
  loaded: boolean;
  /** The task whose card the HUD shows; null: none. */
  openTaskId: string | null;
  /** Titles of the rows a board last painted, by task id: what a person can read on it. */
  drawn: { id: string; title: string }[];
}

export const taskBoardStore = createStore<TaskBoardState>(() => ({ tasks: [], loaded: false, openTaskId: null, drawn: [] }));

export const openTaskCard = (id: string): void => taskBoardStore.setState({ openTaskId: id });
export const closeTaskCard = (): void => taskBoardStore.setState({ openTaskId: null });

export function setDrawnRows(rows: readonly { id: string; title: string }[]): void {
  const prev = taskBoardStore.getState().drawn;
  if (prev.length === rows.length && prev.every((r, i) => r.id === rows[i]?.id && r.title === rows[i]?.title)) return;
  taskBoardStore.setState({ drawn: rows.map((r) => ({ id: r.id, title: r.title })) });
}

/**
 * Where each painted row is on screen (CSS pixels from the canvas' corner), rewritten by the board
 * every frame it renders and read without React (a test clicks a row through it).
 */
export const taskBoardScreen: { rows: { id: string; x: number; y: number }[] } = { rows: [] };

export const useOpenTaskId = (): string | null => useStore(taskBoardStore, (s) => s.openTaskId);
export const useBoardTasks = (): TaskSummary[] => useStore(taskBoardStore, (s) => s.tasks);
export const useBoardLoaded = (): boolean => useStore(taskBoardStore, (s) => s.loaded);
export const useDrawnRows = (): { id: string; title: string }[] => useStore(taskBoardStore, (s) => s.drawn);

/** The task page, and its application form. */
export const taskPath = (id: string): string => `/tasks/${encodeURIComponent(id)}`;

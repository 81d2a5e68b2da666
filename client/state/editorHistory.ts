/**
 * Undo and redo over immutable snapshots: `past` are the states before each change, newest last;
 * `future` the states undone, next first. Snapshots share what did not change, so keeping a
 * hundred park layouts costs little more than the items that moved.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
}

/** Changes kept for undo; older ones drop off. */
export const HISTORY_LIMIT = 100;

export const startHistory = <T>(present: T): History<T> => ({ past: [], present, future: [] });

/**
 * `next` becomes the present, undoable back to `from` (the present by default; a drag passes the
 * state from before it began, so the whole drag is one step). A change to the same state is none.
 */
export function record<T>(history: History<T>, next: T, from: T = history.present): History<T> {
  if (next === from) return history.present === next ? history : { ...history, present: next };
  return { past: [...history.past, from].slice(-HISTORY_LIMIT), present: next, future: [] };
}

/** Shows `next` without making it a step of its own (the moves in the middle of a drag). */
export const preview = <T>(history: History<T>, next: T): History<T> => ({ ...history, present: next });

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}

export const canUndo = (history: History<unknown>): boolean => history.past.length > 0;
export const canRedo = (history: History<unknown>): boolean => history.future.length > 0;

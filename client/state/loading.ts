/**
 * What happens, in order, between choosing a park and walking in it. Each is marked done where
 * it really happens: net/parkLink.ts for the first four, world/SceneReady.tsx for the first frame.
 */
export const LOAD_STEPS = ["layout", "room", "state", "position", "scene"] as const;
export type LoadStep = (typeof LOAD_STEPS)[number];

/** Which steps are done; they may finish out of order (the layout is fetched while joining). */
export type LoadingState = Record<LoadStep, boolean>;

export const initialLoading = (): LoadingState => ({ layout: false, room: false, state: false, position: false, scene: false });

export interface LoadingProgress {
  done: number;
  total: number;
  /** Whole percent of the steps done, 0–100. */
  percent: number;
  /** The first step in order that is not done yet, to name on screen; null when all are. */
  current: LoadStep | null;
}

export function loadingProgress(loading: LoadingState): LoadingProgress {
  const done = LOAD_STEPS.filter((step) => loading[step]).length;
  const total = LOAD_STEPS.length;
  return {
    done,
    total,
    percent: Math.round((done / total) * 100),
    current: LOAD_STEPS.find((step) => !loading[step]) ?? null,
  };
}

import { useEffect, useState } from "react";
import type { ApiError } from "../../../shared/protocol/http.ts";
import type { Result } from "../../net/api.ts";
import type { Language } from "../../i18n/language.ts";
import { parkRangeQuery, type ParkRange } from "../../net/dashboardApi.ts";

export type Load<T> = { state: "loading"; last: T | null } | { state: "ready"; value: T } | { state: "failed"; error: ApiError };

/**
 * Runs `request` whenever `key` changes and keeps what it answered. While a new range loads, the
 * figures of the last one stay readable (`last`) instead of the section jumping to a spinner; an
 * answer that arrives after a newer request was made is dropped.
 */
export function useApiLoad<T>(key: string | null, request: () => Promise<Result<T>>): Load<T> {
  const [load, setLoad] = useState<Load<T>>({ state: "loading", last: null });
  useEffect(() => {
    if (key === null) return;
    let live = true;
    setLoad((prev) => ({ state: "loading", last: prev.state === "ready" ? prev.value : prev.state === "loading" ? prev.last : null }));
    void request().then((r) => {
      if (live) setLoad(r.ok ? { state: "ready", value: r.value } : { state: "failed", error: r.error });
    });
    return () => { live = false; };
    // `request` is a new closure each render; `key` names everything it reads.
  }, [key]);
  return load;
}

/** The figures to show: the answer, or the last one while the next loads. */
export const shown = <T,>(load: Load<T>): T | null => (load.state === "ready" ? load.value : load.state === "loading" ? load.last : null);

/** One park figure for the chosen period and, when comparing, for the compared one. */
export function useComparedLoad<T>(
  fetch: (range: ParkRange) => Promise<Result<T>>, range: ParkRange, compare: ParkRange | null, reload: number,
): { main: Load<T>; other: Load<T | null> } {
  const main = useApiLoad(`${parkRangeQuery(range)}#${reload}`, () => fetch(range));
  const other = useApiLoad<T | null>(compare ? `${parkRangeQuery(compare)}#${reload}` : "none",
    () => (compare ? fetch(compare) : Promise.resolve({ ok: true as const, value: null })));
  return { main, other };
}

/** What each park section of the dashboard is given by the page. */
export interface ParkSectionProps {
  token: string;
  range: ParkRange;
  compare: ParkRange | null;
  lng: Language;
  /** Bumped by the toolbar's Refresh: asks again for the same figures. */
  reload: number;
}

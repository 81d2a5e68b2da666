import { useEffect, useState } from "react";
import type { NowAndNext } from "../../shared/protocol/events.ts";
import { useSession } from "../state/session.ts";
import { fetchNowAndNext } from "./eventApi.ts";

/** The sign catches up this often: an event starting, ending or changing shows within a minute. */
export const SIGN_REFRESH_MS = 60_000;

/**
 * What the park's launch hall sign shows: the event on now and the next one, loaded at once and
 * every minute while the sign is in the scene. A failed load keeps what is shown; null until the first answer.
 */
export function useEventsSignFeed(parkId: string): NowAndNext | null {
  const token = useSession()?.token ?? null;
  const [shown, setShown] = useState<NowAndNext | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => {
      void fetchNowAndNext(parkId, token).then((r) => { if (live && r.ok) setShown(r.value); });
    };
    load();
    const timer = setInterval(load, SIGN_REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [parkId, token]);
  return shown;
}

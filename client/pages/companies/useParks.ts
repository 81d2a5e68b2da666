import { useEffect, useState } from "react";
import type { ParkSummary } from "../../../shared/protocol/http.ts";
import { fetchParks } from "../../net/api.ts";

let cached: Promise<ParkSummary[]> | null = null;

/** The parks, fetched once per visit: pages name a booth's park and list parks to apply in. */
export function useParks(): ParkSummary[] {
  const [parks, setParks] = useState<ParkSummary[]>([]);
  useEffect(() => {
    cached ??= fetchParks().then((r) => {
      if (!r.ok) cached = null;
      return r.ok ? r.value.parks : [];
    });
    let live = true;
    void cached.then((p) => { if (live) setParks(p); });
    return () => { live = false; };
  }, []);
  return parks;
}

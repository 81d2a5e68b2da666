import { CLOSE_STAGE_ENDED, CLOSE_STAGE_REMOVED, CLOSE_STAGE_REPLACED } from "../../shared/protocol/stageMessages.ts";

/** Why the hall would not let the person in, as the page words it. */
export const STAGE_REFUSALS = ["not-found", "not-approved", "not-open", "over", "removed", "sign-in", "other"] as const;
export type StageRefusal = (typeof STAGE_REFUSALS)[number];
/** Why the hall ended the session. */
export const STAGE_CLOSINGS = ["removed", "replaced", "ended", "lost"] as const;
export type StageClosing = (typeof STAGE_CLOSINGS)[number];

/** The matchmaker's refusal code to the reason the page gives. */
export function stageRefusal(code: number): StageRefusal {
  switch (code) {
    case 404: return "not-found";
    case 409: return "not-approved";
    case 425: return "not-open";
    case 410: return "over";
    case 403: return "removed";
    case 401: return "sign-in";
    default: return "other";
  }
}

export function stageClosing(code: number | null): StageClosing {
  if (code === CLOSE_STAGE_REMOVED) return "removed";
  if (code === CLOSE_STAGE_REPLACED) return "replaced";
  if (code === CLOSE_STAGE_ENDED) return "ended";
  return "lost";
}

/** When the doors open (ISO), from the event's start and how early doors open. */
export function doorsOpenAt(startsAt: string, openMinutes: number): Date | null {
  const t = Date.parse(startsAt);
  return Number.isFinite(t) ? new Date(t - openMinutes * 60_000) : null;
}

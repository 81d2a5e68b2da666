import { EVENT_DOORS_OPEN_MINUTES } from "../../shared/constants.ts";
import type { StageRole } from "../db/repositories/stageContent.ts";

/** People may stay this long after the event's end before the hall closes. */
export const END_GRACE_MINUTES = 15;
const MINUTE = 60_000;

export interface DoorFacts {
  event: { status: string; startsAt: Date; endsAt: Date };
  stageRole: StageRole | null;
  companyMember: boolean;
  manager: boolean;
  removed: boolean;
}

export interface DoorRefusal { code: number; message: string }

/** Whether the event is over: past its end and the grace, or cancelled. */
export function eventOver(event: { status: string; endsAt: Date }, now: number): boolean {
  return event.status === "cancelled" || now > event.endsAt.getTime() + END_GRACE_MINUTES * MINUTE;
}

/**
 * Who gets into an event's hall, and when. The organisers (hosts, the company's members, managers)
 * may look in before an event is approved; the programme (hosts, speakers, moderators) and the
 * organisers come in whenever they like before it ends; everyone else from EVENT_DOORS_OPEN_MINUTES
 * before the start. Nobody comes back once removed.
 */
export function stageDoor(f: DoorFacts, now: number): DoorRefusal | null {
  const organiser = f.stageRole === "host" || f.companyMember || f.manager;
  if (f.event.status !== "approved" && !organiser) return { code: 409, message: "this event is not approved" };
  if (eventOver(f.event, now)) return { code: 410, message: "this event is over" };
  if (now < f.event.startsAt.getTime() - EVENT_DOORS_OPEN_MINUTES * MINUTE && !organiser && f.stageRole === null) {
    return { code: 425, message: `the hall opens ${EVENT_DOORS_OPEN_MINUTES} minutes before the start` };
  }
  if (f.removed) return { code: 403, message: "a moderator removed you from this event" };
  return null;
}

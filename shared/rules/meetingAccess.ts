import type { MeetingKind, MeetingVisibility } from "../protocol/meetings.ts";

/** What the rules need to know about a room and the person at its door. */
export interface DoorCheck {
  kind: MeetingKind;
  visibility: MeetingVisibility;
  capacity: number;
  locked: boolean;
  /** People inside now (not those waiting). */
  present: number;
  /** Clinic hours are on now. */
  clinicOpen: boolean;
  /** The person's role; guests may only walk into public rooms. */
  role: "guest" | "resident" | "manager";
  /** The person is of the room's owner side: a member of its company, its expert, or (for a park
   * room) a manager. */
  ownerSide: boolean;
  /** The person booked the slot running now, or is invited to it. */
  booked: boolean;
  /** The host removed the person from this room earlier. */
  removed: boolean;
}

export type DoorAnswer = "enter" | "knock" | "queue" | "full" | "invite-only" | "locked" | "removed";

/**
 * What happens when someone comes to a meeting room's door. The server decides with this on every
 * join (and the room page shows the same answer before one tries). Order matters: a removed
 * person stays out, capacity binds everyone, the invited and the owner's side skip knocking.
 */
export function atTheDoor(c: DoorCheck): DoorAnswer {
  if (c.removed) return "removed";
  const invited = c.ownerSide || c.booked;
  if (c.visibility === "invite-only" && !invited) return "invite-only";
  if (c.locked && !invited) return "locked";
  if (c.present >= c.capacity) return "full";
  if (invited) return "enter";
  // A guest has no name to knock with: only public rooms let them in.
  if (c.role === "guest" && c.visibility !== "public") return "invite-only";
  if (c.kind === "clinic" && c.clinicOpen) return "queue";
  if (c.visibility === "private") return "knock";
  return "enter";
}

/** Who hosts, from those present, in this order of claim. */
export interface HostCandidates {
  /** The current host, kept while present (someone handed it over, or was chosen earlier). */
  current: string | null;
  /** The booker of the slot running now. */
  booker: string | null;
  /** Present people of the room's owner side, earliest arrival first. */
  ownerSide: readonly string[];
  /** Everyone present, earliest arrival first. */
  present: readonly string[];
}

/**
 * The host: whoever holds the role and is still here; else the booker of the slot running now;
 * else the owner's side; else the earliest arrival. A room never lacks a host while someone is in
 * it, so knockers are never left at a door nobody can open.
 */
export function chooseHost(c: HostCandidates): string | null {
  const here = new Set(c.present);
  if (c.current && here.has(c.current)) return c.current;
  if (c.booker && here.has(c.booker)) return c.booker;
  return c.ownerSide.find((id) => here.has(id)) ?? c.present[0] ?? null;
}

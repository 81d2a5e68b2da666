import type { HostCandidates } from "../../shared/rules/meetingAccess.ts";

/** What the room knows of one person connected to it, schema fields and server-only facts together. */
export interface PersonAtMeeting {
  userId: string;
  /** present, knocking or queued (schema/meeting.ts Participant.status). */
  status: string;
  seat: number;
  /** Of the room's owner side, decided when they came to the door. */
  ownerSide: boolean;
  /** When they came in (present) — an increasing number; earlier arrivals host first. */
  arrival: number;
}

/** The lowest seat nobody holds, or -1 when the table is full. */
export function freeSeat(people: Iterable<Pick<PersonAtMeeting, "status" | "seat">>, capacity: number): number {
  const taken = new Set<number>();
  for (const p of people) if (p.status === "present") taken.add(p.seat);
  for (let seat = 0; seat < capacity; seat++) if (!taken.has(seat)) return seat;
  return -1;
}

export function countPresent(people: Iterable<Pick<PersonAtMeeting, "status">>): number {
  let n = 0;
  for (const p of people) if (p.status === "present") n++;
  return n;
}

/** The host rule's input (shared/rules/meetingAccess.ts chooseHost) from the people in the room. */
export function hostCandidates(people: Iterable<PersonAtMeeting>, current: string | null, booker: string | null): HostCandidates {
  const present = [...people].filter((p) => p.status === "present").sort((a, b) => a.arrival - b.arrival);
  return {
    current,
    booker,
    ownerSide: present.filter((p) => p.ownerSide).map((p) => p.userId),
    present: present.map((p) => p.userId),
  };
}

import type { PersonRef } from "../../../shared/protocol/meetings.ts";

/** Where the booking form found someone to invite, said beside their name. */
export type KnownVia = "task" | "company" | "meetings" | "link" | "search";
export interface KnownPerson extends PersonRef { via: KnownVia }

/**
 * The people a booker can invite, from what the client can already read: the task's poster, taker
 * and applicants, the members of the booker's companies, the people of their past meetings, and
 * whoever a name search found. Each person once, under the first source that names them; never
 * the booker themselves.
 */
export function mergeKnownPeople(selfId: string, sources: ReadonlyArray<{ via: KnownVia; people: readonly PersonRef[] }>): KnownPerson[] {
  const seen = new Map<string, KnownPerson>();
  for (const { via, people } of sources) {
    for (const p of people) {
      if (p.id !== selfId && !seen.has(p.id)) seen.set(p.id, { id: p.id, displayName: p.displayName, colour: p.colour, via });
    }
  }
  return [...seen.values()];
}

/** Those whose name holds `query`, ignoring case and width of spaces. */
export function filterPeople<P extends PersonRef>(people: readonly P[], query: string): P[] {
  const q = query.trim().toLocaleLowerCase();
  return q ? people.filter((p) => p.displayName.toLocaleLowerCase().includes(q)) : [...people];
}

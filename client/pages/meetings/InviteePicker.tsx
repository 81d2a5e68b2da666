import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { MAX_INVITEES, type PersonRef } from "../../../shared/protocol/meetings.ts";
import type { TaskDetail } from "../../../shared/protocol/tasks.ts";
import { fetchMembers, fetchMyCompanies, fetchProfile } from "../../net/companyApi.ts";
import { fetchMyMeetings, searchPeople } from "../../net/meetingApi.ts";
import { filterPeople, mergeKnownPeople, type KnownPerson, type KnownVia } from "./knownPeople.ts";
import { Person } from "./MeetingBits.tsx";

/** Everyone the booker can name: the linked person, the task's people, their companies' members, their past meetings. */
function useKnownPeople(token: string, selfId: string, withId: string | null, task: TaskDetail | null): KnownPerson[] {
  const [people, setPeople] = useState<KnownPerson[]>([]);
  useEffect(() => {
    let live = true;
    const load = async () => {
      const sources: Array<{ via: KnownVia; people: PersonRef[] }> = [];
      if (withId) {
        const r = await fetchProfile(withId, token);
        if (r.ok) sources.push({ via: "link", people: [{ id: r.value.id, displayName: r.value.displayName, colour: r.value.colour }] });
      }
      if (task) {
        sources.push({ via: "task", people: [task.poster, ...(task.taker ? [task.taker] : []), ...task.applicationList.map((a) => a.applicant)] });
      }
      const companies = await fetchMyCompanies(token);
      if (companies.ok) {
        const lists = await Promise.all(companies.value.companies.map((c) => fetchMembers(token, c.id)));
        sources.push({
          via: "company",
          people: lists.flatMap((l) => (l.ok ? l.value.members.map((m) => ({ id: m.userId, displayName: m.displayName, colour: m.colour })) : [])),
        });
      }
      const meetings = await fetchMyMeetings(token);
      if (meetings.ok) sources.push({ via: "meetings", people: meetings.value.bookings.flatMap((b) => [b.booker, ...b.invitees]) });
      if (live) setPeople(mergeKnownPeople(selfId, sources));
    };
    void load();
    return () => { live = false; };
  }, [token, selfId, withId, task]);
  return people;
}

/** Waiting this long after the last key before asking the server keeps typing from sending a request per letter. */
const SEARCH_DELAY_MS = 250;

/** Anyone in the park whose name holds the query, from the server's directory. */
function useFoundPeople(token: string, query: string): PersonRef[] {
  const [found, setFound] = useState<PersonRef[]>([]);
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setFound([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      void searchPeople(token, q).then((r) => { if (live && r.ok) setFound(r.value.people); });
    }, SEARCH_DELAY_MS);
    return () => { live = false; clearTimeout(timer); };
  }, [token, query]);
  return found;
}

/** The invitees: chips of those chosen, and a filtered list of the people the booker knows to add. */
export function InviteePicker({ token, selfId, withId, task, chosen, onChange }: {
  token: string; selfId: string; withId: string | null; task: TaskDetail | null; chosen: string[]; onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation("meetings");
  const id = useId();
  const known = useKnownPeople(token, selfId, withId, task);
  const [query, setQuery] = useState("");
  const found = useFoundPeople(token, query);
  const people: KnownPerson[] = [...known, ...mergeKnownPeople(selfId, [{ via: "search", people: found.filter((p) => !known.some((k) => k.id === p.id)) }])];
  const byId = new Map(people.map((p) => [p.id, p]));
  // Server matches also hold usernames, so they are offered even when the name itself does not match.
  const offered = [
    ...filterPeople(people.filter((p) => p.via !== "search" && !chosen.includes(p.id)), query),
    ...people.filter((p) => p.via === "search" && !chosen.includes(p.id)),
  ].slice(0, 12);

  return (
    <div className="field company-field room-invitees" data-testid="invitees">
      <label htmlFor={`${id}-q`}>{t("book.invitees")}</label>
      <ul className="room-invitees__chosen" aria-label={t("book.invited")} data-testid="invitees-chosen">
        {chosen.length === 0 && <li className="muted">{t("book.nobody")}</li>}
        {chosen.map((pid) => {
          const p = byId.get(pid);
          return (
            <li key={pid} className="room-invitee" data-person-id={pid}>
              {p ? <Person person={p} /> : <span className="muted">…</span>}
              <button type="button" className="room-invitee__remove" aria-label={t("book.uninvite", { name: p?.displayName ?? "" })}
                onClick={() => onChange(chosen.filter((x) => x !== pid))}>✕</button>
            </li>
          );
        })}
      </ul>
      <input id={`${id}-q`} type="search" className="company-input" placeholder={t("book.findPeople")} value={query}
        onChange={(e) => setQuery(e.target.value)} data-testid="invitee-search" disabled={chosen.length >= MAX_INVITEES} />
      {offered.length > 0 ? (
        <ul className="room-invitees__offer" data-testid="invitee-offer">
          {offered.map((p) => (
            <li key={p.id}>
              <button type="button" className="room-invitees__add" onClick={() => { onChange([...chosen, p.id]); setQuery(""); }} data-person-id={p.id}
                disabled={chosen.length >= MAX_INVITEES}>
                <Person person={p} /> <small className="muted">{t(`book.via.${p.via}`)}</small>
              </button>
            </li>
          ))}
        </ul>
      ) : <small className="company-hint">{people.length === 0 ? t("book.nobodyKnown") : query ? t("book.noMatch") : ""}</small>}
    </div>
  );
}

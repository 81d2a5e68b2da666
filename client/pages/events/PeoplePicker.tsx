import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { EventRole, MAX_EVENT_PEOPLE } from "../../../shared/protocol/events.ts";
import type { PersonRef } from "../../../shared/protocol/meetings.ts";
import { searchPeople } from "../../net/meetingApi.ts";
import { Person } from "../meetings/MeetingBits.tsx";

/** Waiting this long after the last key before asking the server keeps typing from sending a request per letter. */
const SEARCH_DELAY_MS = 250;

export interface ChosenPerson { person: PersonRef; role: EventRole }

/** Hosts, speakers and moderators: chips with a role each, and people found by name to add. */
export function PeoplePicker({ token, selfId, chosen, onChange }: {
  token: string; selfId: string; chosen: ChosenPerson[]; onChange: (people: ChosenPerson[]) => void;
}) {
  const { t } = useTranslation("events");
  const id = useId();
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<PersonRef[]>([]);
  useEffect(() => {
    const q = query.trim();
    if (!q) return setFound([]);
    let live = true;
    const timer = setTimeout(() => {
      void searchPeople(token, q).then((r) => { if (live && r.ok) setFound(r.value.people); });
    }, SEARCH_DELAY_MS);
    return () => { live = false; clearTimeout(timer); };
  }, [token, query]);
  const offered = found.filter((p) => p.id !== selfId && !chosen.some((c) => c.person.id === p.id)).slice(0, 10);
  const full = chosen.length >= MAX_EVENT_PEOPLE;

  return (
    <div className="field company-field event-people" data-testid="event-people">
      <label htmlFor={`${id}-q`}>{t("form.people")}</label>
      <small className="company-hint">{t("form.peopleHint")}</small>
      <ul className="event-people__chosen">
        {chosen.map((c) => (
          <li key={c.person.id} className="room-invitee" data-person-id={c.person.id}>
            <Person person={c.person} />
            <select className="company-input company-input--small" value={c.role} aria-label={t("form.roleOf", { name: c.person.displayName })}
              onChange={(e) => onChange(chosen.map((x) => (x.person.id === c.person.id ? { ...x, role: EventRole.parse(e.target.value) } : x)))}>
              {EventRole.options.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
            </select>
            <button type="button" className="room-invitee__remove" aria-label={t("form.removePerson", { name: c.person.displayName })}
              onClick={() => onChange(chosen.filter((x) => x.person.id !== c.person.id))}>✕</button>
          </li>
        ))}
      </ul>
      <input id={`${id}-q`} type="search" className="company-input" placeholder={t("form.findPeople")} value={query} disabled={full}
        onChange={(e) => setQuery(e.target.value)} data-testid="event-people-search" />
      {offered.length > 0 && (
        <ul className="room-invitees__offer" data-testid="event-people-offer">
          {offered.map((p) => (
            <li key={p.id}>
              <button type="button" className="room-invitees__add" data-person-id={p.id} disabled={full}
                onClick={() => { onChange([...chosen, { person: p, role: "speaker" }]); setQuery(""); }}>
                <Person person={p} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

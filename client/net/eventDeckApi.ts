import { CreateEventDeckBody, EventDeck, EventDetail } from "../../shared/protocol/events.ts";
import type { z } from "zod";
import { call } from "./api.ts";

const event = (id: string) => `/api/events/${encodeURIComponent(id)}`;

/** The event as the hall needs it: its title and times, what the reader may do (`can`), its decks. */
export const fetchEventDetail = (id: string, token?: string | null) => call(EventDetail, "GET", event(id), { token });

/** A new slide deck of the event (its pages are uploaded first with uploadPages from deckApi.ts); the event's decks come with its detail. */
export const createEventDeck = (token: string, eventId: string, body: z.input<typeof CreateEventDeckBody>) =>
  call(EventDeck, "POST", `${event(eventId)}/decks`, { token, body });

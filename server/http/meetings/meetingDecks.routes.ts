import { CreateDeckBody, Deck, DeckList, MeetingRoomParams } from "../../../shared/protocol/meetings.ts";
import type { Db } from "../../db/pool.ts";
import { createDeck, roomDecks } from "../../services/meetingDecks.ts";
import { apiRoute } from "../apiRoute.ts";
import { signedIn } from "./reader.ts";

const REFUSALS = {
  403: "not the room's owner side, a manager, or a person of a booking running now or within 24 hours",
  404: "no meeting room with that id, or it was archived",
};

/** Slide decks: pages are uploaded images (a PDF is turned into page images in the browser). */
export const meetingDeckRoutes = (db: Db) => [
  apiRoute({
    method: "post", path: "/api/meeting-rooms/:id/decks", tag: "meetings", auth: "image.upload",
    summary: "Add a slide deck to a room: a title and its pages, each an uploaded image, in order",
    params: MeetingRoomParams, body: CreateDeckBody, status: 201, response: Deck,
    errors: { 400: "the body is invalid, or a page names no uploaded image", ...REFUSALS },
    handler: async ({ params, body, actor }) => createDeck(db, params.id, signedIn(actor), body),
  }),
  apiRoute({
    method: "get", path: "/api/meeting-rooms/:id/decks", tag: "meetings", auth: "signed-in",
    summary: "A room's slide decks, newest first",
    params: MeetingRoomParams, status: 200, response: DeckList, errors: REFUSALS,
    handler: async ({ params, actor }) => ({ decks: await roomDecks(db, params.id, signedIn(actor)) }),
  }),
];

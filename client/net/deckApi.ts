import { Deck, DeckList, type CreateDeckBody } from "../../shared/protocol/meetings.ts";
import { call, type Result } from "./api.ts";
import { uploadImage } from "./companyApi.ts";

/** Slide decks of a meeting room, and the pages that go into them. */
export const fetchDecks = (token: string, roomId: string) =>
  call(DeckList, "GET", `/api/meeting-rooms/${encodeURIComponent(roomId)}/decks`, { token });

export const createDeck = (token: string, roomId: string, body: CreateDeckBody) =>
  call(Deck, "POST", `/api/meeting-rooms/${encodeURIComponent(roomId)}/decks`, { token, body });

/**
 * Uploads pages one after another (in their order: the deck keeps it), telling `progress` after
 * each; stops at the first failure. Answers the uploaded pages' image ids.
 */
export async function uploadPages(token: string, pages: readonly Blob[], progress: (done: number) => void): Promise<Result<string[]>> {
  const ids: string[] = [];
  for (const page of pages) {
    const uploaded = await uploadImage(token, page);
    if (!uploaded.ok) return uploaded;
    ids.push(uploaded.value.id);
    progress(ids.length);
  }
  return { ok: true, value: ids };
}

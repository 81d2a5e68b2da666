import type { CreateDeckBody, Deck } from "../../shared/protocol/meetings.ts";
import type { Db } from "../db/pool.ts";
import { missingImageIds } from "../db/repositories/images.ts";
import { hasBookingBetween } from "../db/repositories/meetingBookings.ts";
import { insertDeck, listDecks } from "../db/repositories/meetingDecks.ts";
import { isOwnerSide, type MeetingRoomRow } from "../db/repositories/meetingRooms.ts";
import { HttpError } from "../http/httpError.ts";
import { liveRoom, type Reader } from "./meetingRoomViews.ts";

/** A booking's people prepare their slides up to this long before it starts. */
export const DECK_LEAD_MS = 24 * 3600_000;

/**
 * Who handles a room's slide decks: its owner's side, managers, and the booker and invitees of a
 * booking of the room that is running now or starts within the next 24 hours. Kept this simple
 * on purpose: the decks of a room are shared by whoever presents in it.
 */
export async function mayUseDecks(db: Db, room: MeetingRoomRow, reader: Reader, now: Date): Promise<boolean> {
  if (reader.role === "manager" || (await isOwnerSide(db, room, reader))) return true;
  return hasBookingBetween(db, room.id, reader.id, now, new Date(now.getTime() + DECK_LEAD_MS));
}

const notAllowed = () => new HttpError(403, "not_presenting",
  "only the room's owner side, managers, and people of a booking running now or within 24 hours handle its slides");

export async function roomDecks(db: Db, roomId: string, reader: Reader, now = new Date()): Promise<Deck[]> {
  const room = await liveRoom(db, roomId);
  if (!(await mayUseDecks(db, room, reader, now))) throw notAllowed();
  return listDecks(db, room.id);
}

export async function createDeck(db: Db, roomId: string, reader: Reader, body: CreateDeckBody, now = new Date()): Promise<Deck> {
  const room = await liveRoom(db, roomId);
  if (!(await mayUseDecks(db, room, reader, now))) throw notAllowed();
  const missing = await missingImageIds(db, body.pageIds);
  if (missing.length > 0) {
    const page = body.pageIds.indexOf(missing[0]!);
    throw new HttpError(400, "unknown_image", `page ${page + 1} names image ${missing[0]}, which is not uploaded`,
      [{ path: `pageIds.${page}`, message: "no such image" }]);
  }
  return insertDeck(db, room.id, body.title, body.pageIds, reader.id);
}

import type { Room } from "@colyseus/sdk";
import {
  MSG_M_CHAT_LINE, MSG_M_CLEARED, MSG_M_REFUSED, MSG_M_SCREEN_STATE, MSG_M_STROKE_ADDED, MSG_M_WELCOME,
  type MeetingChatLine, type MeetingRefusal, type MeetingWelcome, type ScreenState, type Stroke,
} from "../../shared/protocol/meetingMessages.ts";
import type { MeetingKind, MeetingVisibility } from "../../shared/protocol/meetings.ts";
import { ROOM_MEETING } from "../../shared/protocol/rooms.ts";
import { PROTOCOL_VERSION } from "../../shared/protocol/version.ts";
import { MeetingState } from "../../shared/schema/meeting.ts";
import type { Db } from "../db/pool.ts";
import type { TestServer } from "./testServer.ts";

/** Meeting rooms, bookings, decks and clinic hours written straight into the database, so room
 * tests do not depend on the HTTP API that creates them. */

export interface RoomFixture {
  parkId?: string;
  name?: string;
  kind?: MeetingKind;
  capacity?: number;
  visibility?: MeetingVisibility;
  /** Default: a park room (its managers are the owner's side). */
  ownerUserId?: string;
  ownerCompanyId?: string;
}

export async function insertMeetingRoom(db: Db, f: RoomFixture = {}): Promise<string> {
  const ownerKind = f.ownerUserId ? "expert" : f.ownerCompanyId ? "company" : "park";
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO meeting_rooms (park_id, name, kind, capacity, visibility, owner_kind, owner_company_id, owner_user_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [f.parkId ?? "home", f.name ?? "Room", f.kind ?? "meeting", f.capacity ?? 6, f.visibility ?? "public", ownerKind,
      f.ownerCompanyId ?? null, f.ownerUserId ?? null],
  );
  return rows[0]!.id;
}

/** A booking from `startsAt` (default: a minute ago) for an hour, with its invitees. */
export async function insertBooking(
  db: Db, roomId: string, b: { bookerId: string; inviteeIds?: string[]; title?: string; startsAt?: Date; endsAt?: Date },
): Promise<string> {
  const startsAt = b.startsAt ?? new Date(Date.now() - 60_000);
  const endsAt = b.endsAt ?? new Date(startsAt.getTime() + 3_600_000);
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO meeting_bookings (room_id, title, starts_at, ends_at, booker_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [roomId, b.title ?? "A booked talk", startsAt, endsAt, b.bookerId],
  );
  const id = rows[0]!.id;
  for (const userId of b.inviteeIds ?? []) {
    await db.query(`INSERT INTO meeting_booking_invitees (booking_id, user_id) VALUES ($1, $2)`, [id, userId]);
  }
  return id;
}

/** A deck of `pages` slides; the page ids are fresh uuids (the table does not tie them to images). */
export async function insertDeck(db: Db, roomId: string, pages: number, title = "Slides"): Promise<{ id: string; pageIds: string[] }> {
  const { rows } = await db.query<{ id: string; pageIds: string[] }>(
    `INSERT INTO meeting_decks (room_id, title, page_ids)
     VALUES ($1, $2, ARRAY(SELECT gen_random_uuid() FROM generate_series(1, $3::int))) RETURNING id, page_ids::text[] AS "pageIds"`,
    [roomId, title, pages],
  );
  return rows[0]!;
}

/** Clinic hours all day, every day: the clinic is open whenever the test runs. */
export async function openClinicAllWeek(db: Db, roomId: string): Promise<void> {
  for (let weekday = 1; weekday <= 7; weekday++) {
    await db.query(`INSERT INTO meeting_room_hours (room_id, weekday, start_minute, end_minute) VALUES ($1, $2, 0, 1440)`, [roomId, weekday]);
  }
}

/** An SDK client in a meeting room that keeps what the room sent it. */
export interface MeetingProbe {
  room: Room<unknown, MeetingState>;
  welcome: MeetingWelcome | null;
  chat: MeetingChatLine[];
  strokes: Stroke[];
  screens: ScreenState[];
  refusals: MeetingRefusal[];
  cleared: number;
  /** The close code once the room ended the session. */
  closed: number | null;
  /** Every content message, of any type, in order: a waiting person must get none. */
  content: string[];
  me(): { status: string; seat: number; ticket: number; muted: boolean } | undefined;
}

export async function joinMeeting(server: TestServer, token: string, meetingRoomId: string): Promise<MeetingProbe> {
  const room = await server.sdk(token).joinOrCreate(ROOM_MEETING, { meetingRoomId, protocol: PROTOCOL_VERSION }, MeetingState);
  room.reconnection.minUptime = 0;
  const probe: MeetingProbe = {
    room, welcome: null, chat: [], strokes: [], screens: [], refusals: [], cleared: 0, closed: null, content: [],
    me: () => room.state.people?.get(room.sessionId),
  };
  room.onMessage(MSG_M_WELCOME, (w: MeetingWelcome) => { probe.welcome = w; probe.content.push(MSG_M_WELCOME); });
  room.onMessage(MSG_M_CHAT_LINE, (line: MeetingChatLine) => { probe.chat.push(line); probe.content.push(MSG_M_CHAT_LINE); });
  room.onMessage(MSG_M_STROKE_ADDED, (s: Stroke) => { probe.strokes.push(s); probe.content.push(MSG_M_STROKE_ADDED); });
  room.onMessage(MSG_M_SCREEN_STATE, (s: ScreenState) => { probe.screens.push(s); probe.content.push(MSG_M_SCREEN_STATE); });
  room.onMessage(MSG_M_CLEARED, () => { probe.cleared++; probe.content.push(MSG_M_CLEARED); });
  room.onMessage(MSG_M_REFUSED, (r: MeetingRefusal) => { probe.refusals.push(r); });
  room.onLeave((code: number) => { probe.closed = code; });
  const deadline = Date.now() + 5000;
  while (!probe.me()) {
    if (Date.now() > deadline) throw new Error("the room's state never showed the joiner");
    await new Promise((r) => setTimeout(r, 20));
  }
  return probe;
}

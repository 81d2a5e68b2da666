import { matchMaker } from "@colyseus/core";
import { ROOM_MEETING } from "../../shared/protocol/rooms.ts";

export interface LiveMeeting { present: number; locked: boolean }

/** What the meeting room sets as its listing's metadata (rooms/MeetingRoom.ts). */
interface MeetingListing { meetingRoomId?: unknown; present?: unknown; locked?: unknown }

/**
 * Who is inside each meeting room now and whether it is locked, by meeting room id, from the live
 * rooms' listings (so it reads the same from any process). A room nobody opened is not in the map.
 */
export async function liveMeetings(): Promise<Map<string, LiveMeeting>> {
  const live = new Map<string, LiveMeeting>();
  for (const listing of await matchMaker.query({ name: ROOM_MEETING })) {
    const m = (listing.metadata ?? {}) as MeetingListing;
    if (typeof m.meetingRoomId !== "string") continue;
    live.set(m.meetingRoomId, {
      present: typeof m.present === "number" && m.present >= 0 ? Math.floor(m.present) : 0,
      locked: m.locked === true,
    });
  }
  return live;
}

export type LiveMeetings = typeof liveMeetings;

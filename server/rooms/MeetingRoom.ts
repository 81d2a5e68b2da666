import { type Client, Room, ServerError } from "@colyseus/core";
import { MeetingJoinOptions } from "../../shared/protocol/rooms.ts";
import { PROTOCOL_VERSION } from "../../shared/protocol/version.ts";
import { can } from "../../shared/rules/permissions.ts";
import { MeetingState } from "../../shared/schema/meeting.ts";
import type { Db } from "../db/pool.ts";
import type { Logger } from "../logger.ts";
import type { Accounts, Actor } from "../services/accounts.ts";

export interface MeetingRoomDeps { accounts: Accounts; db: Db; log: Logger }

/** Who may come to a meeting room's door at all: a valid session, well-formed options. Whether
 * they get in is the room's own decision (onJoin), from shared/rules/meetingAccess.ts. */
export async function authorizeMeetingJoin(accounts: Accounts, token: string, options: unknown): Promise<Actor> {
  const parsed = MeetingJoinOptions.safeParse(options);
  if (!parsed.success) throw new ServerError(400, "join options must name a meeting room (meetingRoomId) and the protocol version");
  if (parsed.data.protocol !== PROTOCOL_VERSION) {
    throw new ServerError(426, `this server speaks protocol ${PROTOCOL_VERSION}, the client ${parsed.data.protocol}: reload the page`);
  }
  const actor = token ? await accounts.authenticate(token) : null;
  if (!actor) throw new ServerError(401, "sign in or enter as a guest first");
  if (!can(actor.user.role, "park.enter")) throw new ServerError(403, "you may not enter meeting rooms");
  return actor;
}

/** One meeting room, live. (Filled in by the meeting-rooms work.) */
export class MeetingRoom extends Room<{ state: MeetingState; client: Client<{ auth: Actor }> }> {
  static deps: MeetingRoomDeps;
}

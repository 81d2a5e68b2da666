import { type Client, Room, ServerError } from "@colyseus/core";
import { HALL_SEATS } from "../../shared/constants.ts";
import { StageJoinOptions } from "../../shared/protocol/rooms.ts";
import { PROTOCOL_VERSION } from "../../shared/protocol/version.ts";
import { can } from "../../shared/rules/permissions.ts";
import { StageState } from "../../shared/schema/stage.ts";
import type { Db } from "../db/pool.ts";
import type { Logger } from "../logger.ts";
import type { Accounts, Actor } from "../services/accounts.ts";

export interface StageRoomDeps {
  accounts: Accounts;
  db: Db;
  log: Logger;
  /** Seats of one hall instance (HALL_SEATS); tests use a small hall to see overflow. */
  hallSeats: number;
}

/** Who may come to an event's hall at all: a valid session, well-formed options. */
export async function authorizeStageJoin(accounts: Accounts, token: string, options: unknown): Promise<Actor> {
  const parsed = StageJoinOptions.safeParse(options);
  if (!parsed.success) throw new ServerError(400, "join options must name an event (eventId) and the protocol version");
  if (parsed.data.protocol !== PROTOCOL_VERSION) {
    throw new ServerError(426, `this server speaks protocol ${PROTOCOL_VERSION}, the client ${parsed.data.protocol}: reload the page`);
  }
  const actor = token ? await accounts.authenticate(token) : null;
  if (!actor) throw new ServerError(401, "sign in or enter as a guest first");
  if (!can(actor.user.role, "park.enter")) throw new ServerError(403, "you may not enter events");
  return actor;
}

/** One instance of an event's live hall. (Filled in by the events work.) */
export class StageRoom extends Room<{ state: StageState; client: Client<{ auth: Actor }> }> {
  static deps: StageRoomDeps;
  static readonly defaultSeats = HALL_SEATS;
}

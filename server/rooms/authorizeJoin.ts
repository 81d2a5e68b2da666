import { ServerError } from "@colyseus/core";
import type { z } from "zod";
import { PROTOCOL_VERSION } from "../../shared/protocol/version.ts";
import { can } from "../../shared/rules/permissions.ts";
import type { Accounts, Actor } from "../services/accounts.ts";

/** What differs between the rooms at the door: their options, and how a refusal names them. */
export interface JoinDoor {
  options: z.ZodType<{ protocol: number }>;
  /** Said when the options are malformed, e.g. "join options must name a park (parkId) and the protocol version". */
  malformed: string;
  /** Said when the role may not come in, e.g. "you may not enter this park". */
  forbidden: string;
}

/**
 * Who may come to a room at all: well-formed options of our protocol version and a valid session
 * whose role may enter. Whether they get in is then the room's own decision. Colyseus calls a
 * room's static onAuth unbound, so this takes its deps directly.
 */
export async function authorizeJoin(accounts: Accounts, token: string, options: unknown, door: JoinDoor): Promise<Actor> {
  const parsed = door.options.safeParse(options);
  if (!parsed.success) throw new ServerError(400, door.malformed);
  if (parsed.data.protocol !== PROTOCOL_VERSION) {
    throw new ServerError(426, `this server speaks protocol ${PROTOCOL_VERSION}, the client ${parsed.data.protocol}: reload the page`);
  }
  const actor = token ? await accounts.authenticate(token) : null;
  if (!actor) throw new ServerError(401, "sign in or enter as a guest first");
  if (!can(actor.user.role, "park.enter")) throw new ServerError(403, door.forbidden);
  return actor;
}

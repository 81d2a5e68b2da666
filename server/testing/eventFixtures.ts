import type { Room } from "@colyseus/sdk";
import {
  MSG_S_REACTIONS, MSG_S_REFUSED, MSG_S_STAGE, type ReactionCounts, type StageRefusal, type StageView,
} from "../../shared/protocol/stageMessages.ts";
import { ROOM_STAGE } from "../../shared/protocol/rooms.ts";
import { PROTOCOL_VERSION } from "../../shared/protocol/version.ts";
import { StageState, type Attendee } from "../../shared/schema/stage.ts";
import type { Db } from "../db/pool.ts";
import type { TestServer } from "./testServer.ts";

/** Events, their people and decks written straight into the database, so stage tests do not
 * depend on the HTTP API that creates them. */

export interface EventFixture {
  parkId?: string;
  companyId?: string | null;
  title?: string;
  /** Default: started a minute ago, for an hour. */
  startsAt?: Date;
  endsAt?: Date;
  status?: "pending" | "approved" | "rejected" | "cancelled";
  people?: { userId: string; role: "host" | "speaker" | "moderator" }[];
}

export async function insertEvent(db: Db, f: EventFixture = {}): Promise<string> {
  const startsAt = f.startsAt ?? new Date(Date.now() - 60_000);
  const endsAt = f.endsAt ?? new Date(startsAt.getTime() + 3_600_000);
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO events (park_id, company_id, kind, title, starts_at, ends_at, venue, status)
     VALUES ($1, $2, 'launch', $3, $4, $5, 'launch-hall', $6) RETURNING id`,
    [f.parkId ?? "home", f.companyId ?? null, f.title ?? "A launch", startsAt, endsAt, f.status ?? "approved"],
  );
  const id = rows[0]!.id;
  for (const p of f.people ?? []) {
    await db.query(`INSERT INTO event_people (event_id, user_id, role) VALUES ($1, $2, $3)`, [id, p.userId, p.role]);
  }
  return id;
}

/** A deck of `pages` slides; the page ids are fresh uuids (the table does not tie them to images). */
export async function insertEventDeck(db: Db, eventId: string, pages: number, title = "Slides"): Promise<{ id: string; pageIds: string[] }> {
  const { rows } = await db.query<{ id: string; pageIds: string[] }>(
    `INSERT INTO event_decks (event_id, title, page_ids)
     VALUES ($1, $2, ARRAY(SELECT gen_random_uuid() FROM generate_series(1, $3::int))) RETURNING id, page_ids::text[] AS "pageIds"`,
    [eventId, title, pages],
  );
  return rows[0]!;
}

/** Gives a company products, as its booth panel would. */
export async function setProducts(db: Db, companyId: string, products: { name: string; text: string; imageId: string | null }[]): Promise<void> {
  await db.query(`UPDATE companies SET products = $2::jsonb WHERE id = $1`, [companyId, JSON.stringify(products)]);
}

/** An SDK client in an event's hall that keeps what the room sent it. */
export interface StageProbe {
  room: Room<unknown, StageState>;
  stages: StageView[];
  reactions: ReactionCounts[];
  refusals: StageRefusal[];
  /** The close code once the room ended the session. */
  closed: number | null;
  me(): Attendee | undefined;
  /** The Attendees this client sees in full, by user id. */
  seen(): Map<string, Attendee>;
}

export async function joinStage(server: TestServer, token: string, eventId: string): Promise<StageProbe> {
  const room = await server.sdk(token).joinOrCreate(ROOM_STAGE, { eventId, protocol: PROTOCOL_VERSION }, StageState);
  room.reconnection.minUptime = 0;
  const probe: StageProbe = {
    room, stages: [], reactions: [], refusals: [], closed: null,
    me: () => room.state.people?.get(room.sessionId),
    seen: () => {
      const out = new Map<string, Attendee>();
      room.state.people?.forEach((a: Attendee) => { out.set(a.userId, a); });
      return out;
    },
  };
  room.onMessage(MSG_S_STAGE, (v: StageView) => { probe.stages.push(v); });
  room.onMessage(MSG_S_REACTIONS, (c: ReactionCounts) => { probe.reactions.push(c); });
  room.onMessage(MSG_S_REFUSED, (r: StageRefusal) => { probe.refusals.push(r); });
  room.onLeave((code: number) => { probe.closed = code; });
  const deadline = Date.now() + 5000;
  while (!probe.me() || probe.stages.length === 0) {
    if (Date.now() > deadline) throw new Error("the hall's state never showed the joiner");
    await new Promise((r) => setTimeout(r, 20));
  }
  return probe;
}

/** The stage as a probe last heard it. */
export const lastStage = (p: StageProbe): StageView | undefined => p.stages[p.stages.length - 1];

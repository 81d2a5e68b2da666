import { type Client, ClientState, type Deferred, matchMaker, Room, ServerError } from "@colyseus/core";
import { PARK_TICK_MS, RECONNECT_GRACE_SECONDS } from "../../shared/constants.ts";
import { MSG_CHAT, MSG_CHAT_HISTORY, MSG_CHAT_LINE, MSG_CHAT_REFUSED } from "../../shared/protocol/chat.ts";
import {
  MSG_DOOR, MSG_EMOTE, MSG_MOVE, MSG_NOTICE, MSG_NOTIFIED, MSG_PORTAL, type DoorMessage, type PortalMessage,
} from "../../shared/protocol/parkMessages.ts";
import type { ParkLayout } from "../../shared/protocol/parkLayout.ts";
import { CLOSE_REPLACED, ParkJoinOptions, ROOM_MEETING } from "../../shared/protocol/rooms.ts";
import { Avatar, BoothSign, ParkState, RoomSign } from "../../shared/schema/park.ts";
import type { Db } from "../db/pool.ts";
import { findAvatarLooks, type AvatarLooks } from "../db/repositories/avatarLooks.ts";
import { listBoothSigns } from "../db/repositories/boothSigns.ts";
import { recordBoothVisits } from "../db/repositories/boothVisits.ts";
import { writeTelemetry } from "../db/repositories/telemetry.ts";
import { listRoomSigns } from "../db/repositories/roomSigns.ts";
import type { Logger } from "../logger.ts";
import { ParkChat } from "../messages/parkChat.ts";
import { BoothVisitTracker, type BoothVisit } from "../park/boothVisits.ts";
import { MovementFrames } from "../park/movementFrames.ts";
import { parkChannel, type ParkEvent } from "../park/parkEvents.ts";
import { ParkSimulation } from "../park/ParkSimulation.ts";
import { recordTick } from "../park/tickStats.ts";
import type { Accounts, Actor } from "../services/accounts.ts";
import type { ParkListingMetadata } from "../telemetry/parkListing.ts";
import { TelemetryFolder, type SampledAvatar } from "../telemetry/TelemetryFolder.ts";
import { authorizeJoin } from "./authorizeJoin.ts";

export interface ParkRoomDeps {
  accounts: Accounts;
  db: Db;
  loadPark(parkId: string): Promise<{ layout: ParkLayout; version: number } | null>;
  log: Logger;
  /** How often the room writes what its telemetry folded (TELEMETRY_FLUSH_MS outside tests). */
  telemetryFlushMs: number;
}

/** A room class that loads a park through these deps; the server wiring binds them and onAuth. */
// `any[]` is what TypeScript requires of a constructor type that classes extend (a mixin).
export type ParkRoomClass = (new (...args: any[]) => Room) & { deps: ParkRoomDeps; onAuth: typeof Room.onAuth };

/** What the room remembers about each connection. */
interface Seat {
  /** The centre cell of the last movement frame this client got; undefined: send whole cells next. */
  centre: number | undefined;
}

/** Who may join a park: a valid session whose role may enter, with well-formed options. */
export const authorizeParkJoin = (accounts: Accounts, token: string, options: unknown): Promise<Actor> =>
  authorizeJoin(accounts, token, options, {
    options: ParkJoinOptions,
    malformed: "join options must name a park (parkId) and the protocol version",
    forbidden: "you may not enter this park",
  });

export async function loadSimulation(deps: ParkRoomDeps, parkId: string): Promise<{ sim: ParkSimulation; version: number }> {
  const park = await deps.loadPark(parkId);
  if (!park) throw new ServerError(404, `there is no park "${parkId}"`);
  return { sim: new ParkSimulation(park.layout), version: park.version };
}

const IDX_LIMIT = 65535;
const SEND_SLICE = 128;
/** Booth areas are checked once a second: a visit needs seconds of dwell, so finer adds nothing. */
const VISIT_CHECK_TICKS = Math.round(1000 / PARK_TICK_MS);
/** Visits are written in batches, off the tick; a crash loses at most this long of them. */
const VISIT_FLUSH_MS = 10_000;
/** People per zone go into the room's listing this often (when they changed), for the live dashboard. */
const ZONE_LISTING_TICKS = 5 * VISIT_CHECK_TICKS;

interface Outgoing { client: Client; frame: Uint8Array }

/**
 * One park: who is here (schema state) and where they are (movement frames). Thin: the rules live
 * in ParkSimulation and MovementFrames; this class wires them to Colyseus.
 */
export class ParkRoom extends Room<{ state: ParkState; client: Client<{ userData: Seat; auth: Actor }>; metadata: ParkListingMetadata }> {
  /** Set by a subclass in the server wiring (createEnclaveServer), which also binds onAuth. */
  static deps: ParkRoomDeps;

  override maxMessagesPerSecond = 40;
  override autoDispose = false;
  override patchRate: number | null = null; // patches go out from the tick, just before movement frames

  private sim!: ParkSimulation;
  private chat!: ParkChat;
  private frames = new MovementFrames();
  private tickNo = 0;
  private nextIdx = 1;
  private byUser = new Map<string, string>();
  private usedIdx = new Set<number>();
  private reconnections = new Map<string, Deferred<Client>>();
  private events: Promise<void> = Promise.resolve();
  private visits!: BoothVisitTracker;
  private pendingVisits: BoothVisit[] = [];
  private telemetry!: TelemetryFolder;
  private telemetryWrite: Promise<void> | null = null;
  private listedZones = "";

  private get deps(): ParkRoomDeps {
    return (this.constructor as typeof ParkRoom).deps;
  }

  override async onCreate(options: { parkId: string }) {
    const { sim, version } = await loadSimulation(this.deps, options.parkId);
    this.sim = sim;
    this.visits = new BoothVisitTracker(sim.layout.boothSlots);
    this.telemetry = new TelemetryFolder(sim.layout);
    this.state = new ParkState({ parkId: options.parkId, layoutVersion: version });
    await this.showBooths();
    await this.showRooms();
    await this.countRoomsFromListings();
    // Changes made over HTTP (a saved layout, a booth assigned, a profile edited) arrive here and
    // are applied one after another, in the order they were published.
    await this.presence.subscribe(parkChannel(options.parkId), (event: ParkEvent) => {
      this.events = this.events.then(() => this.apply(event)).catch((err: unknown) => {
        this.deps.log.error({ err, parkId: this.state.parkId, event }, "could not apply a park change");
      });
    });
    await this.setMetadata({ parkId: options.parkId });
    this.onMessage(MSG_MOVE, (client, payload) => { this.sim.intent(client.sessionId, payload, Date.now()); });
    this.onMessage(MSG_EMOTE, (client, payload) => { this.sim.emote(client.sessionId, payload, Date.now()); });
    this.chat = new ParkChat(this.deps.db, options.parkId, this.deps.log);
    this.onMessage(MSG_CHAT, (client, payload) => this.say(client, payload));
    // A message type this server does not know (a newer client, a typo) is ignored, not fatal.
    this.onMessage("*", () => { this.sim.rejected.malformed++; });
    this.setTimestep(() => this.step(), PARK_TICK_MS);
    this.clock.setInterval(() => void this.flushVisits(), VISIT_FLUSH_MS);
    this.clock.setInterval(() => void this.flushTelemetry(), this.deps.telemetryFlushMs);
  }

  override async onJoin(client: Client<{ userData: Seat; auth: Actor }>, options: unknown, actor: Actor) {
    const { spawnId, doorId } = ParkJoinOptions.parse(options);
    const user = actor.user;
    const looks = (await findAvatarLooks(this.deps.db, [user.id])).get(user.id);
    // The same account joining again (a second tab, a reload before the old socket closed) takes
    // over: the old session ends, so no ghost stays behind.
    const previous = this.byUser.get(user.id);
    let pose = (doorId === undefined ? null : this.sim.doorPose(doorId)) ?? this.sim.spawnPose(spawnId);
    if (previous) {
      pose = this.sim.avatars.get(previous)?.pose ?? pose;
      this.removeAvatar(previous);
      const old = this.clients.get(previous);
      if (old) old.leave(CLOSE_REPLACED, "you joined this park again from somewhere else");
      this.deps.log.info({ userId: user.id, parkId: this.state.parkId }, "a second session of the same account replaced the first");
    }
    const idx = this.allocateIdx();
    this.sim.add(client.sessionId, idx, pose, Date.now());
    const avatar = new Avatar({ idx, userId: user.id, name: user.displayName, colour: user.colour, role: user.role });
    if (looks) dress(avatar, looks);
    this.state.avatars.set(client.sessionId, avatar);
    this.countOnline();
    this.byUser.set(user.id, client.sessionId);
    client.userData = { centre: undefined };
    client.send(MSG_CHAT_HISTORY, await this.chat.history());
  }

  /** A chat line is stored before anyone sees it; local lines reach the people near the speaker. */
  private async say(client: Client<{ userData: Seat; auth: Actor }>, payload: unknown): Promise<void> {
    const me = this.sim.avatars.get(client.sessionId);
    if (!me || !client.auth) return;
    const result = await this.chat.say({ sessionId: client.sessionId, user: client.auth.user, x: me.pose.x, z: me.pose.z }, payload, Date.now());
    if ("refusal" in result) {
      client.send(MSG_CHAT_REFUSED, result.refusal);
      return;
    }
    const { line, audience } = result;
    if (audience.kind === "park") {
      this.broadcast(MSG_CHAT_LINE, line);
      return;
    }
    for (const other of this.clients) {
      const them = this.sim.avatars.get(other.sessionId);
      if (them && Math.hypot(them.pose.x - audience.x, them.pose.z - audience.z) <= audience.radius) other.send(MSG_CHAT_LINE, line);
    }
  }

  override async onDrop(client: Client<{ userData: Seat; auth: Actor }>) {
    const avatar = this.state.avatars.get(client.sessionId);
    if (!avatar) return;
    avatar.connected = false;
    this.countOnline();
    this.sim.stop(client.sessionId);
    try {
      const reconnection = this.allowReconnection(client, RECONNECT_GRACE_SECONDS);
      this.reconnections.set(client.sessionId, reconnection);
      await reconnection;
    } catch {
      this.removeAvatar(client.sessionId);
    } finally {
      this.reconnections.delete(client.sessionId);
    }
  }

  override onReconnect(client: Client<{ userData: Seat; auth: Actor }>) {
    const avatar = this.state.avatars.get(client.sessionId);
    if (avatar) avatar.connected = true;
    this.countOnline();
    // The client rebuilds what it sees from full cells.
    client.userData = { centre: undefined };
  }

  override onLeave(client: Client<{ userData: Seat; auth: Actor }>) {
    this.removeAvatar(client.sessionId);
  }

  private removeAvatar(sessionId: string): void {
    const avatar = this.state.avatars.get(sessionId);
    if (!avatar) return;
    if (this.byUser.get(avatar.userId) === sessionId) this.byUser.delete(avatar.userId);
    this.state.avatars.delete(sessionId);
    this.sim.remove(sessionId);
    const now = Date.now();
    this.visits.remove(sessionId, now);
    this.telemetry.leave(sessionId, now);
    this.usedIdx.delete(avatar.idx);
    this.countOnline();
    this.reconnections.get(sessionId)?.reject(new Error("replaced"));
  }

  private async apply(event: ParkEvent): Promise<void> {
    switch (event.kind) {
      case "layout": {
        const park = await this.deps.loadPark(this.state.parkId);
        if (!park || park.version <= this.state.layoutVersion) return;
        this.sim.replaceLayout(park.layout);
        this.visits.replaceSlots(park.layout.boothSlots);
        this.telemetry.replaceLayout(park.layout);
        this.state.layoutVersion = park.version;
        await this.showBooths();
        await this.showRooms();
        return;
      }
      case "rooms":
        await this.showRooms();
        return;
      case "room-occupancy": {
        const sign = this.state.rooms.get(event.roomId);
        if (sign) {
          sign.present = Math.min(255, event.present);
          sign.locked = event.locked;
        }
        return;
      }
      case "booths":
        await this.showBooths();
        return;
      case "notice":
        this.broadcast(MSG_NOTICE, event.notice);
        return;
      case "notified": {
        const wanted = new Set(event.userIds);
        for (const client of this.clients) if (client.auth && wanted.has(client.auth.user.id)) client.send(MSG_NOTIFIED, {});
        return;
      }
      case "people": {
        const looks = await findAvatarLooks(this.deps.db, event.userIds);
        for (const avatar of this.state.avatars.values()) {
          const mine = looks.get(avatar.userId);
          if (mine) dress(avatar, mine);
        }
        return;
      }
    }
  }

  /** Mirrors the booths table into the state: held slots of the current layout, changes only. */
  private async showBooths(): Promise<void> {
    const slots = new Set(this.sim.layout.boothSlots.map((s) => s.id));
    const rows = (await listBoothSigns(this.deps.db, this.state.parkId)).filter((r) => slots.has(r.slotId));
    const held = new Set(rows.map((r) => r.slotId));
    for (const slotId of [...this.state.booths.keys()]) if (!held.has(slotId)) this.state.booths.delete(slotId);
    for (const r of rows) {
      const fields = {
        companyId: r.companyId, name: r.name, colour: r.colour, logoImageId: r.logoImageId ?? "", verified: r.verified, version: r.version,
      };
      const sign = this.state.booths.get(r.slotId);
      if (sign) Object.assign(sign, fields);
      else this.state.booths.set(r.slotId, new BoothSign({ slotId: r.slotId, ...fields }));
    }
  }

  /** Mirrors the park's meeting rooms that have a door in the current layout; counts are kept. */
  private async showRooms(): Promise<void> {
    const doors = new Map<string, string>();
    for (const d of this.sim.layout.doors) if (d.meetingRoomId) doors.set(d.meetingRoomId, d.id);
    const rows = (await listRoomSigns(this.deps.db, this.state.parkId)).filter((r) => doors.has(r.roomId));
    const shown = new Set(rows.map((r) => r.roomId));
    for (const roomId of [...this.state.rooms.keys()]) if (!shown.has(roomId)) this.state.rooms.delete(roomId);
    for (const r of rows) {
      const fields = { doorId: doors.get(r.roomId)!, name: r.name, kind: r.kind, visibility: r.visibility, capacity: r.capacity };
      const sign = this.state.rooms.get(r.roomId);
      if (sign) Object.assign(sign, fields);
      else this.state.rooms.set(r.roomId, new RoomSign({ roomId: r.roomId, ...fields }));
    }
  }

  /** Meeting rooms already running (in any process) when this park room starts: their counts. */
  private async countRoomsFromListings(): Promise<void> {
    for (const listing of await matchMaker.query({ name: ROOM_MEETING })) {
      const meta = listing.metadata as { meetingRoomId?: string; present?: number; locked?: boolean } | undefined;
      const sign = meta?.meetingRoomId ? this.state.rooms.get(meta.meetingRoomId) : undefined;
      if (sign) {
        sign.present = Math.min(255, meta?.present ?? 0);
        sign.locked = meta?.locked ?? false;
      }
    }
  }

  /** People online: avatars whose client is connected, not those waiting for a reconnection. */
  private countOnline(): void {
    let online = 0;
    for (const a of this.state.avatars.values()) if (a.connected) online++;
    this.state.online = online;
  }

  /** Indexes move forward and wrap, so a freed index is not reused while clients may still hold it. */
  private allocateIdx(): number {
    if (this.usedIdx.size >= IDX_LIMIT) throw new ServerError(503, "this park is full");
    while (this.usedIdx.has(this.nextIdx)) this.nextIdx = (this.nextIdx % IDX_LIMIT) + 1;
    const idx = this.nextIdx;
    this.nextIdx = (this.nextIdx % IDX_LIMIT) + 1;
    this.usedIdx.add(idx);
    return idx;
  }

  private step(): void {
    const now = Date.now();
    const started = performance.now();
    const entered = this.sim.tick(PARK_TICK_MS / 1000, now);
    for (const e of entered) {
      const client = this.clients.get(e.avatar.sessionId);
      if ("portal" in e) {
        const message: PortalMessage = { parkId: e.portal.targetParkId, spawnId: e.portal.targetSpawnId };
        client?.send(MSG_PORTAL, message);
      } else {
        const message: DoorMessage = { meetingRoomId: e.door.meetingRoomId, doorId: e.door.id };
        client?.send(MSG_DOOR, message);
      }
    }
    // Joins and leaves first, so a client knows an avatar before it reads that avatar's position.
    this.broadcastPatch();
    this.frames.prepare(this.sim.avatars.values(), this.tickNo++);
    const outgoing: Outgoing[] = [];
    for (const client of this.clients) {
      const seat = client.userData;
      const me = this.sim.avatars.get(client.sessionId);
      if (!seat || !me || client.state !== ClientState.JOINED) continue;
      const frame = this.frames.frameFor(me.cell, seat.centre);
      seat.centre = me.cell;
      if (frame) outgoing.push({ client, frame });
    }
    this.sim.settle();
    if (this.tickNo % VISIT_CHECK_TICKS === 0) this.checkVisits(now);
    if (this.tickNo % ZONE_LISTING_TICKS === 0) this.listZones();
    if (outgoing.length > 0) this.sendSlice(outgoing, 0, started);
  }

  /** Once a second: booth areas, and the telemetry's sample of everyone connected. */
  private checkVisits(now: number): void {
    const sampled: SampledAvatar[] = [];
    for (const a of this.sim.avatars.values()) {
      const avatar = this.state.avatars.get(a.sessionId);
      if (!avatar?.userId) continue;
      const visit = this.visits.update(a.sessionId, avatar.userId, a.pose.x, a.pose.z, now);
      if (visit) this.pendingVisits.push(visit);
      if (avatar.connected) sampled.push({ sessionId: a.sessionId, userId: avatar.userId, x: a.pose.x, z: a.pose.z });
    }
    this.telemetry.sample(sampled, now);
  }

  /** People per zone into the listing, when they changed: the dashboard reads them from there. */
  private listZones(): void {
    const zones = this.telemetry.zoneCounts();
    const listed = JSON.stringify(zones);
    if (listed === this.listedZones) return;
    this.listedZones = listed;
    void this.setMetadata({ parkId: this.state.parkId, zones }).catch((err: unknown) => {
      this.deps.log.error({ err, parkId: this.state.parkId }, "could not list the people per zone");
    });
  }

  /**
   * Writes what the telemetry folded, with the booth stays that ended, off the tick. One write at a
   * time: while one is under way the samples go on folding, and the next write takes them.
   */
  private flushTelemetry(): Promise<void> {
    if (this.telemetryWrite) return this.telemetryWrite;
    const batch = this.telemetry.drain(Date.now());
    batch.stays.push(...this.visits.takeEndedStays());
    this.telemetryWrite = writeTelemetry(this.deps.db, this.state.parkId, batch)
      .catch((err: unknown) => {
        this.deps.log.error({ err, parkId: this.state.parkId, stays: batch.stays.length, cells: batch.heat.length }, "could not write telemetry");
      })
      .finally(() => { this.telemetryWrite = null; });
    return this.telemetryWrite;
  }

  private async flushVisits(): Promise<void> {
    if (this.pendingVisits.length === 0) return;
    const batch = this.pendingVisits;
    this.pendingVisits = [];
    try {
      await recordBoothVisits(this.deps.db, this.state.parkId, batch);
    } catch (err) {
      this.deps.log.error({ err, parkId: this.state.parkId, visits: batch.length }, "could not record booth visits");
    }
  }

  override async onDispose() {
    await this.flushVisits();
    // A room whose park could not be loaded has nothing folded.
    if (!this.telemetry) return;
    // Whoever is still here leaves with the room, so their stays are written too.
    const now = Date.now();
    for (const sessionId of this.state.avatars.keys()) {
      this.visits.remove(sessionId, now);
      this.telemetry.leave(sessionId, now);
    }
    await this.telemetryWrite;
    await this.flushTelemetry();
  }

  /**
   * Writing to a socket is most of a tick's cost (tens of microseconds each). Sending in slices,
   * with the event loop free in between, keeps a thousand writes from stalling incoming messages.
   */
  private sendSlice(outgoing: Outgoing[], from: number, started: number): void {
    const end = Math.min(outgoing.length, from + SEND_SLICE);
    for (let i = from; i < end; i++) {
      const { client, frame } = outgoing[i]!;
      if (client.state === ClientState.JOINED) client.enqueueRaw(frame);
    }
    if (end < outgoing.length) setImmediate(() => this.sendSlice(outgoing, end, started));
    else recordTick(performance.now() - started);
  }

}

/** Copies profile facts onto an avatar; schema fields only send what actually changed. */
function dress(avatar: Avatar, looks: AvatarLooks): void {
  avatar.name = looks.displayName;
  avatar.colour = looks.colour;
  avatar.style = looks.style;
  avatar.company = looks.company;
  avatar.verified = looks.verified;
  avatar.expert = looks.expertLevel === "none" ? "" : looks.expertLevel;
}

import { Callbacks, Client, type Room } from "@colyseus/sdk";
import { z } from "zod";
import { MSG_CHAT, MSG_CHAT_HISTORY, MSG_CHAT_LINE, MSG_CHAT_REFUSED, type ChatChannel, type ChatMessage } from "../../shared/protocol/chat.ts";
import {
  MSG_DOOR, MSG_EMOTE, MSG_MOVE, MSG_MOVEMENT_FRAME, MSG_NOTICE, MSG_NOTIFIED, MSG_PORTAL, ParkNotice,
  type DoorMessage, type Emote, type MoveIntent, type PortalMessage,
} from "../../shared/protocol/parkMessages.ts";
import { CLOSE_REPLACED, ROOM_PARK, type ParkJoinOptions } from "../../shared/protocol/rooms.ts";
import { PROTOCOL_VERSION } from "../../shared/protocol/version.ts";
import { ParkState, type Avatar, type BoothSign, type RoomSign } from "../../shared/schema/park.ts";
import { addChatHistory, addChatLine, clearChat, showChatRefusal, type ChatStore } from "../state/chat.ts";
import { clearFrameStore, notifyFrameChange, selfMotion, type FrameStore } from "../state/frame.ts";
import type { InputStore } from "../state/input.ts";
import { noticesStore, pushNotice } from "../state/notices.ts";
import { notificationsStore } from "../state/notifications.ts";
import { initialParkRoomState, markLoaded, sortPeople, type BoothSignView, type ParkRoomStore, type Person, type RoomSignView } from "../state/park.ts";
import { fetchPark } from "./api.ts";
import { parseChatHistory, parseChatLine, parseChatRefusal } from "./chatPayloads.ts";
import { addAvatar, applyMovementFrame, BUBBLE_MS, removeAvatar, showBubble, updateLooks } from "./frameBridge.ts";
import { startIntentSampler, type IntentSampler } from "./intentSampler.ts";

/** The portal message is parsed like any remote data before the page follows it somewhere. */
const PortalPayload: z.ZodType<PortalMessage> = z.object({ parkId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/), spawnId: z.string().max(48) });
const DoorPayload: z.ZodType<DoorMessage> = z.object({ meetingRoomId: z.string().uuid(), doorId: z.string().max(48) });

/** Where to appear in a park: a spawn point (through a portal) or in front of a door (out of a room). */
export interface Arrival { spawnId?: string; doorId?: string }

/** How long a polite leave may take before the socket is simply closed. */
const LEAVE_TIMEOUT_MS = 2000;

export interface ParkLinkDeps {
  frames: FrameStore;
  park: ParkRoomStore;
  chat: ChatStore;
  input: InputStore;
  endpoint: () => string;
  token: () => string | null;
  /** The server moved the person through a portal: show that park (it calls `enter` again). */
  onPortal: (parkId: string, spawnId: string) => void;
  /** The person walked through a meeting room's door: show the room (the park link is left by the page). */
  onDoor: (meetingRoomId: string) => void;
  /** The server refused the session token: the person must sign in again. */
  onUnauthorized: () => void;
}

export interface ParkLink {
  /** Joins a park, leaving the current one first. Calls are queued, never overlapping. */
  enter(parkId: string, arrival?: Arrival): Promise<void>;
  exit(): Promise<void>;
  emote(emote: Emote): void;
  /** Asks the server to say `text`; false when there is no room to say it in. The server may still refuse it. */
  say(channel: ChatChannel, text: string): boolean;
}

interface Active {
  room: Room<unknown, ParkState>;
  sampler: IntentSampler;
  closed: boolean;
  /** Wakes the canvas when a speech bubble runs out, so it is taken down even while nothing moves. */
  bubbleTimers: Set<ReturnType<typeof setTimeout>>;
}

/**
 * The one owner of the park room's lifecycle: joins, wires schema and movement frames into the
 * stores, follows portals, shows drops and reconnections, and leaves. Entering and leaving are
 * serialised, so a quick leave-and-rejoin (React's StrictMode, a portal) never has two sessions
 * of the same account racing each other into the room.
 */
export function createParkLink(deps: ParkLinkDeps): ParkLink {
  let queue: Promise<void> = Promise.resolve();
  let generation = 0;
  let active: Active | null = null;

  const setPark = deps.park.setState;

  const close = async (): Promise<void> => {
    const current = active;
    active = null;
    if (!current) return;
    current.sampler.stop();
    for (const timer of current.bubbleTimers) clearTimeout(timer);
    if (!current.closed) {
      current.closed = true;
      current.room.reconnection.enabled = false;
      const left = current.room.leave(true).catch(() => undefined);
      const timedOut = new Promise<"timeout">((r) => setTimeout(() => r("timeout"), LEAVE_TIMEOUT_MS));
      if ((await Promise.race([left, timedOut])) === "timeout") current.room.connection.close();
    }
    clearFrameStore(deps.frames);
    clearChat(deps.chat);
  };

  const open = async (parkId: string, arrival: Arrival, gen: number): Promise<void> => {
    clearFrameStore(deps.frames);
    clearChat(deps.chat);
    setPark({ ...initialParkRoomState(), parkId, status: "connecting" });
    const token = deps.token();
    if (!token) {
      deps.onUnauthorized();
      return;
    }

    const layout = fetchPark(parkId);
    void layout.then((detail) => {
      if (gen === generation && detail.ok) markLoaded(deps.park, "layout");
    });
    const client = new Client(deps.endpoint());
    client.auth.token = token;
    const options: ParkJoinOptions = {
      parkId, protocol: PROTOCOL_VERSION, ...(arrival.spawnId ? { spawnId: arrival.spawnId } : {}), ...(arrival.doorId ? { doorId: arrival.doorId } : {}),
    };
    let room: Room<unknown, ParkState>;
    try {
      room = await client.joinOrCreate<ParkState>(ROOM_PARK, options, ParkState);
    } catch (e) {
      if (gen !== generation) return;
      const code = (e as { code?: unknown }).code;
      if (code === 401) deps.onUnauthorized();
      setPark({ status: "failed", error: e instanceof Error ? e.message : String(e) });
      return;
    }
    if (gen !== generation) {
      room.reconnection.enabled = false;
      await room.leave(true).catch(() => undefined);
      return;
    }
    markLoaded(deps.park, "room");

    const sampler = startIntentSampler({
      input: deps.input,
      frames: deps.frames,
      send: (intent: MoveIntent) => room.send(MSG_MOVE, intent),
    });
    const current: Active = { room, sampler, closed: false, bubbleTimers: new Set() };
    active = current;
    deps.frames.selfSessionId = room.sessionId;
    wireRoom(current);
    setPark({ status: "connected" });

    const detail = await layout;
    if (gen !== generation) return;
    if (detail.ok) {
      // A save announced while the first fetch was under way has already fetched a newer one.
      if (detail.value.version >= deps.park.getState().layoutVersion) setPark({ layout: detail.value.layout, layoutVersion: detail.value.version });
    } else setPark({ status: "failed", error: detail.error.message });
  };

  const wireRoom = (current: Active): void => {
    const { room } = current;
    const callbacks = Callbacks.get(room);
    let rosterQueued = false;
    // Loading steps: the first state after the join, then the first record that places this person.
    room.onStateChange.once(() => {
      if (active === current) markLoaded(deps.park, "state");
    });
    const checkPlaced = (): void => {
      if (active === current && selfMotion(deps.frames)?.hasPosition) markLoaded(deps.park, "position");
    };
    // A join brings every avatar at once: rebuild the list once per batch, not once per avatar.
    const refreshPeople = (): void => {
      if (rosterQueued) return;
      rosterQueued = true;
      queueMicrotask(() => {
        rosterQueued = false;
        if (active !== current) return;
        const people: Person[] = [];
        room.state.avatars.forEach((a: Avatar, sessionId: string) => {
          people.push({
            sessionId, userId: a.userId, name: a.name, company: a.company, verified: a.verified, style: a.style, expert: a.expert,
            role: a.role, colour: a.colour, connected: a.connected, isSelf: sessionId === room.sessionId,
          });
        });
        setPark({ people: sortPeople(people) });
      });
    };

    callbacks.onAdd("avatars", (avatar: Avatar, sessionId: string) => {
      const looks = () => ({ name: avatar.name, colour: avatar.colour, role: avatar.role, connected: avatar.connected, style: avatar.style });
      addAvatar(deps.frames, sessionId, avatar.idx, looks(), performance.now());
      if (sessionId === room.sessionId) checkPlaced();
      callbacks.onChange(avatar, () => {
        updateLooks(deps.frames, sessionId, looks());
        refreshPeople();
      });
      refreshPeople();
    });
    callbacks.onRemove("avatars", (_avatar: Avatar, sessionId: string) => {
      removeAvatar(deps.frames, sessionId);
      refreshPeople();
    });
    callbacks.listen("online", (online: number) => setPark({ online }));

    // A manager saved the park: fetch the new layout (it is too large to travel in the state).
    callbacks.listen("layoutVersion", (version: number) => {
      const known = deps.park.getState().layoutVersion;
      if (known === 0 || version <= known) return;
      void fetchPark(room.state.parkId).then((detail) => {
        if (active !== current || !detail.ok) return;
        if (detail.value.version > deps.park.getState().layoutVersion) setPark({ layout: detail.value.layout, layoutVersion: detail.value.version });
      });
    });

    let boothsQueued = false;
    const refreshBooths = (): void => {
      if (boothsQueued) return;
      boothsQueued = true;
      queueMicrotask(() => {
        boothsQueued = false;
        if (active !== current) return;
        const booths: Record<string, BoothSignView> = {};
        room.state.booths.forEach((b: BoothSign, slotId: string) => {
          booths[slotId] = { slotId, companyId: b.companyId, name: b.name, colour: b.colour, logoImageId: b.logoImageId, verified: b.verified, version: b.version };
        });
        setPark({ booths });
      });
    };
    callbacks.onAdd("booths", (booth: BoothSign) => {
      callbacks.onChange(booth, refreshBooths);
      refreshBooths();
    });
    callbacks.onRemove("booths", refreshBooths);

    let roomsQueued = false;
    const refreshRooms = (): void => {
      if (roomsQueued) return;
      roomsQueued = true;
      queueMicrotask(() => {
        roomsQueued = false;
        if (active !== current) return;
        const rooms: Record<string, RoomSignView> = {};
        room.state.rooms.forEach((r: RoomSign) => {
          rooms[r.doorId] = {
            roomId: r.roomId, doorId: r.doorId, name: r.name, kind: r.kind, visibility: r.visibility, capacity: r.capacity, present: r.present, locked: r.locked,
          };
        });
        setPark({ rooms });
      });
    };
    callbacks.onAdd("rooms", (sign: RoomSign) => {
      callbacks.onChange(sign, refreshRooms);
      refreshRooms();
    });
    callbacks.onRemove("rooms", refreshRooms);

    room.onMessage(MSG_MOVEMENT_FRAME, (bytes: Uint8Array) => {
      try {
        applyMovementFrame(deps.frames, bytes, performance.now());
        checkPlaced();
      } catch (e) {
        console.warn("dropped a movement frame", e);
      }
    });
    room.onMessage(MSG_PORTAL, (payload: unknown) => {
      const portal = PortalPayload.safeParse(payload);
      if (portal.success && active === current) deps.onPortal(portal.data.parkId, portal.data.spawnId);
    });
    room.onMessage(MSG_DOOR, (payload: unknown) => {
      const door = DoorPayload.safeParse(payload);
      if (door.success && active === current) deps.onDoor(door.data.meetingRoomId);
    });
    room.onMessage(MSG_CHAT_LINE, (payload: unknown) => {
      const line = parseChatLine(payload);
      if (!line || active !== current) return;
      addChatLine(deps.chat, line, line.sessionId === room.sessionId);
      if (line.channel === "local" && line.sessionId !== null && showBubble(deps.frames, line.sessionId, line.text, performance.now())) {
        const timer = setTimeout(() => {
          current.bubbleTimers.delete(timer);
          if (active === current) notifyFrameChange(deps.frames);
        }, BUBBLE_MS + 50);
        current.bubbleTimers.add(timer);
      }
    });
    room.onMessage(MSG_CHAT_HISTORY, (payload: unknown) => {
      if (active === current) addChatHistory(deps.chat, parseChatHistory(payload));
    });
    room.onMessage(MSG_CHAT_REFUSED, (payload: unknown) => {
      const refusal = parseChatRefusal(payload);
      if (refusal && active === current) showChatRefusal(deps.chat, refusal, Date.now());
    });
    room.onMessage(MSG_NOTICE, (payload: unknown) => {
      const notice = ParkNotice.safeParse(payload);
      if (notice.success && active === current) pushNotice(noticesStore, notice.data, Date.now());
    });
    room.onMessage(MSG_NOTIFIED, () => {
      if (active === current) notificationsStore.getState().ping();
    });
    room.onDrop(() => {
      if (active === current) setPark({ status: "reconnecting" });
    });
    room.onReconnect(() => {
      if (active !== current) return;
      setPark({ status: "connected", error: null });
      current.sampler.reset();
    });
    room.onLeave((code: number, reason?: string) => {
      if (current.closed) return;
      current.closed = true;
      current.sampler.stop();
      if (active !== current) return;
      if (code === CLOSE_REPLACED) setPark({ status: "replaced", error: reason ?? null });
      else setPark({ status: "failed", error: reason || null });
    });
    room.onError((code: number, message?: string) => {
      // Failed reconnection attempts also land here, without a code: the banner already says so.
      if (code !== undefined) console.warn(`park room error ${code}: ${message ?? ""}`);
    });
  };

  const schedule = (job: () => Promise<void>): Promise<void> => {
    const run = () => job().catch((e: unknown) => {
      console.error("park link", e);
      setPark({ status: "failed", error: e instanceof Error ? e.message : String(e) });
    });
    queue = queue.then(run);
    return queue;
  };

  return {
    enter(parkId, arrival = {}) {
      const gen = ++generation;
      return schedule(async () => {
        await close();
        if (gen === generation) await open(parkId, arrival, gen);
      });
    },
    exit() {
      ++generation;
      return schedule(async () => {
        await close();
        setPark(initialParkRoomState());
      });
    },
    emote(emote) {
      if (active && !active.closed) active.room.send(MSG_EMOTE, { emote });
    },
    say(channel, text) {
      if (!active || active.closed) return false;
      const message: ChatMessage = { channel, text };
      active.room.send(MSG_CHAT, message);
      return true;
    },
  };
}

import { type Client, ClientState, Room } from "@colyseus/core";
import { schema, StateView, t, type SchemaType } from "@colyseus/schema";
import { PARK_TICK_MS } from "../shared/constants.ts";
import { MSG_MOVE } from "../shared/protocol/parkMessages.ts";
import { ParkJoinOptions } from "../shared/protocol/rooms.ts";
import { cellKeyAt, GRID_SIDE, visibleCells } from "../shared/rules/interestGrid.ts";
import type { ParkSimulation, SimAvatar } from "../server/park/ParkSimulation.ts";
import { recordTick } from "../server/park/tickStats.ts";
import { loadSimulation, ParkRoom, type ParkRoomDeps } from "../server/rooms/ParkRoom.ts";
import type { Actor } from "../server/services/accounts.ts";

/**
 * The benchmark's baseline: the textbook Colyseus way to send each client what is near it. Every
 * avatar, with its position, lives in a view-filtered schema collection; each client has its own
 * StateView, to which the room adds and removes the avatars of the same 3×3 cells the Enclave room
 * uses. Same simulation, same interest, same 10 Hz and same 16-bit positions: only the delivery differs.
 */
export const ViewAvatar = schema({
  idx: t.uint16(),
  name: t.string(),
  colour: t.string(),
  role: t.string(),
  x: t.uint16(),
  z: t.uint16(),
  heading: t.uint8(),
  anim: t.uint8(),
}, "ViewAvatar");
export type ViewAvatar = SchemaType<typeof ViewAvatar>;

export const ViewParkState = schema({
  online: t.uint16().default(0),
  avatars: t.map(ViewAvatar).view(),
}, "ViewParkState");
export type ViewParkState = SchemaType<typeof ViewParkState>;

interface ViewSeat { visible: Set<string> }

export class StateViewParkRoom extends Room<{ state: ViewParkState; client: Client<{ userData: ViewSeat; auth: Actor }> }> {
  static deps: ParkRoomDeps;
  override autoDispose = false;
  override patchRate: number | null = null;
  override maxMessagesPerSecond = 40;
  private sim!: ParkSimulation;
  private nextIdx = 1;

  private get deps(): ParkRoomDeps {
    return (this.constructor as typeof ParkRoom).deps;
  }

  override async onCreate(options: { parkId: string }) {
    this.sim = (await loadSimulation(this.deps, options.parkId)).sim;
    this.state = new ViewParkState();
    await this.setMetadata({ parkId: options.parkId });
    this.onMessage(MSG_MOVE, (client, payload) => { this.sim.intent(client.sessionId, payload, Date.now()); });
    this.onMessage("*", () => undefined);
    this.setTimestep(() => this.step(), PARK_TICK_MS);
  }

  override onJoin(client: Client<{ userData: ViewSeat; auth: Actor }>, options: unknown, actor: Actor) {
    const { spawnId } = ParkJoinOptions.parse(options);
    const idx = this.nextIdx++;
    this.sim.add(client.sessionId, idx, this.sim.spawnPose(spawnId), Date.now());
    this.state.avatars.set(client.sessionId, new ViewAvatar({
      idx, name: actor.user.displayName, colour: actor.user.colour, role: actor.user.role, x: 0, z: 0, heading: 0, anim: 0,
    }));
    this.state.online = this.state.avatars.size;
    client.view = new StateView();
    client.userData = { visible: new Set() };
  }

  override onLeave(client: Client<{ userData: ViewSeat; auth: Actor }>) {
    this.state.avatars.delete(client.sessionId);
    this.sim.remove(client.sessionId);
    this.state.online = this.state.avatars.size;
  }

  private step(): void {
    const started = performance.now();
    this.sim.tick(PARK_TICK_MS / 1000, Date.now());
    const byCell = new Map<number, SimAvatar[]>();
    for (const a of this.sim.avatars.values()) {
      const s = this.state.avatars.get(a.sessionId);
      if (s && a.changed) {
        s.x = a.qx;
        s.z = a.qz;
        s.heading = a.qh;
        s.anim = a.qa;
      }
      const key = cellKeyAt(a.pose.x, a.pose.z);
      const list = byCell.get(key);
      if (list) list.push(a);
      else byCell.set(key, [a]);
    }
    for (const client of this.clients) {
      const me = this.sim.avatars.get(client.sessionId);
      if (!me || !client.view || !client.userData || client.state !== ClientState.JOINED) continue;
      const now = new Set<string>();
      for (const key of visibleCells(me.cell % GRID_SIDE, Math.floor(me.cell / GRID_SIDE))) {
        for (const a of byCell.get(key) ?? []) now.add(a.sessionId);
      }
      for (const id of now) {
        if (!client.userData.visible.has(id)) client.view.add(this.state.avatars.get(id)!);
      }
      for (const id of client.userData.visible) {
        const s = this.state.avatars.get(id);
        if (!now.has(id) && s) client.view.remove(s);
      }
      client.userData.visible = now;
    }
    this.sim.settle();
    this.broadcastPatch();
    if (this.clients.length > 0) recordTick(performance.now() - started);
  }
}

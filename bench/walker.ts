import { WALK_SPEED } from "../shared/constants.ts";
import type { MoveIntent } from "../shared/protocol/parkMessages.ts";
import type { ParkLayout } from "../shared/protocol/parkLayout.ts";
import { isWalkable, type WalkArea } from "../shared/rules/movement.ts";
import { planVisit, routeTo, type Random, type Stop } from "../server/park/zoneRoutes.ts";

/** A circle a bot keeps to: every place it walks to lies inside it. */
export interface WanderCircle { x: number; z: number; radius: number }

/**
 * How a bot picks where to go: "roam" wanders anywhere within a minute's walk (the park benchmark's
 * crowd); "zones" goes from zone to zone as people do (bench/zoneRoutes.ts), so the heatmap of a
 * demo park looks like a real one.
 */
export type WalkerRoute = "roam" | "zones";

export interface WalkerOptions {
  route?: WalkerRoute;
  random?: Random;
}

/**
 * How a bot walks the park like a person: pick a place, go there, sometimes linger, pick the next.
 * It sends its intent every tick while walking, as a held key would.
 * Roaming, places lie within a minute's walk; with a wander circle, inside that circle instead (a
 * crowded plaza), and the bot heads for the first one straight away. By zones, it visits a zone
 * chosen by its draw, stops at a few places there (booth counters in the exhibition street) for as
 * long as people stay in such a place, walks round buildings on the way, and goes on to the next.
 */
export class Walker {
  private x: number;
  private z: number;
  private target: [number, number];
  /** When the bot reaches its target; null until the first tick, when it sets off. */
  private arriveAt: number | null;
  private pauseUntil = 0;
  private readonly area: WalkArea;
  private readonly layout: ParkLayout;
  private readonly wander: WanderCircle | undefined;
  private readonly route: WalkerRoute;
  private readonly random: Random;
  /** Zones: the places still to visit, and how long to stay at the current target once there. */
  private queue: Stop[] = [];
  private lingerMs = 0;

  /** `wander` keeps every place inside a circle (roaming only). */
  constructor(layout: ParkLayout, spawnId: string, wander?: WanderCircle, options: WalkerOptions = {}) {
    this.layout = layout;
    this.area = { width: layout.size.width, depth: layout.size.depth, obstacles: layout.buildings };
    this.wander = wander;
    this.route = options.route ?? "roam";
    this.random = options.random ?? Math.random;
    const spawn = layout.spawnPoints.find((s) => s.id === spawnId) ?? layout.spawnPoints[0]!;
    this.x = spawn.x;
    this.z = spawn.z;
    if (this.wander && this.route === "roam") {
      this.target = this.pickTarget();
      this.arriveAt = null;
    } else {
      this.target = [spawn.x, spawn.z];
      this.arriveAt = 0;
    }
  }

  /** Where the bot is heading now. */
  get heading(): readonly [number, number] {
    return this.target;
  }

  /** The intent to send now, or null to stay quiet this tick. */
  next(now: number): MoveIntent | null {
    if (this.arriveAt === null) this.arriveAt = now + this.walkMs();
    if (now < this.pauseUntil) return null;
    if (now >= this.arriveAt) {
      [this.x, this.z] = this.target; // near enough: the server may have stopped it at a wall
      if (this.route === "zones") return this.nextByZones(now);
      if (this.random() < 0.2) {
        this.pauseUntil = now + 500 + this.random() * 2500;
        this.arriveAt = this.pauseUntil;
        return { stop: true };
      }
      this.target = this.pickTarget();
      this.arriveAt = now + this.walkMs();
    }
    return { to: this.target };
  }

  /** Arrived by zones: stay as long as this place holds people, then walk on to the next. */
  private nextByZones(now: number): MoveIntent {
    if (this.lingerMs > 0) {
      this.pauseUntil = now + this.lingerMs;
      this.arriveAt = this.pauseUntil;
      this.lingerMs = 0;
      return { stop: true };
    }
    if (this.queue.length === 0) this.queue = planVisit(this.layout, this.area, this.random) ?? [{ x: this.x, z: this.z, lingerMs: 5000 }];
    const stop = this.queue.shift()!;
    const [first, ...rest] = routeTo(this.area, [this.x, this.z], [stop.x, stop.z], this.random);
    // Round a building: the corner point first, with no linger; the stop comes next, with its own.
    if (rest.length > 0) this.queue.unshift(stop);
    this.target = first!;
    this.lingerMs = rest.length > 0 ? 0 : stop.lingerMs;
    this.arriveAt = now + this.walkMs();
    return { to: this.target };
  }

  private walkMs(): number {
    return (Math.hypot(this.target[0] - this.x, this.target[1] - this.z) / WALK_SPEED) * 1000;
  }

  private pickTarget(): [number, number] {
    const w = this.wander;
    for (let i = 0; i < 50; i++) {
      const a = this.random() * Math.PI * 2;
      // In a circle: uniform over its area. Otherwise: 10 to 60 m from here.
      const r = w ? w.radius * Math.sqrt(this.random()) : 10 + this.random() * 50;
      const x = (w ? w.x : this.x) + Math.cos(a) * r;
      const z = (w ? w.z : this.z) + Math.sin(a) * r;
      if (isWalkable(this.area, x, z)) return [x, z];
    }
    return w ? [w.x, w.z] : [this.x, this.z];
  }
}

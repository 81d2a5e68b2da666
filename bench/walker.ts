import { WALK_SPEED } from "../shared/constants.ts";
import type { MoveIntent } from "../shared/protocol/parkMessages.ts";
import type { ParkLayout } from "../shared/protocol/parkLayout.ts";
import { isWalkable, type WalkArea } from "../shared/rules/movement.ts";

/** A circle a bot keeps to: every place it walks to lies inside it. */
export interface WanderCircle { x: number; z: number; radius: number }

/**
 * How a bot walks the park like a person: pick a place within a minute's walk, go there, sometimes
 * linger, pick the next. It sends its intent every tick while walking, as a held key would.
 * With a wander circle, every place is picked inside that circle instead (a crowded plaza), and
 * the bot heads for the first one straight away.
 */
export class Walker {
  private x: number;
  private z: number;
  private target: [number, number];
  /** When the bot reaches its target; null until the first tick, when it sets off. */
  private arriveAt: number | null;
  private pauseUntil = 0;
  private readonly area: WalkArea;
  private readonly wander: WanderCircle | undefined;

  constructor(layout: ParkLayout, spawnId: string, wander?: WanderCircle) {
    this.area = { width: layout.size.width, depth: layout.size.depth, obstacles: layout.buildings };
    this.wander = wander;
    const spawn = layout.spawnPoints.find((s) => s.id === spawnId) ?? layout.spawnPoints[0]!;
    this.x = spawn.x;
    this.z = spawn.z;
    if (wander) {
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
      if (Math.random() < 0.2) {
        this.pauseUntil = now + 500 + Math.random() * 2500;
        this.arriveAt = this.pauseUntil;
        return { stop: true };
      }
      this.target = this.pickTarget();
      this.arriveAt = now + this.walkMs();
    }
    return { to: this.target };
  }

  private walkMs(): number {
    return (Math.hypot(this.target[0] - this.x, this.target[1] - this.z) / WALK_SPEED) * 1000;
  }

  private pickTarget(): [number, number] {
    const w = this.wander;
    for (let i = 0; i < 50; i++) {
      const a = Math.random() * Math.PI * 2;
      // In a circle: uniform over its area. Otherwise: 10 to 60 m from here.
      const r = w ? w.radius * Math.sqrt(Math.random()) : 10 + Math.random() * 50;
      const x = (w ? w.x : this.x) + Math.cos(a) * r;
      const z = (w ? w.z : this.z) + Math.sin(a) * r;
      if (isWalkable(this.area, x, z)) return [x, z];
    }
    return w ? [w.x, w.z] : [this.x, this.z];
  }
}

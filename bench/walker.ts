import { WALK_SPEED } from "../shared/constants.ts";
import type { MoveIntent } from "../shared/protocol/parkMessages.ts";
import type { ParkLayout } from "../shared/protocol/parkLayout.ts";
import { isWalkable, type WalkArea } from "../shared/rules/movement.ts";

/**
 * How a bot walks the park like a person: pick a place within a minute's walk, go there, sometimes
 * linger, pick the next. It sends its intent every tick while walking, as a held key would.
 */
export class Walker {
  private x: number;
  private z: number;
  private target: [number, number];
  private arriveAt = 0;
  private pauseUntil = 0;
  private readonly area: WalkArea;

  constructor(layout: ParkLayout, spawnId: string) {
    this.area = { width: layout.size.width, depth: layout.size.depth, obstacles: layout.buildings };
    const spawn = layout.spawnPoints.find((s) => s.id === spawnId) ?? layout.spawnPoints[0]!;
    this.x = spawn.x;
    this.z = spawn.z;
    this.target = [spawn.x, spawn.z];
  }

  /** The intent to send now, or null to stay quiet this tick. */
  next(now: number): MoveIntent | null {
    if (now < this.pauseUntil) return null;
    if (now >= this.arriveAt) {
      [this.x, this.z] = this.target; // near enough: the server may have stopped it at a wall
      if (Math.random() < 0.2) {
        this.pauseUntil = now + 500 + Math.random() * 2500;
        this.arriveAt = this.pauseUntil;
        return { stop: true };
      }
      this.target = this.pickTarget();
      this.arriveAt = now + (Math.hypot(this.target[0] - this.x, this.target[1] - this.z) / WALK_SPEED) * 1000;
    }
    return { to: this.target };
  }

  private pickTarget(): [number, number] {
    for (let i = 0; i < 50; i++) {
      const a = Math.random() * Math.PI * 2;
      const r = 10 + Math.random() * 50;
      const x = this.x + Math.cos(a) * r;
      const z = this.z + Math.sin(a) * r;
      if (isWalkable(this.area, x, z)) return [x, z];
    }
    return [this.x, this.z];
  }
}

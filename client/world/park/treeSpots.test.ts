import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import { treeSpots } from "./treeSpots.ts";

const home = ParkLayout.parse(JSON.parse(fs.readFileSync(new URL("../../../assets/parks/01-home.json", import.meta.url), "utf8")));

describe("tree placement", () => {
  const trees = treeSpots(home);

  it("plants a park's worth of trees, the same ones every time", () => {
    expect(trees.length).toBeGreaterThan(40);
    expect(treeSpots(home)).toEqual(trees);
  });

  it("keeps trees out of buildings, off paved zones and away from spawn points and portals", () => {
    for (const t of trees) {
      for (const b of home.buildings) {
        expect(t.x > b.x - 4 && t.x < b.x + b.width + 4 && t.z > b.z - 4 && t.z < b.z + b.depth + 4, `tree at ${t.x},${t.z} in ${b.id}`).toBe(false);
      }
      for (const s of home.spawnPoints) expect(Math.hypot(s.x - t.x, s.z - t.z)).toBeGreaterThan(5);
      for (const p of home.portals) expect(Math.hypot(p.x - t.x, p.z - t.z)).toBeGreaterThan(p.radius + 7);
      const plaza = home.zones.find((z) => z.kind === "plaza")!;
      const [[x0, z0], , [x1, z1]] = plaza.polygon as [[number, number], [number, number], [number, number]];
      expect(t.x > x0 && t.x < x1 && t.z > z0 && t.z < z1).toBe(false);
    }
  });
});

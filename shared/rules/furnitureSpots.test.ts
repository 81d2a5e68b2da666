import { describe, expect, it } from "vitest";
import home from "../../assets/parks/01-home.json" with { type: "json" };
import { ParkLayout } from "../protocol/parkLayout.ts";
import { furnitureSpots } from "./furnitureSpots.ts";

const layout = ParkLayout.parse(home);

describe("benches and lamps", () => {
  it("furnish the home park's zones, with benches where people gather", () => {
    const { benches, lamps } = furnitureSpots(layout);
    expect(lamps.length).toBeGreaterThan(20);
    expect(benches.length).toBeGreaterThan(10);
  });

  it("never stand in or against a building, or on a booth, door, portal or spawn point", () => {
    const { benches, lamps } = furnitureSpots(layout);
    for (const s of [...benches, ...lamps]) {
      for (const b of layout.buildings) {
        expect(s.x > b.x - 3 && s.x < b.x + b.width + 3 && s.z > b.z - 3 && s.z < b.z + b.depth + 3).toBe(false);
      }
      for (const p of [...layout.boothSlots, ...layout.doors, ...layout.spawnPoints, ...layout.portals]) {
        expect(Math.hypot(p.x - s.x, p.z - s.z)).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it("are the same on every client", () => {
    expect(furnitureSpots(layout)).toEqual(furnitureSpots(layout));
  });
});

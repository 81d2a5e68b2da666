import type { ParkLayout } from "../shared/protocol/parkLayout.ts";

/**
 * The benchmark's park: 300 × 300 m like the home park, with a few buildings and thirty entrances
 * spread over it, so a thousand arrivals start spread out as a busy day's crowd would be, and two
 * streets of booth stands.
 */
export function benchParkLayout(): ParkLayout {
  const buildings = [
    { id: "b-1", x: 40, z: 40, width: 40, depth: 30, height: 12 },
    { id: "b-2", x: 200, z: 50, width: 50, depth: 30, height: 16 },
    { id: "b-3", x: 60, z: 200, width: 40, depth: 40, height: 10 },
    { id: "b-4", x: 190, z: 200, width: 60, depth: 25, height: 14 },
    { id: "b-5", x: 130, z: 130, width: 20, depth: 20, height: 8 },
  ];
  const inside = (x: number, z: number) => buildings.some((b) => x > b.x - 2 && x < b.x + b.width + 2 && z > b.z - 2 && z < b.z + b.depth + 2);
  const spawnPoints: ParkLayout["spawnPoints"] = [];
  for (let i = 0; i < 6 && spawnPoints.length < 32; i++) {
    for (let j = 0; j < 6 && spawnPoints.length < 30; j++) {
      let x = 25 + i * 50;
      const z = 25 + j * 50;
      if (inside(x, z)) x += 40;
      if (!inside(x, z)) spawnPoints.push({ id: `s-${i}-${j}`, x, z, rotation: 0 });
    }
  }
  // Two streets of stands, so the room's booth-visit counting runs on a busy park as it would.
  const boothSlots: ParkLayout["boothSlots"] = [];
  for (const [row, z] of [115, 185].entries()) {
    for (let x = 20; x <= 280; x += 10) {
      if (!inside(x, z)) boothSlots.push({ id: `booth-${row}-${x}`, zoneId: "all", x, z, rotation: row === 0 ? 0 : Math.PI });
    }
  }
  return {
    id: "bench",
    name: { "zh-CN": "压力测试园区", en: "Benchmark Park" },
    city: { "zh-CN": "测试", en: "Test" },
    description: { "zh-CN": "仅用于性能测试。", en: "Used only by the benchmark." },
    size: { width: 300, depth: 300 },
    zones: [{ id: "all", kind: "plaza", name: { "zh-CN": "全园", en: "Whole park" }, polygon: [[0, 0], [300, 0], [300, 300], [0, 300]] }],
    buildings,
    boothSlots,
    doors: [],
    boards: [],
    portals: [],
    spawnPoints,
    decorations: [],
  };
}

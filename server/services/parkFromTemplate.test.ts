import { describe, expect, it } from "vitest";
import { readParkSeeds } from "./parkSeeds.ts";
import { parkFromTemplate } from "./parkFromTemplate.ts";

const [home, changshu] = readParkSeeds();
const names = { id: "wuxi", name: { "zh-CN": "无锡园区", en: "Wuxi Park" }, city: { "zh-CN": "无锡", en: "Wuxi" } };
const parks = [
  { id: "home", spawnIds: ["main", "from-changshu"] },
  { id: "changshu-enclave", spawnIds: ["main", "from-beijing"] },
];

describe("a park from a template", () => {
  it("takes the new id and names, the template's description and everything laid out", () => {
    const park = parkFromTemplate(home!, names, parks);
    expect(park).toMatchObject({ id: "wuxi", name: names.name, city: names.city, description: home!.description, size: home!.size });
    expect(park.boothSlots).toEqual(home!.boothSlots);
    expect(park.buildings).toEqual(home!.buildings);
    expect(park.portals).toEqual(home!.portals);
    // A copy: editing the new park never edits the template.
    park.boothSlots[0]!.x = 1;
    expect(home!.boothSlots[0]!.x).toBe(210);
  });

  it("keeps the doors where they are, leading to no room: the template's rooms are its own park's", () => {
    const park = parkFromTemplate(home!, names, parks);
    expect(home!.doors.some((d) => d.meetingRoomId)).toBe(true);
    expect(park.doors.map((d) => d.id)).toEqual(home!.doors.map((d) => d.id));
    expect(park.doors.every((d) => d.meetingRoomId === undefined)).toBe(true);
  });

  it("keeps portals that lead somewhere, and turns the others towards a park that exists", () => {
    const gates = {
      ...changshu!,
      portals: [
        changshu!.portals[0]!,
        { ...changshu!.portals[0]!, id: "to-self", targetParkId: "changshu-enclave", targetSpawnId: "main" },
        { ...changshu!.portals[0]!, id: "to-gone", targetParkId: "gone", targetSpawnId: "main" },
        { ...changshu!.portals[0]!, id: "bad-spawn", targetParkId: "home", targetSpawnId: "roof" },
      ],
    };
    const park = parkFromTemplate(gates, names, parks);
    expect(park.portals.map((p) => [p.id, p.targetParkId, p.targetSpawnId])).toEqual([
      ["portal-beijing", "home", "from-changshu"],
      ["to-self", "wuxi", "main"],
      ["to-gone", "changshu-enclave", "main"],
      ["bad-spawn", "home", "main"],
    ]);
  });

  it("drops portals only when there is no park at all to lead to", () => {
    expect(parkFromTemplate({ ...home!, portals: [{ ...home!.portals[0]!, targetParkId: "gone" }] }, names, []).portals).toEqual([]);
  });
});

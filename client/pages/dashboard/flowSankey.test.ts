import { describe, expect, it } from "vitest";
import { flowSankey } from "./flowSankey.ts";

describe("zone flows as a sankey", () => {
  it("draws a move and its way back as two bands between a left and a right copy of each zone, so nothing loops", () => {
    const { nodes, links } = flowSankey([
      { fromZoneId: "plaza", toZoneId: "hall", moves: 5 },
      { fromZoneId: "hall", toZoneId: "plaza", moves: 3 },
    ], 10);
    expect(links).toEqual([
      { source: "from:plaza", target: "to:hall", value: 5 },
      { source: "from:hall", target: "to:plaza", value: 3 },
    ]);
    expect(nodes.map((n) => n.name)).toEqual(["from:plaza", "from:hall", "to:hall", "to:plaza"]);
    // Every link runs from a left node to a right node: the graph has no cycle.
    const side = new Map(nodes.map((n) => [n.name, n.side]));
    for (const l of links) expect([side.get(l.source), side.get(l.target)]).toEqual(["from", "to"]);
  });

  it("keeps the biggest moves only, and leaves out staying in the same zone", () => {
    const { nodes, links } = flowSankey([
      { fromZoneId: "a", toZoneId: "b", moves: 1 },
      { fromZoneId: "a", toZoneId: "a", moves: 50 },
      { fromZoneId: "c", toZoneId: "a", moves: 9 },
      { fromZoneId: "b", toZoneId: "c", moves: 4 },
    ], 2);
    expect(links.map((l) => [l.source, l.target, l.value])).toEqual([["from:c", "to:a", 9], ["from:b", "to:c", 4]]);
    expect(nodes.map((n) => n.zoneId).sort()).toEqual(["a", "b", "c", "c"]);
  });

  it("is empty without moves", () => {
    expect(flowSankey([], 10)).toEqual({ nodes: [], links: [] });
  });
});

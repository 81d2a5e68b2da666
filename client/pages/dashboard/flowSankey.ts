import type { ZoneFlow } from "../../../shared/protocol/dashboard.ts";

/**
 * Moves between zones as a sankey that cannot loop: every zone appears twice, once on the left as
 * where people came from and once on the right as where they went next, so plaza → hall and
 * hall → plaza are two bands instead of a cycle (which a sankey cannot draw).
 */

export interface SankeyNode { name: string; zoneId: string; side: "from" | "to" }
export interface SankeyLink { source: string; target: string; value: number }

export const fromNode = (zoneId: string) => `from:${zoneId}`;
export const toNode = (zoneId: string) => `to:${zoneId}`;

/** The `limit` biggest moves (a zone to itself is no move) and the nodes they touch, biggest first. */
export function flowSankey(flows: readonly ZoneFlow[], limit: number): { nodes: SankeyNode[]; links: SankeyLink[] } {
  const top = flows
    .filter((f) => f.fromZoneId !== f.toZoneId && f.moves > 0)
    .sort((a, b) => b.moves - a.moves || a.fromZoneId.localeCompare(b.fromZoneId) || a.toZoneId.localeCompare(b.toZoneId))
    .slice(0, limit);
  const nodes = new Map<string, SankeyNode>();
  for (const f of top) {
    if (!nodes.has(fromNode(f.fromZoneId))) nodes.set(fromNode(f.fromZoneId), { name: fromNode(f.fromZoneId), zoneId: f.fromZoneId, side: "from" });
  }
  for (const f of top) {
    if (!nodes.has(toNode(f.toZoneId))) nodes.set(toNode(f.toZoneId), { name: toNode(f.toZoneId), zoneId: f.toZoneId, side: "to" });
  }
  return {
    nodes: [...nodes.values()],
    links: top.map((f) => ({ source: fromNode(f.fromZoneId), target: toNode(f.toZoneId), value: f.moves })),
  };
}

import type { BoardKind, DecorationKind } from "../protocol/parkLayout.ts";

/**
 * Where things may stand in a park. The server refuses a layout with any of these problems, and
 * the editor shows them while the manager works, from this one function.
 *
 * The types here are structural (what the rules read), so this file depends on no schema and
 * the schema in parkLayout.ts can call it.
 */

interface Placed { id: string; x: number; z: number; rotation: number }
type Point = readonly [number, number];

export interface CheckedLayout {
  id: string;
  size: { width: number; depth: number };
  zones: ReadonlyArray<{ id: string; polygon: readonly Point[] }>;
  buildings: ReadonlyArray<{ id: string; zoneId?: string; name?: { en: string }; x: number; z: number; width: number; depth: number }>;
  boothSlots: ReadonlyArray<Placed & { zoneId: string }>;
  doors: ReadonlyArray<Placed & { zoneId: string; meetingRoomId?: string }>;
  boards: ReadonlyArray<Placed & { zoneId?: string; kind: BoardKind }>;
  portals: ReadonlyArray<Placed & { radius: number; targetParkId: string; targetSpawnId: string }>;
  spawnPoints: ReadonlyArray<Placed>;
  decorations: ReadonlyArray<Placed & { kind: DecorationKind }>;
}

/** The kinds of things a layout holds, named as the editor and the messages name them. */
export type LayoutItemKind = "zone" | "building" | "boothSlot" | "door" | "board" | "portal" | "spawnPoint" | "decoration";

/** Which list of the layout holds each kind. */
export const LAYOUT_LISTS = {
  zone: "zones",
  building: "buildings",
  boothSlot: "boothSlots",
  door: "doors",
  board: "boards",
  portal: "portals",
  spawnPoint: "spawnPoints",
  decoration: "decorations",
} as const satisfies Record<LayoutItemKind, keyof CheckedLayout>;

const KIND_WORDS: Record<LayoutItemKind, string> = {
  zone: "zone", building: "building", boothSlot: "booth slot", door: "door", board: "board",
  portal: "portal", spawnPoint: "spawn point", decoration: "decoration",
};

export interface LayoutItemRef { kind: LayoutItemKind; id: string; index: number }

export type LayoutProblem = { path: Array<string | number>; message: string; item: LayoutItemRef } & (
  /** A point or a corner of the item's footprint is beyond the park's edge. */
  | { code: "outside" }
  /** The item's footprint overlaps another item's (a building, or another booth slot). */
  | { code: "overlap"; other: LayoutItemRef }
  | { code: "unknown-zone"; zoneId: string }
  /** The id is already used by `other`, earlier in the layout. */
  | { code: "duplicate-id"; other: LayoutItemRef }
  | { code: "unknown-park"; parkId: string }
  | { code: "unknown-spawn"; parkId: string; spawnId: string }
  /** A door leads to a meeting room this park does not have. */
  | { code: "unknown-room"; roomId: string }
  /** Two doors lead to the same meeting room; `other` is the first. */
  | { code: "room-door-twice"; roomId: string; other: LayoutItemRef }
);

/** A rectangle on the ground: centre, half sizes, and a turn about the vertical axis. */
export interface Footprint { cx: number; cz: number; hw: number; hd: number; rotation: number }

interface Size { width: number; depth: number }

/** A booth stand's floor: 4 m along its counter, 3 m deep (client/world/park/BoothStands.tsx). */
export const BOOTH_SIZE: Size = { width: 4, depth: 3 };
/** A door's frame, standing free in front of its building. */
export const DOOR_SIZE: Size = { width: 2, depth: 0.3 };
export const BOARD_SIZES: Record<BoardKind, Size> = {
  notice: { width: 2.4, depth: 0.5 },
  events: { width: 3.2, depth: 0.5 },
  "task-board": { width: 4.8, depth: 0.6 },
};
/** The ground each decoration covers; a tree's crown reaches wider than its trunk. */
export const DECORATION_SIZES: Record<DecorationKind, Size> = {
  tree: { width: 2.4, depth: 2.4 },
  planter: { width: 1.6, depth: 1.6 },
  bench: { width: 1.8, depth: 0.6 },
  lamp: { width: 0.5, depth: 0.5 },
  fountain: { width: 5, depth: 5 },
  sculpture: { width: 1.6, depth: 1.6 },
  flag: { width: 0.6, depth: 0.6 },
};
/** Room for people arriving together (they are spread up to 3 m around it, on open ground). */
export const SPAWN_SIZE: Size = { width: 1.2, depth: 1.2 };
/** The arch's pillars stand just outside the ring that moves people on. */
const PORTAL_PILLAR = 0.5;

const rect = (p: Placed, size: Size): Footprint => ({ cx: p.x, cz: p.z, hw: size.width / 2, hd: size.depth / 2, rotation: p.rotation });

/** Footprints of the things a manager places, centred on their position. */
export const footprints = {
  boothSlot: (s: Placed) => rect(s, BOOTH_SIZE),
  door: (d: Placed) => rect(d, DOOR_SIZE),
  board: (b: Placed & { kind: BoardKind }) => rect(b, BOARD_SIZES[b.kind]),
  portal: (p: Placed & { radius: number }) => rect(p, { width: 2 * (p.radius + PORTAL_PILLAR), depth: 2 * p.radius }),
  spawnPoint: (s: Placed) => rect(s, SPAWN_SIZE),
  decoration: (d: Placed & { kind: DecorationKind }) => rect(d, DECORATION_SIZES[d.kind]),
};

const buildingFootprint = (b: { x: number; z: number; width: number; depth: number }): Footprint => ({
  cx: b.x + b.width / 2, cz: b.z + b.depth / 2, hw: b.width / 2, hd: b.depth / 2, rotation: 0,
});

/**
 * The four corners of a footprint. A rotation θ turns local +z to face (sin θ, cos θ), as
 * three.js's rotation about y does, so the corners match what the scene draws.
 */
export function footprintCorners(f: Footprint): Array<[number, number]> {
  const c = Math.cos(f.rotation);
  const s = Math.sin(f.rotation);
  return [[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([a, b]) => {
    const lx = a! * f.hw;
    const lz = b! * f.hd;
    return [f.cx + lx * c + lz * s, f.cz - lx * s + lz * c];
  });
}

/** Touching edges are not an overlap; a centimetre of slack keeps rounding from calling them one. */
const SLACK = 0.01;

/** Whether two footprints overlap, by the separating axis test on the four edge directions. */
export function footprintsOverlap(a: Footprint, b: Footprint): boolean {
  // Far apart by their bounding circles: no need for the axes.
  const reach = Math.hypot(a.hw, a.hd) + Math.hypot(b.hw, b.hd);
  const dx = b.cx - a.cx;
  const dz = b.cz - a.cz;
  if (dx * dx + dz * dz >= reach * reach) return false;
  for (const f of [a, b]) {
    const c = Math.cos(f.rotation);
    const s = Math.sin(f.rotation);
    // The footprint's local x and z axes in world terms.
    for (const [ax, az] of [[c, -s], [s, c]] as const) {
      const extent = (g: Footprint) => {
        const gc = Math.cos(g.rotation);
        const gs = Math.sin(g.rotation);
        return g.hw * Math.abs(gc * ax - gs * az) + g.hd * Math.abs(gs * ax + gc * az);
      };
      if (Math.abs(dx * ax + dz * az) >= extent(a) + extent(b) - SLACK) return false;
    }
  }
  return true;
}

/** What the rules need to know about other parks, for portals: each park's spawn point ids. */
export interface LayoutContext {
  parks?: ReadonlyMap<string, readonly string[]>;
  /** The ids of this park's meeting rooms, for doors. */
  meetingRooms?: ReadonlySet<string>;
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/**
 * Every problem of a layout, in the order of its lists; empty when it may be saved. Messages
 * name the item and what it runs into, for people; `code` and the refs are for programs (the
 * editor shows them in the manager's language).
 */
export function layoutProblems(layout: CheckedLayout, context: LayoutContext = {}): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const { width, depth } = layout.size;
  const name = (ref: LayoutItemRef) => `${KIND_WORDS[ref.kind]} ${ref.id}`;
  const ref = (kind: LayoutItemKind, index: number): LayoutItemRef => ({ kind, id: layout[LAYOUT_LISTS[kind]][index]!.id, index });
  const pathOf = (item: LayoutItemRef, ...rest: string[]) => [LAYOUT_LISTS[item.kind], item.index, ...rest];
  const inside = (x: number, z: number) => x >= -SLACK && z >= -SLACK && x <= width + SLACK && z <= depth + SLACK;

  // Ids are unique across the whole layout: the editor, booths and portals refer to things by id.
  const seen = new Map<string, LayoutItemRef>();
  for (const kind of Object.keys(LAYOUT_LISTS) as LayoutItemKind[]) {
    layout[LAYOUT_LISTS[kind]].forEach((_, i) => {
      const item = ref(kind, i);
      const first = seen.get(item.id);
      if (first) {
        problems.push({ code: "duplicate-id", item, other: first, path: pathOf(item, "id"), message: `${name(item)}: the id ${item.id} is already used by ${KIND_WORDS[first.kind]} ${first.id}` });
      } else seen.set(item.id, item);
    });
  }

  layout.zones.forEach((zone, i) => {
    const bad = zone.polygon.find(([x, z]) => !inside(x, z));
    if (bad) {
      const item = ref("zone", i);
      problems.push({ code: "outside", item, path: pathOf(item, "polygon"), message: `${name(item)} has a corner at (${fmt(bad[0])}, ${fmt(bad[1])}), outside the park (${fmt(width)} × ${fmt(depth)} m)` });
    }
  });
  layout.buildings.forEach((b, i) => {
    if (!inside(b.x, b.z) || !inside(b.x + b.width, b.z + b.depth)) {
      const item = ref("building", i);
      problems.push({ code: "outside", item, path: pathOf(item), message: `${name(item)} reaches outside the park (${fmt(width)} × ${fmt(depth)} m)` });
    }
  });

  // Everything placed: inside the park and clear of every building.
  const buildings = layout.buildings.map((b, i) => ({ item: ref("building", i), footprint: buildingFootprint(b), label: b.name ? ` (${b.name.en})` : "" }));
  const placed: Array<{ item: LayoutItemRef; footprint: Footprint }> = [];
  const add = <T extends Placed>(kind: Exclude<LayoutItemKind, "zone" | "building">, list: readonly T[], footprint: (item: T) => Footprint) => {
    list.forEach((p, i) => placed.push({ item: ref(kind, i), footprint: footprint(p) }));
  };
  add("boothSlot", layout.boothSlots, footprints.boothSlot);
  add("door", layout.doors, footprints.door);
  add("board", layout.boards, footprints.board);
  add("portal", layout.portals, footprints.portal);
  add("spawnPoint", layout.spawnPoints, footprints.spawnPoint);
  add("decoration", layout.decorations, footprints.decoration);
  for (const { item, footprint } of placed) {
    const corners = footprintCorners(footprint);
    if (!inside(footprint.cx, footprint.cz) || corners.some(([x, z]) => !inside(x, z))) {
      problems.push({ code: "outside", item, path: pathOf(item), message: `${name(item)} at (${fmt(footprint.cx)}, ${fmt(footprint.cz)}) lies outside the park (${fmt(width)} × ${fmt(depth)} m)` });
      continue;
    }
    const hit = buildings.find((b) => footprintsOverlap(footprint, b.footprint));
    if (hit) {
      problems.push({ code: "overlap", item, other: hit.item, path: pathOf(item), message: `${name(item)} at (${fmt(footprint.cx)}, ${fmt(footprint.cz)}) overlaps ${name(hit.item)}${hit.label}` });
    }
  }

  // Booth slots keep apart: two companies cannot share a stand.
  const booths = placed.filter((p) => p.item.kind === "boothSlot");
  for (let i = 0; i < booths.length; i++) {
    for (let j = 0; j < i; j++) {
      if (footprintsOverlap(booths[i]!.footprint, booths[j]!.footprint)) {
        const item = booths[i]!.item;
        problems.push({ code: "overlap", item, other: booths[j]!.item, path: pathOf(item), message: `${name(item)} overlaps ${name(booths[j]!.item)}` });
      }
    }
  }

  const zoneIds = new Set(layout.zones.map((z) => z.id));
  const checkZone = (kind: LayoutItemKind, index: number, zoneId: string | undefined) => {
    if (zoneId === undefined || zoneIds.has(zoneId)) return;
    const item = ref(kind, index);
    problems.push({ code: "unknown-zone", item, zoneId, path: pathOf(item, "zoneId"), message: `${name(item)} names zone ${zoneId}, which this park does not have` });
  };
  layout.buildings.forEach((b, i) => checkZone("building", i, b.zoneId));
  layout.boothSlots.forEach((s, i) => checkZone("boothSlot", i, s.zoneId));
  layout.doors.forEach((d, i) => checkZone("door", i, d.zoneId));
  layout.boards.forEach((b, i) => checkZone("board", i, b.zoneId));

  // A meeting room has one door: leaving it puts you back in front of that door.
  const roomDoors = new Map<string, LayoutItemRef>();
  layout.doors.forEach((d, i) => {
    if (!d.meetingRoomId) return;
    const item = ref("door", i);
    const first = roomDoors.get(d.meetingRoomId);
    if (first) {
      problems.push({ code: "room-door-twice", item, other: first, roomId: d.meetingRoomId, path: pathOf(item, "meetingRoomId"), message: `${name(item)} leads to the same meeting room as ${name(first)}` });
    } else roomDoors.set(d.meetingRoomId, item);
    if (context.meetingRooms && !context.meetingRooms.has(d.meetingRoomId)) {
      problems.push({ code: "unknown-room", item, roomId: d.meetingRoomId, path: pathOf(item, "meetingRoomId"), message: `${name(item)} leads to meeting room ${d.meetingRoomId}, which this park does not have` });
    }
  });

  if (context.parks) {
    const parks = new Map(context.parks);
    // This park as it is being edited, not as it was stored.
    parks.set(layout.id, layout.spawnPoints.map((s) => s.id));
    layout.portals.forEach((p, i) => {
      const item = ref("portal", i);
      const spawns = parks.get(p.targetParkId);
      if (!spawns) {
        problems.push({ code: "unknown-park", item, parkId: p.targetParkId, path: pathOf(item, "targetParkId"), message: `${name(item)} leads to park ${p.targetParkId}, which does not exist` });
      } else if (!spawns.includes(p.targetSpawnId)) {
        problems.push({ code: "unknown-spawn", item, parkId: p.targetParkId, spawnId: p.targetSpawnId, path: pathOf(item, "targetSpawnId"), message: `${name(item)} leads to spawn point ${p.targetSpawnId}, which park ${p.targetParkId} does not have` });
      }
    });
  }
  return problems;
}

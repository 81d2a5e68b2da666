import type {
  BoardKind, DecorationKind, LocalizedText, ParkLayout,
} from "../../shared/protocol/parkLayout.ts";
import {
  footprints, footprintsOverlap, LAYOUT_LISTS, layoutProblems, type Footprint, type LayoutItemKind,
} from "../../shared/rules/layoutValidation.ts";
import { pointInPolygon } from "../../shared/rules/pointInPolygon.ts";

/**
 * What the park editor does to a layout, as pure functions: each takes the draft and returns the
 * next one, sharing every item it did not touch (so React and the history see what changed).
 */

/** Buildings are the park's architecture and are not moved in the editor. */
export type EditableKind = Exclude<LayoutItemKind, "building">;
export const EDITABLE_KINDS: readonly EditableKind[] = ["boothSlot", "door", "board", "portal", "zone", "decoration", "spawnPoint"];

export interface ItemRef { kind: EditableKind; id: string }

export type ItemOf<K extends EditableKind> = ParkLayout[(typeof LAYOUT_LISTS)[K]][number];
type AnyItem = ItemOf<EditableKind>;

export const sameRef = (a: ItemRef | null, b: ItemRef | null): boolean => a?.kind === b?.kind && a?.id === b?.id;

export function listOf<K extends EditableKind>(layout: ParkLayout, kind: K): ReadonlyArray<ItemOf<K>> {
  return layout[LAYOUT_LISTS[kind]] as ReadonlyArray<ItemOf<K>>;
}

function withList<K extends EditableKind>(layout: ParkLayout, kind: K, list: ReadonlyArray<ItemOf<K>>): ParkLayout {
  return { ...layout, [LAYOUT_LISTS[kind]]: list };
}

export function findItem<K extends EditableKind>(layout: ParkLayout, ref: { kind: K; id: string }): ItemOf<K> | undefined {
  return listOf(layout, ref.kind).find((item) => item.id === ref.id);
}

/** Replaces one item; the layout itself when there is no such item or nothing changed. */
function mapItem<K extends EditableKind>(layout: ParkLayout, ref: { kind: K; id: string }, change: (item: ItemOf<K>) => ItemOf<K>): ParkLayout {
  const list = listOf(layout, ref.kind);
  const i = list.findIndex((item) => item.id === ref.id);
  if (i < 0) return layout;
  const next = change(list[i]!);
  if (next === list[i]) return layout;
  return withList(layout, ref.kind, list.with(i, next));
}

/** Positions are kept to the centimetre: finer is noise from the mouse, and makes the JSON long. */
const cm = (v: number) => Math.round(v * 100) / 100;

/** An angle in (-π, π], to four decimals (a hundredth of a degree is plenty). */
export function normaliseAngle(a: number): number {
  let r = a % (2 * Math.PI);
  if (r <= -Math.PI) r += 2 * Math.PI;
  if (r > Math.PI) r -= 2 * Math.PI;
  return Math.round(r * 10000) / 10000;
}

type Polygon = ReadonlyArray<readonly [number, number]>;

/** The middle of a zone's bounding box: where its handle stands and what "moving it" moves. */
export function zoneCentre(polygon: Polygon): { x: number; z: number } {
  const xs = polygon.map(([x]) => x);
  const zs = polygon.map(([, z]) => z);
  return { x: (Math.min(...xs) + Math.max(...xs)) / 2, z: (Math.min(...zs) + Math.max(...zs)) / 2 };
}

/** Where an item is: its position, or a zone's centre. */
export function itemCentre(layout: ParkLayout, ref: ItemRef): { x: number; z: number } | null {
  if (ref.kind === "zone") {
    const zone = findItem(layout, { kind: "zone", id: ref.id });
    return zone ? zoneCentre(zone.polygon) : null;
  }
  const item = findItem(layout, ref) as { x: number; z: number } | undefined;
  return item ? { x: item.x, z: item.z } : null;
}

export function moveItem(layout: ParkLayout, ref: ItemRef, x: number, z: number): ParkLayout {
  if (ref.kind === "zone") {
    return mapItem(layout, { kind: "zone", id: ref.id }, (zone) => {
      const centre = zoneCentre(zone.polygon);
      const dx = cm(x - centre.x);
      const dz = cm(z - centre.z);
      if (dx === 0 && dz === 0) return zone;
      return { ...zone, polygon: zone.polygon.map(([px, pz]) => [cm(px + dx), cm(pz + dz)] as [number, number]) };
    });
  }
  return mapItem(layout, ref, (item) => {
    const placed = item as AnyItem & { x: number; z: number };
    return placed.x === cm(x) && placed.z === cm(z) ? item : { ...item, x: cm(x), z: cm(z) };
  });
}

export const canRotate = (ref: ItemRef | null): boolean => ref !== null && ref.kind !== "zone";

export function setRotation(layout: ParkLayout, ref: ItemRef, radians: number): ParkLayout {
  if (!canRotate(ref)) return layout;
  return mapItem(layout, ref, (item) => {
    const rotation = normaliseAngle(radians);
    return (item as { rotation: number }).rotation === rotation ? item : { ...item, rotation };
  });
}

export function rotateItem(layout: ParkLayout, ref: ItemRef, by: number): ParkLayout {
  const item = findItem(layout, ref) as { rotation?: number } | undefined;
  return item?.rotation === undefined ? layout : setRotation(layout, ref, item.rotation + by);
}

/** A park needs at least one zone and one place to arrive. */
export function canRemove(layout: ParkLayout, ref: ItemRef | null): boolean {
  if (!ref || !findItem(layout, ref)) return false;
  if (ref.kind === "zone") return layout.zones.length > 1;
  if (ref.kind === "spawnPoint") return layout.spawnPoints.length > 1;
  return true;
}

export function removeItem(layout: ParkLayout, ref: ItemRef): ParkLayout {
  if (!canRemove(layout, ref)) return layout;
  return withList(layout, ref.kind, listOf(layout, ref.kind).filter((item) => item.id !== ref.id));
}

/** Changes some of an item's fields (not its id: booths and portals refer to items by id). */
export function updateItem<K extends EditableKind>(layout: ParkLayout, ref: { kind: K; id: string }, patch: Partial<Omit<ItemOf<K>, "id">>): ParkLayout {
  return mapItem(layout, ref, (item) => ({ ...item, ...patch }));
}

export type ParkFields = Pick<ParkLayout, "name" | "city" | "description">;

export function updatePark(layout: ParkLayout, patch: Partial<ParkFields>): ParkLayout {
  return { ...layout, ...patch };
}

/** Every id the layout uses, whatever the kind: ids are unique across kinds. */
function usedIds(layout: ParkLayout): Set<string> {
  return new Set(Object.values(LAYOUT_LISTS).flatMap((list) => layout[list].map((item) => item.id)));
}

/** The first `prefix-n` that no item uses. */
export function nextId(layout: ParkLayout, prefix: string, taken: Set<string> = usedIds(layout)): string {
  for (let n = 1; ; n++) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}


/** The zone a point lies in, the first one listed when zones overlap. */
export const zoneAt = (layout: ParkLayout, x: number, z: number): string | undefined =>
  layout.zones.find((zone) => pointInPolygon(x, z, zone.polygon))?.id;

/** Names new things get in both languages, until the manager renames them. */
const DEFAULT_TEXTS = {
  door: { "zh-CN": "会议室", en: "Meeting room" },
  board: {
    notice: { "zh-CN": "园区公告", en: "Park notices" },
    "task-board": { "zh-CN": "任务墙", en: "Task board" },
    events: { "zh-CN": "活动预告", en: "Coming up" },
  },
  zone: { "zh-CN": "新区域", en: "New area" },
  portal: { "zh-CN": "传送门", en: "Portal" },
} satisfies Record<string, LocalizedText | Record<BoardKind, LocalizedText>>;

export interface NewItemOptions {
  boardKind?: BoardKind;
  decorationKind?: DecorationKind;
  /** Where a new portal leads: another park's arrival point, or this park's first one. */
  portalTarget?: { parkId: string; spawnId: string; label: LocalizedText };
}

/** Half the side of a new zone, in metres. */
const NEW_ZONE_HALF = { x: 12, z: 8 };

function newItem(layout: ParkLayout, kind: EditableKind, x: number, z: number, options: NewItemOptions): AnyItem {
  const base = { x: cm(x), z: cm(z), rotation: 0 };
  const zoneId = zoneAt(layout, x, z) ?? layout.zones[0]!.id;
  switch (kind) {
    case "boothSlot":
      return { id: nextId(layout, "booth"), zoneId, ...base };
    case "door":
      return { id: nextId(layout, "door"), zoneId, label: DEFAULT_TEXTS.door, ...base };
    case "board": {
      const boardKind = options.boardKind ?? "notice";
      return { id: nextId(layout, "board"), kind: boardKind, zoneId: zoneAt(layout, x, z), title: DEFAULT_TEXTS.board[boardKind], ...base };
    }
    case "portal": {
      const target = options.portalTarget ?? { parkId: layout.id, spawnId: layout.spawnPoints[0]!.id, label: DEFAULT_TEXTS.portal };
      return { id: nextId(layout, "portal"), radius: 2.5, targetParkId: target.parkId, targetSpawnId: target.spawnId, label: target.label, ...base };
    }
    case "spawnPoint":
      return { id: nextId(layout, "spawn"), ...base };
    case "decoration": {
      const decorationKind = options.decorationKind ?? "tree";
      return { id: nextId(layout, decorationKind), kind: decorationKind, ...base };
    }
    case "zone": {
      const [cx, cz] = [cm(x), cm(z)];
      const { x: hx, z: hz } = NEW_ZONE_HALF;
      return {
        id: nextId(layout, "zone"), kind: "other", name: DEFAULT_TEXTS.zone,
        polygon: [[cx - hx, cz - hz], [cx + hx, cz - hz], [cx + hx, cz + hz], [cx - hx, cz + hz]],
      };
    }
  }
}

/** Everything placed, with its footprint (zones have none). */
function placedFootprints(layout: ParkLayout): Array<{ id: string; footprint: Footprint }> {
  return [
    ...layout.boothSlots.map((s) => ({ id: s.id, footprint: footprints.boothSlot(s) })),
    ...layout.doors.map((d) => ({ id: d.id, footprint: footprints.door(d) })),
    ...layout.boards.map((b) => ({ id: b.id, footprint: footprints.board(b) })),
    ...layout.portals.map((p) => ({ id: p.id, footprint: footprints.portal(p) })),
    ...layout.spawnPoints.map((sp) => ({ id: sp.id, footprint: footprints.spawnPoint(sp) })),
    ...layout.decorations.map((d) => ({ id: d.id, footprint: footprints.decoration(d) })),
  ];
}

/**
 * Whether a new item stands where it may (inside the park, clear of buildings and booths) and,
 * more than the rules ask, clear of everything else placed: a new board is not put in a fountain.
 */
function standsClear(layout: ParkLayout, ref: ItemRef): boolean {
  if (layoutProblems(layout).some((p) => p.item.kind === ref.kind && p.item.id === ref.id && (p.code === "outside" || p.code === "overlap"))) return false;
  const placed = placedFootprints(layout);
  const mine = placed.find((p) => p.id === ref.id);
  return !mine || !placed.some((p) => p.id !== ref.id && footprintsOverlap(p.footprint, mine.footprint));
}

/**
 * Adds a new item of `kind` near (x, z): there if it stands clear, else at the nearest clear spot
 * on rings around it (within 40 m), else there anyway (the problem then shows in the editor).
 */
export function addItem(layout: ParkLayout, kind: EditableKind, x: number, z: number, options: NewItemOptions = {}): { layout: ParkLayout; ref: ItemRef } {
  const clamp = (v: number, max: number) => Math.min(max - 2, Math.max(2, v));
  const [sx, sz] = [clamp(x, layout.size.width), clamp(z, layout.size.depth)];
  const item = newItem(layout, kind, sx, sz, options);
  const ref = { kind, id: item.id };
  const added = withList(layout, kind, [...listOf(layout, kind), item]);
  if (standsClear(added, ref)) return { layout: added, ref };
  for (let r = 3; r <= 40; r += 3) {
    const steps = Math.ceil(r * 1.5);
    for (let i = 0; i < steps; i++) {
      const a = (i / steps) * Math.PI * 2;
      const moved = moveItem(added, ref, clamp(sx + Math.cos(a) * r, layout.size.width), clamp(sz + Math.sin(a) * r, layout.size.depth));
      if (standsClear(moved, ref)) return { layout: moved, ref };
    }
  }
  return { layout: added, ref };
}

/** Equality of JSON values, whatever the order of keys (the database reorders them). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => sameJson(v, (b as unknown[])[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const PARK_FIELDS = ["name", "city", "description"] as const;

/** What the draft changed from the saved layout: items added, removed or edited, and the park's own texts. */
export interface DraftChanges {
  added: ItemRef[];
  removed: ItemRef[];
  edited: ItemRef[];
  park: boolean;
}

export function draftChanges(base: ParkLayout, draft: ParkLayout): DraftChanges {
  const changes: DraftChanges = { added: [], removed: [], edited: [], park: PARK_FIELDS.some((f) => !sameJson(base[f], draft[f])) };
  if (base === draft) return changes;
  for (const kind of EDITABLE_KINDS) {
    const before = listOf(base, kind);
    const after = listOf(draft, kind);
    if (before === after) continue;
    const old = new Map<string, AnyItem>(before.map((item) => [item.id, item]));
    const now = new Set(after.map((item) => item.id));
    for (const item of after) {
      const was = old.get(item.id);
      if (!was) changes.added.push({ kind, id: item.id });
      else if (!sameJson(was, item)) changes.edited.push({ kind, id: item.id });
    }
    for (const item of before) if (!now.has(item.id)) changes.removed.push({ kind, id: item.id });
  }
  return changes;
}

export const changeCount = (c: DraftChanges): number => c.added.length + c.removed.length + c.edited.length + (c.park ? 1 : 0);

/**
 * The draft's changes (from `base`) made again on `theirs`, a newer layout someone else saved:
 * what the manager removed is removed, what they edited or added replaces or joins theirs (an
 * added item whose id they took meanwhile gets a new one). Their other changes stay.
 */
export function rebaseDraft(base: ParkLayout, draft: ParkLayout, theirs: ParkLayout): ParkLayout {
  const changes = draftChanges(base, draft);
  let result: ParkLayout = { ...theirs };
  for (const field of PARK_FIELDS) if (!sameJson(base[field], draft[field])) result = { ...result, [field]: draft[field] };
  for (const kind of EDITABLE_KINDS) {
    const touched = (list: ItemRef[]) => new Set(list.filter((r) => r.kind === kind).map((r) => r.id));
    const removed = touched(changes.removed);
    const edited = touched(changes.edited);
    const added = touched(changes.added);
    if (removed.size + edited.size + added.size === 0) continue;
    const mine = new Map(listOf(draft, kind).map((item) => [item.id, item] as const));
    const list: AnyItem[] = listOf(result, kind).filter((item) => !removed.has(item.id)).map((item) => (edited.has(item.id) ? mine.get(item.id)! : item));
    const present = new Set(list.map((item) => item.id));
    for (const id of edited) if (!present.has(id)) list.push(mine.get(id)!);
    for (const id of added) {
      const item = mine.get(id)!;
      const taken = usedIds(withList(result, kind, list as ReadonlyArray<ItemOf<typeof kind>>));
      list.push(taken.has(id) ? { ...item, id: nextId(result, id.replace(/-\d+$/, ""), taken) } : item);
    }
    result = withList(result, kind, list as ReadonlyArray<ItemOf<typeof kind>>);
  }
  return result;
}

import type { DecorationKind, ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import { footprints, type Footprint } from "../../../shared/rules/layoutValidation.ts";
import type { ItemRef } from "../../state/editorDraft.ts";

/** How tall each thing stands, so the box that picks it covers what the scene draws. */
const DECORATION_HEIGHTS: Record<DecorationKind, number> = {
  tree: 5.4, planter: 1.4, bench: 1, lamp: 4.4, fountain: 1.6, sculpture: 2.4, flag: 5,
};

export interface ItemShape { ref: ItemRef; footprint: Footprint; height: number }

/** Every placed item with its footprint (the same the placement rules use) and its height. */
export function itemShapes(layout: ParkLayout): ItemShape[] {
  const shapes: ItemShape[] = [];
  for (const s of layout.boothSlots) shapes.push({ ref: { kind: "boothSlot", id: s.id }, footprint: footprints.boothSlot(s), height: 3.2 });
  for (const d of layout.doors) shapes.push({ ref: { kind: "door", id: d.id }, footprint: footprints.door(d), height: 2.7 });
  for (const b of layout.boards) shapes.push({ ref: { kind: "board", id: b.id }, footprint: footprints.board(b), height: 3.2 });
  for (const p of layout.portals) shapes.push({ ref: { kind: "portal", id: p.id }, footprint: footprints.portal(p), height: 5 });
  for (const s of layout.spawnPoints) shapes.push({ ref: { kind: "spawnPoint", id: s.id }, footprint: footprints.spawnPoint(s), height: 0.6 });
  for (const d of layout.decorations) shapes.push({ ref: { kind: "decoration", id: d.id }, footprint: footprints.decoration(d), height: DECORATION_HEIGHTS[d.kind] });
  return shapes;
}

import { BOOTH_AREA_RADIUS, inBoothArea, type PlacedSlot } from "../../shared/rules/boothRules.ts";

/**
 * When the booth panel opens and closes as you move. It opens when you step into a held booth's
 * area, the same area where the server counts a visit (shared/rules/boothRules.ts), and closes
 * once you are BOOTH_LEAVE_MARGIN beyond it (the gap keeps it from flickering at the edge). A
 * booth clicked from afar stays open while you walk towards it, and closes once you have turned
 * and walked BOOTH_WALK_AWAY further off than the closest you came. A panel closed by hand stays
 * closed until you leave that booth's area.
 */

/** How far beyond the booth's area an open panel stays open. */
export const BOOTH_LEAVE_MARGIN = 1.5;
/** How much further than your closest approach a clicked booth's panel stays open. */
export const BOOTH_WALK_AWAY = 4;

export interface OpenBooth {
  slotId: string;
  via: "near" | "click";
  /** The closest you have been to the booth's centre since it opened. */
  closest: number;
}

export interface BoothPanelState {
  open: OpenBooth | null;
  dismissed: string | null;
}

export const closedBoothPanel: BoothPanelState = { open: null, dismissed: null };

type Point = { x: number; z: number };

const distance = (p: Point, slot: PlacedSlot): number => Math.hypot(p.x - slot.x, p.z - slot.z);

/** Where the panel stands after you moved to `self`; `held` are the slots a company holds. */
export function stepBoothPanel(state: BoothPanelState, self: Point | null, held: readonly PlacedSlot[]): BoothPanelState {
  if (!self) return state;
  const slotOf = (id: string) => held.find((s) => s.id === id);
  let { open, dismissed } = state;

  if (dismissed !== null) {
    const slot = slotOf(dismissed);
    if (!slot || !inBoothArea(slot, self.x, self.z, BOOTH_LEAVE_MARGIN)) dismissed = null;
  }

  if (open) {
    const slot = slotOf(open.slotId);
    if (!slot) open = null;
    else {
      const d = distance(self, slot);
      const closest = Math.min(open.closest, d);
      const via = open.via === "click" && inBoothArea(slot, self.x, self.z) ? "near" : open.via;
      const stays = via === "near"
        ? inBoothArea(slot, self.x, self.z, BOOTH_LEAVE_MARGIN)
        : d <= Math.max(closest, BOOTH_AREA_RADIUS) + BOOTH_WALK_AWAY;
      if (!stays) open = null;
      else if (via !== open.via || closest !== open.closest) open = { ...open, via, closest };
    }
  }

  if (!open) {
    let best: { slot: PlacedSlot; d: number } | null = null;
    for (const slot of held) {
      if (slot.id === dismissed || !inBoothArea(slot, self.x, self.z)) continue;
      const d = distance(self, slot);
      if (!best || d < best.d) best = { slot, d };
    }
    if (best) open = { slotId: best.slot.id, via: "near", closest: best.d };
  }

  return open === state.open && dismissed === state.dismissed ? state : { open, dismissed };
}

/** A click on a booth in the park opens its panel, wherever you stand. */
export function openBoothByClick(state: BoothPanelState, slotId: string, self: Point | null, held: readonly PlacedSlot[]): BoothPanelState {
  const slot = held.find((s) => s.id === slotId);
  if (!slot) return state;
  const near = self ? inBoothArea(slot, self.x, self.z) : true;
  return { open: { slotId, via: near ? "near" : "click", closest: self ? distance(self, slot) : 0 }, dismissed: null };
}

/** Closed by hand: it stays closed until you leave the booth's area. */
export function closeBoothPanel(state: BoothPanelState): BoothPanelState {
  return state.open ? { open: null, dismissed: state.open.slotId } : state;
}

/**
 * When the booth panel opens and closes as you move. A panel opens when you step up to a held
 * booth (within BOOTH_REACH of the spot in front of its counter) and closes when you walk off
 * (beyond BOOTH_LEAVE: the gap between the two keeps it from flickering at the edge). A booth
 * clicked from afar stays open while you walk towards it, and closes once you have turned and
 * walked BOOTH_WALK_AWAY further off than the closest you came. A panel closed by hand stays
 * closed until you leave that booth's area.
 */

/** Metres from the spot in front of the counter within which the panel opens. */
export const BOOTH_REACH = 3.5;
/** Metres from that spot beyond which an open panel closes. */
export const BOOTH_LEAVE = 5.5;
/** How much further than your closest approach a clicked booth's panel stays open. */
export const BOOTH_WALK_AWAY = 4;
/** Where a visitor stands: this far in front of the booth's centre, facing its counter. */
export const BOOTH_FRONT = 2.2;

export interface BoothSpot {
  slotId: string;
  x: number;
  z: number;
}

export interface OpenBooth {
  slotId: string;
  via: "near" | "click";
  /** The closest you have been to it since it opened. */
  closest: number;
}

export interface BoothPanelState {
  open: OpenBooth | null;
  dismissed: string | null;
}

export const closedBoothPanel: BoothPanelState = { open: null, dismissed: null };

type Point = { x: number; z: number };

/** The spot in front of a booth slot: local +z is its front, turned by its rotation as headings are. */
export function boothSpot(slot: { id: string; x: number; z: number; rotation: number }): BoothSpot {
  return { slotId: slot.id, x: slot.x + Math.sin(slot.rotation) * BOOTH_FRONT, z: slot.z + Math.cos(slot.rotation) * BOOTH_FRONT };
}

const distance = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.z - b.z);

/** Where the panel stands after you moved to `self`; `spots` are the booths a company holds. */
export function stepBoothPanel(state: BoothPanelState, self: Point | null, spots: readonly BoothSpot[]): BoothPanelState {
  if (!self) return state;
  const spotOf = (slotId: string) => spots.find((s) => s.slotId === slotId);
  let { open, dismissed } = state;

  if (dismissed !== null) {
    const spot = spotOf(dismissed);
    if (!spot || distance(self, spot) > BOOTH_LEAVE) dismissed = null;
  }

  if (open) {
    const spot = spotOf(open.slotId);
    if (!spot) open = null;
    else {
      const d = distance(self, spot);
      const closest = Math.min(open.closest, d);
      const via = open.via === "click" && d <= BOOTH_REACH ? "near" : open.via;
      const limit = via === "near" ? BOOTH_LEAVE : Math.max(closest, BOOTH_LEAVE) + BOOTH_WALK_AWAY;
      if (d > limit) open = null;
      else if (via !== open.via || closest !== open.closest) open = { ...open, via, closest };
    }
  }

  if (!open) {
    let best: { spot: BoothSpot; d: number } | null = null;
    for (const spot of spots) {
      if (spot.slotId === dismissed) continue;
      const d = distance(self, spot);
      if (d <= BOOTH_REACH && (!best || d < best.d)) best = { spot, d };
    }
    if (best) open = { slotId: best.spot.slotId, via: "near", closest: best.d };
  }

  return open === state.open && dismissed === state.dismissed ? state : { open, dismissed };
}

/** A click on a booth in the park opens its panel, wherever you stand. */
export function openBoothByClick(state: BoothPanelState, slotId: string, self: Point | null, spots: readonly BoothSpot[]): BoothPanelState {
  const spot = spots.find((s) => s.slotId === slotId);
  if (!spot) return state;
  const d = self ? distance(self, spot) : 0;
  return { open: { slotId, via: d <= BOOTH_REACH ? "near" : "click", closest: d }, dismissed: null };
}

/** Closed by hand: it stays closed until you leave the booth's area. */
export function closeBoothPanel(state: BoothPanelState): BoothPanelState {
  return state.open ? { open: null, dismissed: state.open.slotId } : state;
}

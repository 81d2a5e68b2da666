import { BOOTH_VISIT_SECONDS } from "../../shared/constants.ts";
import { BOOTH_AREA_RADIUS, inBoothArea, type PlacedSlot } from "../../shared/rules/boothRules.ts";
import type { PlaceStay } from "../telemetry/telemetryBatch.ts";

/** Someone stayed in a booth's area for BOOTH_VISIT_SECONDS; `at` is when they entered it (ms). */
export interface BoothVisit { slotId: string; userId: string; at: number }

/** One avatar as the tracker needs it. */
export interface VisitingAvatar { sessionId: string; userId: string; x: number; z: number }

/**
 * Once in an area, an avatar stays in it until it is this much further out, so someone walking
 * along the area's edge, in and out by a few centimetres, makes one visit and not several.
 */
const LEAVE_MARGIN = 0.75;

/** Grid cells as large as an area's diameter: a point lies in the areas of its own cell's slots only. */
const CELL = 2 * (BOOTH_AREA_RADIUS + LEAVE_MARGIN);

interface Presence { userId: string; slotId: string | null; since: number; counted: boolean }

const cellKey = (cx: number, cz: number): number => cx * 4096 + cz;

/**
 * Turns avatar positions into booth visits: one visit each time an avatar enters a booth's area and
 * stays there BOOTH_VISIT_SECONDS. Staying longer does not count again; leaving and coming back
 * does. A counted visit becomes a stay when the avatar leaves the area or the park: the telemetry's
 * dwell at booths (takeEndedStays). Pure: positions and a clock in, visits and stays out, so the
 * park room decides when to call it and where they go.
 *
 * Slots are filed in a grid, so placing an avatar looks at the few slots of one cell: a tick of
 * 1000 avatars costs 1000 map look-ups however many slots the park has.
 */
export class BoothVisitTracker {
  private readonly dwellMs: number;
  private slots = new Map<string, PlacedSlot>();
  private grid = new Map<number, PlacedSlot[]>();
  private readonly present = new Map<string, Presence>();
  private ended: PlaceStay[] = [];

  constructor(slots: readonly PlacedSlot[], dwellMs: number = BOOTH_VISIT_SECONDS * 1000) {
    this.dwellMs = dwellMs;
    this.replaceSlots(slots);
  }

  /** The layout changed: avatars in a slot that is gone leave it at their next update; the others go on. */
  replaceSlots(slots: readonly PlacedSlot[]): void {
    this.slots = new Map(slots.map((s) => [s.id, { id: s.id, x: s.x, z: s.z, rotation: s.rotation }]));
    this.grid = new Map();
    const reach = BOOTH_AREA_RADIUS + LEAVE_MARGIN;
    for (const slot of this.slots.values()) {
      for (let cx = Math.floor((slot.x - reach) / CELL); cx <= Math.floor((slot.x + reach) / CELL); cx++) {
        for (let cz = Math.floor((slot.z - reach) / CELL); cz <= Math.floor((slot.z + reach) / CELL); cz++) {
          const key = cellKey(cx, cz);
          const list = this.grid.get(key);
          if (list) list.push(slot);
          else this.grid.set(key, [slot]);
        }
      }
    }
  }

  /** Where one avatar is now; returns the visit it completes, if this update completes one. */
  update(sessionId: string, userId: string, x: number, z: number, nowMs: number): BoothVisit | null {
    let p = this.present.get(sessionId);
    if (!p) {
      p = { userId, slotId: null, since: nowMs, counted: false };
      this.present.set(sessionId, p);
    }
    p.userId = userId;
    const current = p.slotId === null ? undefined : this.slots.get(p.slotId);
    if (!current || !inBoothArea(current, x, z, LEAVE_MARGIN)) {
      const slotId = this.slotAt(x, z);
      if (slotId !== p.slotId) {
        this.endStay(p, nowMs);
        p.slotId = slotId;
        p.since = nowMs;
        p.counted = false;
      }
    }
    if (p.slotId === null || p.counted || nowMs - p.since < this.dwellMs) return null;
    p.counted = true;
    return { slotId: p.slotId, userId, at: p.since };
  }

  /** Every avatar of one tick; returns the visits completed in it. */
  observe(avatars: Iterable<VisitingAvatar>, nowMs: number): BoothVisit[] {
    const visits: BoothVisit[] = [];
    for (const a of avatars) {
      const v = this.update(a.sessionId, a.userId, a.x, a.z, nowMs);
      if (v) visits.push(v);
    }
    return visits;
  }

  /** The avatar left the park: a visit it had completed ends as a stay; one it had not is dropped. */
  remove(sessionId: string, nowMs: number): void {
    const p = this.present.get(sessionId);
    if (p) this.endStay(p, nowMs);
    this.present.delete(sessionId);
  }

  /** Stays at booths that ended since the last call: counted visits whose avatar has left the area. */
  takeEndedStays(): PlaceStay[] {
    const ended = this.ended;
    this.ended = [];
    return ended;
  }

  private endStay(p: Presence, nowMs: number): void {
    if (p.slotId === null || !p.counted) return;
    this.ended.push({ kind: "booth", placeId: p.slotId, userId: p.userId, fromPlaceId: null, enteredAt: p.since, leftAt: nowMs });
  }

  /** The nearest slot whose area holds the point: where areas overlap, one visit, to the closer booth. */
  private slotAt(x: number, z: number): string | null {
    const candidates = this.grid.get(cellKey(Math.floor(x / CELL), Math.floor(z / CELL)));
    if (!candidates) return null;
    let best: string | null = null;
    let bestD = Infinity;
    for (const s of candidates) {
      if (!inBoothArea(s, x, z)) continue;
      const d = (x - s.x) ** 2 + (z - s.z) ** 2;
      if (d < bestD) { bestD = d; best = s.id; }
    }
    return best;
  }
}

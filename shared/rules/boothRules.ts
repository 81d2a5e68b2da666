import type { MemberRole } from "../protocol/companies.ts";
import type { Role } from "../protocol/http.ts";
import { can } from "./permissions.ts";

/**
 * A booth's area, where standing counts as visiting it: within BOOTH_AREA_RADIUS of the slot's
 * centre and in front of its back wall. The stand is 4 × 3 m with its counter at the front, so 4 m
 * takes in the people at the counter and a step or two back, and stops short of the next stand
 * (the closest stands of the shipped parks are 10 m apart). Someone behind the back wall cannot see
 * the booth, so they are not visiting it.
 */
export const BOOTH_AREA_RADIUS = 4;
/** How far behind its centre the area reaches: up to the back wall, which stands 1.35 m back. */
export const BOOTH_AREA_BEHIND = 1.5;

export interface PlacedSlot { id: string; x: number; z: number; rotation: number }

/**
 * Whether (x, z) lies in the slot's area, grown by `margin` metres. A rotation θ turns the stand's
 * front to face (sin θ, cos θ), as the client draws it.
 */
export function inBoothArea(slot: PlacedSlot, x: number, z: number, margin = 0): boolean {
  const dx = x - slot.x;
  const dz = z - slot.z;
  const r = BOOTH_AREA_RADIUS + margin;
  if (dx * dx + dz * dz > r * r) return false;
  const ahead = dx * Math.sin(slot.rotation) + dz * Math.cos(slot.rotation);
  return ahead >= -(BOOTH_AREA_BEHIND + margin);
}

/** Why a company may not be put on a slot: the HTTP status, a code for programs and a message. */
export interface BoothRefusal { status: 403 | 404 | 409; code: string; message: string }

/** What the database says about a company, a park and one of its slots at the moment of asking. */
export interface PlacementFacts {
  parkId: string;
  slotId: string;
  companyId: string;
  companyName: string;
  parkExists: boolean;
  /** The slot is in the park's current layout. */
  slotExists: boolean;
  /** The company on the slot now, if any. */
  holderId: string | null;
  companySuspended: boolean;
  /** A slot of this park the company already holds, if any. */
  heldSlotInPark: string | null;
}

/**
 * Whether a company may have this slot: applying for it, being approved for it and being assigned
 * to it all ask the same question. Null when it may.
 */
export function refuseBoothPlacement(f: PlacementFacts): BoothRefusal | null {
  if (!f.parkExists) return { status: 404, code: "park_not_found", message: `there is no park "${f.parkId}"` };
  if (!f.slotExists) {
    return { status: 404, code: "slot_not_found", message: `park "${f.parkId}" has no booth slot "${f.slotId}"` };
  }
  if (f.companySuspended) {
    return { status: 403, code: "company_suspended", message: `${f.companyName} is suspended and cannot take a booth` };
  }
  if (f.heldSlotInPark !== null) {
    return {
      status: 409, code: "already_has_booth",
      message: `${f.companyName} already has a booth in this park (slot "${f.heldSlotInPark}"): one booth per company and park`,
    };
  }
  if (f.holderId !== null) {
    return { status: 409, code: "slot_taken", message: `booth slot "${f.slotId}" is already taken` };
  }
  return null;
}

/** Who may free a booth: a booth manager, or an owner of the company on it giving it up. */
export function canFreeBooth(role: Role, memberRole: MemberRole | null): boolean {
  return can(role, "booth.manage") || memberRole === "owner";
}

/** Who may read a company's booth visits: the people of the company, and managers. */
export function canSeeBoothVisits(role: Role, memberRole: MemberRole | null): boolean {
  return memberRole !== null || can(role, "dashboard.view");
}

/** Where a visitor walks to: this far in front of the booth's centre, facing its counter. */
export const BOOTH_FRONT = 2.2;

/** The spot in front of a booth's counter: local +z is its front, turned as headings are. */
export function boothSpot(slot: PlacedSlot): { x: number; z: number } {
  return { x: slot.x + Math.sin(slot.rotation) * BOOTH_FRONT, z: slot.z + Math.cos(slot.rotation) * BOOTH_FRONT };
}

import { matchMaker } from "@colyseus/core";
import type { ParkNotice } from "../../shared/protocol/parkMessages.ts";

/**
 * Changes made over HTTP that a live park room must show at once. They travel over Colyseus's
 * presence, so with Redis presence the room is reached in whichever process holds it.
 */
export type ParkEvent =
  /** A manager saved the park's layout: reload it and tell clients the new version. */
  | { kind: "layout"; version: number }
  /** A booth of this park changed hands, or a company on it changed: reload the booth signs. */
  | { kind: "booths" }
  /** These people's profile or companies changed: refresh what their avatars show. */
  | { kind: "people"; userIds: string[] }
  /** Tell everyone in the park (a task posted, assigned, completed). */
  | { kind: "notice"; notice: ParkNotice }
  /** These people have new notifications: their clients fetch them. */
  | { kind: "notified"; userIds: string[] }
  /** A meeting room of this park was created, edited or archived: reload the room signs. */
  | { kind: "rooms" }
  /** How many are inside a meeting room now, from its live room. */
  | { kind: "room-occupancy"; roomId: string; present: number; locked: boolean };

export const parkChannel = (parkId: string): string => `enclave:park:${parkId}`;

export async function publishParkEvent(parkId: string, event: ParkEvent): Promise<void> {
  await matchMaker.presence.publish(parkChannel(parkId), event);
}

import { z } from "zod";

/** Room names the server registers and clients join. */
export const ROOM_PARK = "park";
/** One instance per meeting room (filterBy meetingRoomId), created when the first person comes in. */
export const ROOM_MEETING = "meeting";

/** One or more instances per running event (filterBy eventId): a full hall opens another. */
export const ROOM_STAGE = "stage";

export const ParkJoinOptions = z.object({
  parkId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/),
  protocol: z.number().int(),
  /** Where to appear: a spawn point of the park, e.g. the other side of the portal just walked through. */
  spawnId: z.string().max(48).optional(),
  /** Or in front of this door, coming back out of its meeting room. */
  doorId: z.string().max(48).optional(),
});
export type ParkJoinOptions = z.infer<typeof ParkJoinOptions>;

export const MeetingJoinOptions = z.object({
  meetingRoomId: z.string().uuid(),
  protocol: z.number().int(),
});
export type MeetingJoinOptions = z.infer<typeof MeetingJoinOptions>;

export const StageJoinOptions = z.object({
  eventId: z.string().uuid(),
  protocol: z.number().int(),
});
export type StageJoinOptions = z.infer<typeof StageJoinOptions>;

/** Close codes the park room uses when it ends a session on purpose. */
export const CLOSE_REPLACED = 4101; // the same account joined again elsewhere

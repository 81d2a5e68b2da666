import { z } from "zod";

/** Room names the server registers and clients join. */
export const ROOM_PARK = "park";

export const ParkJoinOptions = z.object({
  parkId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/),
  protocol: z.number().int(),
  /** Where to appear: a spawn point of the park, e.g. the other side of the portal just walked through. */
  spawnId: z.string().max(48).optional(),
});
export type ParkJoinOptions = z.infer<typeof ParkJoinOptions>;

/** Close codes the park room uses when it ends a session on purpose. */
export const CLOSE_REPLACED = 4101; // the same account joined again elsewhere

import { schema, t, type SchemaType } from "@colyseus/schema";

/**
 * Slow state of a person in the park: who they are and how they look. Positions do not live here:
 * they travel in movement frames (protocol/movementFrame.ts), keyed by `idx`.
 */
export const Avatar = schema({
  /** Index used by movement frames; unique among the park's avatars. */
  idx: t.uint16(),
  userId: t.string(),
  name: t.string(),
  colour: t.string(),
  /** guest, resident or manager: drawn as the badge colour. */
  role: t.string(),
  /** False while the avatar waits for its dropped client to reconnect. */
  connected: t.boolean().default(true),
}, "Avatar");
export type Avatar = SchemaType<typeof Avatar>;

export const ParkState = schema({
  parkId: t.string(),
  /** People in the park with a live connection, shown to everyone. */
  online: t.uint16().default(0),
  /** Keyed by session id. */
  avatars: t.map(Avatar),
}, "ParkState");
export type ParkState = SchemaType<typeof ParkState>;

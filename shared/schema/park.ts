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
  /** Clothing style from the profile (protocol/companies.ts AVATAR_STYLES). */
  style: t.string().default("classic"),
  /** The first company the person belongs to, shown under the name; empty when none. */
  company: t.string().default(""),
  /** The company is verified by a manager: drawn as a badge. */
  verified: t.boolean().default(false),
  /** Certified by the managers: "expert" or "authority" (大咖), drawn as a badge; empty when neither. */
  expert: t.string().default(""),
  /** False while the avatar waits for its dropped client to reconnect. */
  connected: t.boolean().default(true),
}, "Avatar");
export type Avatar = SchemaType<typeof Avatar>;

/** What the park shows on a booth slot that a company holds; the panel's content comes over HTTP. */
export const BoothSign = schema({
  slotId: t.string(),
  companyId: t.string(),
  name: t.string(),
  colour: t.string(),
  /** Empty when the company has no logo. */
  logoImageId: t.string().default(""),
  verified: t.boolean().default(false),
  /** The company's version: a change tells open booth panels to reload. */
  version: t.uint32().default(1),
}, "BoothSign");
export type BoothSign = SchemaType<typeof BoothSign>;

/** What the park shows at a meeting room's door: the room's name and how full it is. */
export const RoomSign = schema({
  roomId: t.string(),
  doorId: t.string(),
  name: t.string(),
  kind: t.string(),
  visibility: t.string(),
  capacity: t.uint8(),
  /** People inside now (not those knocking or queued). */
  present: t.uint8().default(0),
  locked: t.boolean().default(false),
}, "RoomSign");
export type RoomSign = SchemaType<typeof RoomSign>;

export const ParkState = schema({
  parkId: t.string(),
  /** People in the park with a live connection, shown to everyone. */
  online: t.uint16().default(0),
  /** The layout version the room runs; a higher one tells clients to fetch the layout again. */
  layoutVersion: t.uint32().default(1),
  /** Keyed by booth slot id: slots that a (not suspended) company holds. */
  booths: t.map(BoothSign),
  /** Keyed by session id. */
  avatars: t.map(Avatar),
  /** Keyed by meeting room id: rooms whose door stands in this park's layout. */
  rooms: t.map(RoomSign),
}, "ParkState");
export type ParkState = SchemaType<typeof ParkState>;

import { z } from "zod";

/** Message types a client sends to a park room. */
export const MSG_MOVE = "move";
export const MSG_EMOTE = "emote";

/** Server → client: something happened in the park that everyone may like to know (a task posted,
 * taken or completed). Shown briefly; nothing to answer. */
export const MSG_NOTICE = "notice";
export const ParkNotice = z.object({
  kind: z.enum(["task-posted", "task-assigned", "task-completed"]),
  taskId: z.string(),
  title: z.string().max(200),
  /** Who did it (the poster, the taker), for the wording. */
  who: z.string().max(80),
  company: z.string().max(80).nullable(),
});
export type ParkNotice = z.infer<typeof ParkNotice>;

/** Server → client: you have new notifications (fetch them over HTTP). */
export const MSG_NOTIFIED = "notified";

/** Server → client: your avatar walked into a portal; join `parkId` at `spawnId`. */
export const MSG_PORTAL = "portal";
export interface PortalMessage { parkId: string; spawnId: string }

/** Server → client: your avatar walked through a meeting room's door; join that meeting room. */
export const MSG_DOOR = "door";
export interface DoorMessage { meetingRoomId: string; doorId: string }

/** The binary movement frame the server sends (see movementFrame.ts), as a numeric message type
 * because a number costs one byte on the wire and a string costs three. */
export const MSG_MOVEMENT_FRAME = 1;

const Coordinate = z.number().finite().min(-1e4).max(1e4);

/**
 * A movement intent: walk in a direction (x east, z south; any length, the server normalises it),
 * walk to a point on the ground, or stop. The server decides the actual motion.
 */
export const MoveIntent = z.union([
  z.object({ dir: z.tuple([Coordinate, Coordinate]) }).strict(),
  z.object({ to: z.tuple([Coordinate, Coordinate]) }).strict(),
  z.object({ stop: z.literal(true) }).strict(),
]);
export type MoveIntent = z.infer<typeof MoveIntent>;

export const EMOTES = ["wave", "clap", "cheer", "dance"] as const;
export const Emote = z.enum(EMOTES);
export type Emote = z.infer<typeof Emote>;
export const EmoteMessage = z.object({ emote: Emote }).strict();

/** Animation codes carried in movement frames: idle, walk, then one per emote. */
export const ANIM_IDLE = 0;
export const ANIM_WALK = 1;
export const animForEmote = (emote: Emote): number => 2 + EMOTES.indexOf(emote);
export const emoteForAnim = (anim: number): Emote | undefined => EMOTES[anim - 2];

/** How long an emote plays before the avatar returns to idle. */
export const EMOTE_SECONDS = 3;

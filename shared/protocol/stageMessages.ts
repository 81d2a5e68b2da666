import { z } from "zod";
import { Uuid } from "./companies.ts";

/**
 * Messages of the live stage (room ROOM_STAGE, one or more instances per event: when the hall is
 * full, joinOrCreate opens another instance of the same event, which follows the same stage).
 *
 * Who is where (seats, speakers, raised hands) is schema state (schema/stage.ts), each person seeing
 * the speakers and the people seated near them in full, and only an occupancy bitmap of the rest.
 * What the stage shows travels as MSG_S_STAGE messages: every instance sends the same one.
 */

// ---- client → server: anyone watching ------------------------------------------------------------

export const REACTION_KINDS = ["applause", "heart", "fire"] as const;
export const ReactionKind = z.enum(REACTION_KINDS);
export type ReactionKind = z.infer<typeof ReactionKind>;
export const MSG_S_REACT = "s-react";
export const ReactMessage = z.object({ kind: ReactionKind }).strict();
export const MSG_S_HAND = "s-hand";
export const HandMessage = z.object({ raised: z.boolean() }).strict();
export const QUESTION_MAX = 300;
export const MSG_S_ASK = "s-ask";
export const AskMessage = z.object({ text: z.string() }).strict();
export const MSG_S_VOTE = "s-vote";
export const VoteMessage = z.object({ questionId: Uuid }).strict();

// ---- client → server: hosts and speakers (the stage) ---------------------------------------------

/** Show a deck of the event at a page, or clear the screen (deckId null). */
export const MSG_S_SLIDES = "s-slides";
export const SlidesMessage = z.object({ deckId: Uuid.nullable(), page: z.number().int().min(0).default(0) }).strict();
export const MSG_S_PAGE = "s-page";
export const StagePageMessage = z.object({ page: z.number().int().min(0) }).strict();
/** Put a product of the event's company (by its index in the company's products) or a picture in the spotlight; null clears it. */
export const MSG_S_SPOTLIGHT = "s-spotlight";
export const SpotlightMessage = z.object({
  spotlight: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("product"), index: z.number().int().min(0).max(50) }).strict(),
    z.object({ kind: z.literal("image"), imageId: Uuid, title: z.string().trim().max(80) }).strict(),
  ]).nullable(),
}).strict();
/** Start a countdown to the reveal (seconds from now), or cancel it (seconds null). */
export const MSG_S_COUNTDOWN = "s-countdown";
export const CountdownMessage = z.object({ seconds: z.number().int().min(3).max(600).nullable() }).strict();

// ---- client → server: hosts and moderators (order) -----------------------------------------------

/** Move a question to the screen, mark it answered, or dismiss it. */
export const MSG_S_QUESTION = "s-question";
export const QuestionMessage = z.object({ questionId: Uuid, status: z.enum(["on-screen", "answered", "dismissed"]) }).strict();
/** Invite someone watching onto the stage, or send them back to their seat. */
export const MSG_S_INVITE = "s-invite";
export const InviteMessage = z.object({ userId: Uuid, onStage: z.boolean() }).strict();
/** Stop someone's questions, hand and reactions, or allow them again. */
export const MSG_S_MUTE = "s-mute";
export const StageMuteMessage = z.object({ userId: Uuid, muted: z.boolean() }).strict();
/** Remove someone from the event (every instance); they cannot come back to it. */
export const MSG_S_REMOVE = "s-remove";
export const StageRemoveMessage = z.object({ userId: Uuid }).strict();

// ---- server → client -----------------------------------------------------------------------------

export type StageSpotlight =
  | { kind: "product"; name: string; description: string; imageId: string | null; companyName: string }
  | { kind: "image"; imageId: string; title: string };

/** What the stage shows, the same in every instance; sent on joining and on every change. */
export const MSG_S_STAGE = "s-stage";
export interface StageView {
  deck: { id: string; title: string; pageIds: string[] } | null;
  page: number;
  spotlight: StageSpotlight | null;
  /** When the countdown reaches zero (epoch ms, server clock), or null. */
  countdownEndsAt: number | null;
  questionOnScreen: { id: string; name: string; text: string } | null;
  /** Server time of this change (epoch ms): clients correct for their clock, benchmarks time delivery. */
  at: number;
}

/** Reactions of the last window, summed over every instance: the client draws bursts from counts. */
export const MSG_S_REACTIONS = "s-reactions";
export type ReactionCounts = Record<ReactionKind, number>;
export const REACTION_WINDOW_MS = 500;
/** Per person: 5 reactions at once, then 2 a second; questions 3 at once, then one every 20 s. */
export const REACTION_BURST = 5;
export const REACTION_PER_SECOND = 2;
export const QUESTION_BURST = 3;
export const QUESTION_PER_SECOND = 1 / 20;

export const MSG_S_REFUSED = "s-refused";
export type StageRefusalReason =
  | "not-allowed" | "muted" | "too-fast" | "empty" | "too-long" | "no-such-question" | "no-such-deck" | "no-such-page"
  | "no-such-product" | "no-such-person" | "already-voted" | "malformed" | "unavailable";
export interface StageRefusal { action: string; reason: StageRefusalReason }

/** Close codes the stage uses when it ends a session on purpose. */
export const CLOSE_STAGE_REMOVED = 4301; // a moderator removed you from the event
export const CLOSE_STAGE_REPLACED = 4302; // the same account joined the event again elsewhere
export const CLOSE_STAGE_ENDED = 4303; // the event is over

import { matchMaker } from "@colyseus/core";
import type { ReactionCounts, StageView } from "../../shared/protocol/stageMessages.ts";

/**
 * What the instances of one event's hall tell each other over Colyseus presence (Redis when there
 * are several processes): every instance, the sender's own included, applies each message.
 */
export type StageNews =
  /** The stage changed (already written to events.stage): show it. */
  | { kind: "stage"; view: StageView }
  /** Reactions an instance counted in a window. */
  | { kind: "reactions"; window: number; counts: ReactionCounts }
  /** A question was asked, voted on or moved: read the queue again. */
  | { kind: "questions" }
  /** How many watch in an instance now (0 when it closed). */
  | { kind: "watching"; instance: number; count: number }
  /** Someone joined this instance (roomId): any other session of theirs, in another instance, is replaced. */
  | { kind: "joined"; userId: string; roomId: string }
  | { kind: "muted"; userId: string; muted: boolean }
  | { kind: "removed"; userId: string };

export const stageChannel = (eventId: string): string => `enclave:stage:${eventId}`;
/** Presence sets of the people removed and muted at an event, for instances opened later. */
export const removedKey = (eventId: string): string => `enclave:stage-removed:${eventId}`;
export const mutedKey = (eventId: string): string => `enclave:stage-muted:${eventId}`;

export async function publishStageNews(eventId: string, news: StageNews): Promise<void> {
  await matchMaker.presence.publish(stageChannel(eventId), news);
}

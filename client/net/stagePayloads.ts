import { z } from "zod";
import { REACTION_KINDS, type ReactionCounts, type StageRefusalReason, type StageView } from "../../shared/protocol/stageMessages.ts";

/** The server's messages are checked at the edge like any input: a malformed one is dropped, never half-shown. */
const Spotlight = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("product"), name: z.string(), description: z.string(), imageId: z.string().nullable(), companyName: z.string() }),
  z.object({ kind: z.literal("image"), imageId: z.string(), title: z.string() }),
]);
const View = z.object({
  deck: z.object({ id: z.string(), title: z.string(), pageIds: z.array(z.string()) }).nullable(),
  page: z.number().int().min(0),
  spotlight: Spotlight.nullable(),
  countdownEndsAt: z.number().nullable(),
  questionOnScreen: z.object({ id: z.string(), name: z.string(), text: z.string() }).nullable(),
  at: z.number(),
});
const Counts = z.object(Object.fromEntries(REACTION_KINDS.map((k) => [k, z.number().int().min(0)])) as Record<(typeof REACTION_KINDS)[number], z.ZodNumber>);
const REASONS = [
  "not-allowed", "muted", "too-fast", "empty", "too-long", "no-such-question", "no-such-deck", "no-such-page", "no-such-product",
  "no-such-person", "already-voted", "malformed", "unavailable",
] as const satisfies readonly StageRefusalReason[];
// Every reason of the protocol is listed (checked at compile time both ways).
type Missing = Exclude<StageRefusalReason, (typeof REASONS)[number]>;
const _allListed: Missing extends never ? true : never = true;
void _allListed;
export const STAGE_REFUSAL_REASONS: readonly StageRefusalReason[] = REASONS;
const Refusal = z.object({ action: z.string(), reason: z.enum(REASONS) });

export const parseStageView = (payload: unknown): StageView | null => {
  const r = View.safeParse(payload);
  return r.success ? r.data : null;
};
export const parseReactionCounts = (payload: unknown): ReactionCounts | null => {
  const r = Counts.safeParse(payload);
  return r.success ? r.data : null;
};
export const parseStageRefusal = (payload: unknown): { action: string; reason: StageRefusalReason } | null => {
  const r = Refusal.safeParse(payload);
  return r.success ? r.data : null;
};

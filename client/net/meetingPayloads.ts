import { z } from "zod";
import type { MeetingChatLine, MeetingRefusal, MeetingRefusalReason, MeetingWelcome, ScreenState, Stroke } from "../../shared/protocol/meetingMessages.ts";

/** What the meeting room sends is parsed like any remote data before the page shows it. */
const Deck = z.object({ id: z.string(), title: z.string(), pageIds: z.array(z.string()) });
const Screen: z.ZodType<ScreenState> = z.object({
  mode: z.enum(["none", "slides", "whiteboard"]),
  deck: Deck.nullable(),
  page: z.number().int().min(0),
});
const StrokeSchema: z.ZodType<Stroke> = z.object({
  id: z.number(),
  userId: z.string().nullable(),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  width: z.number().min(0.5).max(60),
  points: z.array(z.number()),
});
const ChatLine: z.ZodType<MeetingChatLine> = z.object({
  id: z.string(), userId: z.string(), name: z.string(), role: z.string(), text: z.string(), at: z.string(),
});
const Welcome: z.ZodType<MeetingWelcome> = z.object({ screen: Screen, strokes: z.array(StrokeSchema), chat: z.array(ChatLine) });
/** Every reason the room gives for refusing a request (the page words each one). */
export const MEETING_REFUSAL_REASONS = [
  "not-host", "not-present", "muted", "too-fast", "empty", "too-long", "not-allowed", "no-such-person", "no-such-deck", "no-such-page",
  "board-full", "full", "queue-empty", "malformed", "unavailable",
] as const satisfies readonly MeetingRefusalReason[];
// Both ways: a reason added to the protocol and not here fails to compile.
type Missing = Exclude<MeetingRefusalReason, (typeof MEETING_REFUSAL_REASONS)[number]>;
const _allReasons: Missing extends never ? true : never = true;
void _allReasons;
const Refusal: z.ZodType<MeetingRefusal> = z.object({ action: z.string(), reason: z.enum(MEETING_REFUSAL_REASONS) });

const parser = <T,>(schema: z.ZodType<T>) => (payload: unknown): T | null => {
  const parsed = schema.safeParse(payload);
  return parsed.success ? parsed.data : null;
};

export const parseWelcome = parser(Welcome);
export const parseScreen = parser(Screen);
export const parseStroke = parser(StrokeSchema);
export const parseMeetingChatLine = parser(ChatLine);
export const parseMeetingRefusal = parser(Refusal);

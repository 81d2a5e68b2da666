import type { Actor } from "../../services/accounts.ts";
import type { Reader } from "../../services/meetingRoomViews.ts";

/** The person behind a request, as the meeting services take them; null for anonymous readers. */
export const readerOf = (actor: Actor | null): Reader | null => (actor ? { id: actor.user.id, role: actor.user.role } : null);
/** For routes whose auth already demands a session. */
export const signedIn = (actor: Actor | null): Reader => readerOf(actor)!;

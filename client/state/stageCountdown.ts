/** Milliseconds left on a countdown, read on this client's clock corrected by `offsetMs` (server minus client). */
export function countdownLeftMs(endsAt: number | null, nowMs: number, offsetMs: number): number | null {
  if (endsAt === null) return null;
  return Math.max(0, endsAt - (nowMs + offsetMs));
}

/** A countdown as the hall shows it: "0:09", "1:00", "10:00"; whole seconds rounded up, so "0:00" is the reveal itself. */
export function formatCountdown(leftMs: number): string {
  const total = Math.max(0, Math.ceil(leftMs / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
}

/**
 * The server clock minus this client's, from a StageView's `at` (server time of the change) and the
 * moment it arrived. The message's travel time makes it a little small, which only shows the
 * countdown a few milliseconds late; a later message replaces it.
 */
export const clockOffset = (serverAt: number, receivedAt: number): number => serverAt - receivedAt;

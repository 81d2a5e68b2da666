/** A question of the queue as the HUD lists it. */
export interface QueueQuestion { id: string; name: string; text: string; status: string; votes: number }

/** The one on screen first, then most votes, then oldest-looking (by id, stable) — the order everyone sees. */
export function orderQuestions(questions: readonly QueueQuestion[]): QueueQuestion[] {
  return [...questions]
    .filter((q) => q.status === "open" || q.status === "on-screen")
    .sort((a, b) => Number(b.status === "on-screen") - Number(a.status === "on-screen") || b.votes - a.votes || a.id.localeCompare(b.id));
}

/** What the ask box says about a draft before sending: empty, too long, or fine. */
export function draftProblem(text: string, max: number): "empty" | "too-long" | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return "empty";
  if (trimmed.length > max) return "too-long";
  return null;
}
